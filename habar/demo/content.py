"""Realistic, reproducible news for the demo network: a ministry's years of articles."""

import random
from datetime import datetime, timedelta

SECTIONS = {
    "politics": {"en": "Politics", "ru": "Политика", "tk": "Syýasat"},
    "economy": {"en": "Economy", "ru": "Экономика", "tk": "Ykdysadyýet"},
    "culture": {"en": "Culture", "ru": "Культура", "tk": "Medeniýet"},
    "society": {"en": "Society", "ru": "Общество", "tk": "Jemgyýet"},
}

COUNTRIES = [
    ("Japan", "Japanese", "Tokyo"),
    ("Germany", "German", "Berlin"),
    ("the Republic of Korea", "Korean", "Seoul"),
    ("France", "French", "Paris"),
    ("Türkiye", "Turkish", "Ankara"),
    ("Italy", "Italian", "Rome"),
    ("the United Kingdom", "British", "London"),
    ("Uzbekistan", "Uzbek", "Tashkent"),
    ("Kazakhstan", "Kazakh", "Astana"),
    ("Azerbaijan", "Azerbaijani", "Baku"),
    ("Austria", "Austrian", "Vienna"),
    ("Hungary", "Hungarian", "Budapest"),
    ("Malaysia", "Malaysian", "Kuala Lumpur"),
    ("Pakistan", "Pakistani", "Islamabad"),
    ("Kyrgyzstan", "Kyrgyz", "Bishkek"),
    ("Tajikistan", "Tajik", "Dushanbe"),
    ("the United Arab Emirates", "Emirati", "Abu Dhabi"),
    ("Qatar", "Qatari", "Doha"),
    ("Romania", "Romanian", "Bucharest"),
    ("Belarus", "Belarusian", "Minsk"),
]
ORGANISATIONS = [
    "the United Nations",
    "the OSCE",
    "UNESCO",
    "the European Union",
    "UNICEF",
    "the World Health Organization",
    "the Economic Cooperation Organization",
    "UNDP",
    "the Organization of Turkic States",
    "the Commonwealth of Independent States",
]
FIELDS = [
    "trade and economic",
    "energy",
    "transport and logistics",
    "humanitarian",
    "scientific and educational",
    "cultural",
    "environmental",
    "digital",
    "healthcare",
    "agricultural",
    "textile industry",
    "investment",
]
HOLIDAYS = [
    "the Day of Neutrality",
    "the Day of Independence",
    "the Day of Turkmen Carpet",
    "the Day of Culture and Art Workers",
    "the Day of the Turkmen Horse",
    "Novruz",
]

POLITICS = [
    "The Minister of Foreign Affairs of Turkmenistan met with the Ambassador of {country}",
    "Turkmen–{adj} political consultations held in {city}",
    "Delegation of Turkmenistan took part in the session of {org}",
    "Turkmenistan and {country} discussed the agenda of bilateral cooperation",
    "The Ambassador of {country} presented copies of credentials",
    "Telephone conversation of the Minister of Foreign Affairs with his counterpart from {country}",
    "Briefing for the diplomatic corps on the priorities of Turkmenistan's foreign policy",
    "Meeting with the delegation of {org} held at the Ministry of Foreign Affairs",
]
ECONOMY = [
    "Meeting of the Intergovernmental Commission on cooperation between Turkmenistan and {country}",
    "Business forum “Turkmenistan – {country}” held in {city}",
    "Prospects of {field} cooperation with {country} discussed",
    "Turkmen goods presented at the international exhibition in {city}",
    "Investment potential of Turkmenistan presented to {adj} companies",
    "Online meeting on {field} partnership with {org}",
]
CULTURE = [
    "Days of Culture of Turkmenistan held in {country}",
    "Concert dedicated to {holiday} held in {city}",
    "Exhibition of Turkmen applied art opened in {city}",
    "Turkmen and {adj} scholars discussed the heritage of Magtymguly Pyragy",
    "Film week of {country} opened in Ashgabat",
    "Cultural diplomacy: Turkmen carpets presented in {city}",
]
SOCIETY = [
    "Students of the Institute of International Relations met with representatives of {org}",
    "Joint project with {org} on {field} education launched",
    "Charity event held on the occasion of {holiday}",
    "Youth forum on sustainable development held with {org}",
    "Seminar on consular services for citizens of Turkmenistan held in {city}",
    "Turkmen and {adj} universities signed a memorandum on student exchange",
]
TEMPLATES = {"politics": POLITICS, "economy": ECONOMY, "culture": CULTURE, "society": SOCIETY}

PARAGRAPHS = [
    "The sides noted the high level of mutual understanding and expressed their readiness "
    "to continue the constructive dialogue on the issues of the bilateral and multilateral "
    "agenda.",
    "Particular attention was paid to the implementation of the agreements reached at the "
    "highest level and to the preparation of forthcoming events.",
    "It was emphasized that Turkmenistan, guided by the policy of positive neutrality, "
    "consistently advocates the development of equal and mutually beneficial partnership.",
    "The participants exchanged views on expanding {field} ties and on the prospects of "
    "joint projects in the region.",
    "At the end of the meeting, the parties expressed confidence that the current dialogue "
    "will serve the further strengthening of friendly relations between the peoples.",
    "Representatives of ministries and agencies, the diplomatic corps and the media took "
    "part in the event.",
]

ARTICLE_COUNT = 190
FIRST_DAY = datetime(2019, 1, 10, 10, 0)
LAST_DAY = datetime(2025, 7, 24, 16, 0)


def generated_articles(count=ARTICLE_COUNT, seed=2020):
    """`count` articles spread between FIRST_DAY and LAST_DAY, the same on every run."""
    rng = random.Random(seed)  # noqa: S311 -- reproducible demo data, not security
    span = (LAST_DAY - FIRST_DAY).total_seconds()
    seen = set()
    articles = []
    while len(articles) < count:
        section = rng.choice(list(TEMPLATES))
        country, adj, city = rng.choice(COUNTRIES)
        values = {
            "country": country,
            "adj": adj,
            "city": city,
            "org": rng.choice(ORGANISATIONS),
            "field": rng.choice(FIELDS),
            "holiday": rng.choice(HOLIDAYS),
        }
        title = rng.choice(TEMPLATES[section]).format(**values)
        title = title[0].upper() + title[1:]
        if title in seen:
            continue
        seen.add(title)
        when = FIRST_DAY + timedelta(seconds=span * len(articles) / count)
        when = when.replace(hour=rng.choice([9, 10, 11, 12, 14, 15, 16, 17]), minute=0)
        body = [p.format(**values) for p in rng.sample(PARAGRAPHS, k=rng.randint(2, 4))]
        articles.append(
            {
                "title": title,
                "section": section,
                "date": when.strftime("%Y-%m-%d %H:%M"),
                "summary": body[0],
                "body": body,
                "views": rng.randint(40, 4000),
            }
        )
    return articles
