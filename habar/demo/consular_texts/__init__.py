"""The demo's consular services (their index titled apart from the embassies' news section
"Consular services"): the ministry's, in Turkmen, Russian and English, and the
missions' own translations into their host languages (German, Korean, Persian).

Each service lists its fees as (amount, currency) with one condition per fee in every
language; `mission_fees` are what a mission charges in its own currency where it differs.
"""

from .legalisation import LEGALISATION
from .passport import PASSPORT
from .registration import REGISTRATION
from .visa_support import VISA_SUPPORT

INDEX = {
    "en": (
        "Services and fees",
        "Passports, documents, registration and visas: what to bring, what it costs and how "
        "long it takes.",
    ),
    "ru": (
        "Услуги и сборы",
        "Паспорта, документы, консульский учёт и визы: что принести, сколько стоит и сколько "
        "это занимает.",
    ),
    "tk": (
        "Hyzmatlar we ýygymlar",
        "Pasportlar, resminamalar, hasaba durmak we wizalar: näme getirmeli, näçe durýar we "
        "näçe wagt alýar.",
    ),
    "de": (
        "Leistungen und Gebühren",
        "Pässe, Urkunden, Registrierung und Visa: was Sie mitbringen, was es kostet und wie "
        "lange es dauert.",
    ),
    "ko": (
        "영사 민원 및 수수료",
        "여권, 문서, 영사 등록 및 비자: 준비 서류, 수수료 및 처리 기간 안내.",
    ),
    "fa": (
        "خدمات و هزینه‌ها",
        "گذرنامه، اسناد، ثبت‌نام و روادید: چه مدارکی لازم است، هزینه چقدر است و چه مدت طول می‌کشد.",
    ),
}

SERVICES = [PASSPORT, LEGALISATION, REGISTRATION, VISA_SUPPORT]
FORM_TITLE = "Registration card"
