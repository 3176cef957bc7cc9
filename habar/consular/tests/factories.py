import datetime
from decimal import Decimal

import factory

from habar.consular.models import ServiceIndexPage, ServicePage
from habar.news.tests.factories import HomePageFactory, PageFactory


class ServiceIndexPageFactory(PageFactory):
    title = "Consular services"
    slug = "consular-services"
    parent = factory.SubFactory(HomePageFactory)

    class Meta:
        model = ServiceIndexPage


class ServicePageFactory(PageFactory):
    title = factory.Sequence(lambda n: f"Service number {n}")
    parent = factory.SubFactory(ServiceIndexPageFactory)
    summary = factory.LazyAttribute(lambda o: f"What {o.title} is.")
    eligibility = "Citizens of Turkmenistan living in the district."
    documents = factory.LazyFunction(
        lambda: [
            ("document", {"name": "Application form", "note": "signed"}),
            ("document", {"name": "Two photographs", "note": ""}),
        ]
    )
    fees = factory.LazyFunction(
        lambda: [("fee", {"condition": "Adults", "amount": Decimal("75.00"), "currency": "USD"})]
    )
    processing_time = "Ten working days"
    steps = factory.LazyFunction(
        lambda: [
            ("step", {"title": "Book an appointment", "text": "By telephone."}),
            ("step", {"title": "Hand in the documents", "text": ""}),
        ]
    )
    last_reviewed = datetime.date(2026, 11, 1)

    class Meta:
        model = ServicePage
