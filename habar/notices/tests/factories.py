import datetime

import factory
from django.utils import timezone

from habar.news.tests.factories import ArticleIndexPageFactory, HomePageFactory
from habar.notices.models import Notice, NoticeText
from habar.sites.tests.factories import LocaleFactory, SiteFactory, SiteSettingsFactory


def embassy(key, languages=("de", "en")):
    """An embassy site on `key`.localhost: a home (and a News section) in each language."""
    homes = {}
    for code in languages:
        english = homes.get(languages[0])
        homes[code] = HomePageFactory(
            title=f"Embassy in {key} ({code})",
            slug=f"embassy-{key}-{code}",
            locale=LocaleFactory(language_code=code),
            **({"translation_key": english.translation_key} if english else {}),
        )
        ArticleIndexPageFactory(title="News", slug="news-section", parent=homes[code])
    site = SiteFactory(hostname=f"{key}.localhost", root_page=homes[languages[0]])
    SiteSettingsFactory(site=site, languages=list(languages), default_language=languages[0])
    return site


def notice(origin, sites, texts, starts=None, expires=None):
    """A notice of `origin` on `sites`, with {language: text}, shown from `starts` (now) for
    a day unless `expires` says otherwise."""
    starts = starts or timezone.now() - datetime.timedelta(seconds=1)
    posted = Notice(
        origin=origin, starts_at=starts, expires_at=expires or starts + datetime.timedelta(days=1)
    )
    posted.sites = sites
    posted.texts = [NoticeText(language=code, text=text) for code, text in texts.items()]
    posted.save()
    return posted


class NoticeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Notice
