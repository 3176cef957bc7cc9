"""English, not Turkmen, for interface strings the active language has no translation of.

Django looks up a string the active language's catalogues lack in settings.LANGUAGE_CODE,
and has no setting to name another fallback language (ticket #28636, never merged). Habar's
LANGUAGE_CODE is Turkmen, its default content language, but Habar translates its interface
into Turkmen, Russian and English only: a German or Korean page of an embassy site would
show Habar's own headings in Turkmen among Django's and Wagtail's German or Korean. English
is the language readers of an embassy site most likely share, and the language Habar's
msgids are written in; so it is every language's fallback, Russian's too, as it would be in a
Django project whose LANGUAGE_CODE were English.

Django builds the fallback in DjangoTranslation._add_fallback, an internal method, once per
language and process. use_english_fallback() replaces that method, keeping the change in this
module; habar/core/tests/test_translation_fallback.py fails if a Django upgrade stops calling it.
"""

from django.conf import settings
from django.utils.translation import trans_real

FALLBACK_LANGUAGE = "en"


def add_english_fallback(self, localedirs=None):
    language = self.language()
    # Like Django: the default language has no fallback, and English needs none (the msgids).
    if language == settings.LANGUAGE_CODE or language.startswith(FALLBACK_LANGUAGE):
        return
    if self.domain == "django":
        fallback = trans_real.translation(FALLBACK_LANGUAGE)  # built once, then shared
    else:
        # Other domains (the admin's JavaScript catalogue) come from the same directories.
        fallback = trans_real.DjangoTranslation(
            FALLBACK_LANGUAGE, domain=self.domain, localedirs=localedirs
        )
    self.add_fallback(fallback)


def use_english_fallback():
    """Make English the fallback of every translation built from now on.

    Called from CoreConfig.ready(): the only translation Django has built by then is the
    default language's, which has no fallback.
    """
    trans_real.DjangoTranslation._add_fallback = add_english_fallback
