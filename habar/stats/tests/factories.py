import factory

from habar.news.tests.factories import ArticlePageFactory
from habar.stats.models import PageViewDay, PageViewTotal


class PageViewTotalFactory(factory.django.DjangoModelFactory):
    page = factory.SubFactory(ArticlePageFactory)
    views = 0

    class Meta:
        model = PageViewTotal


class PageViewDayFactory(factory.django.DjangoModelFactory):
    page = factory.SubFactory(ArticlePageFactory)
    day = factory.Faker("date_object")
    views = 0

    class Meta:
        model = PageViewDay
