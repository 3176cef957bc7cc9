"""The reference article and the ten newest articles of the demo, as the seed page shows them."""

import csv
import io

# The seed's body, as exported: a CSV field whose quotes are doubled ("" for ").
_SEED_BODY_CSV = (
    '"The videoconference meeing with Under-Secretary-General of the United Nations Office of '
    "Counter-Terrorism Mr. Vladimir Voronkov took place at the Ministry of Foreign Affairs of "
    "Turkmenistan. Underlining the constructive nature of long-term cooperation, the parties "
    "paid special attention to regional and international security, including strengthening "
    "interaction within the framework of the UN Global Counter-Terrorism Strategy. The parties "
    "emphasized the importance of cooperation, using potential of the UN Regional Center for "
    "Preventive Diplomacy for Central Asia, the Ashgabat Declaration of 2011 and the Joint "
    "Action Plan to Counter Terrorism in Central Asia, which laid the foundation for adapting "
    "the UN Global Counter-Terrorism Strategy to the specific region. In this regard, the "
    "importance of strengthening cooperation between the countries of Central Asia was "
    "emphasized. Particular emphasis was placed on the application of the principles of "
    "preventive diplomacy, including the development of the UN General Assembly draft "
    'resolution ""The Role of the Regional Center for Preventive Diplomacy for Central Asia"", '
    "initiated by the Turkmen side. The effectiveness of the policy of permanent neutrality of "
    "Turkmenistan pursued under the leadership of President Gurbanguly Berdimuhamedov, in "
    "particular, the principles of neutralism in conflict prevention, was underlined. On the "
    "occasion of the 25th anniversary of this status, our country initiated the development of "
    'the UN General Assembly draft Resolution ""The role and significance of the policy of '
    "neutrality in maintaining and strengthening international peace, security and sustainable "
    'development."" Emphasizing the importance of the geostrategic position of Turkmenistan, '
    "the parties considered the possibilities of widening long-term cooperation. The issues of "
    "information security and the youth component of cooperation were also discussed. The "
    "parties focused on the adoption of universal legal instruments to ensure security in the "
    "information space under the auspices of the UN. During the online meeting, Turkmenistan "
    "reaffirmed its commitment to strengthening the culture of peace and trust in international "
    "relations. In this regard, particular attention was paid to the initiatives of President "
    "Gurbanguly Berdimuhamedov on the events scheduled for 2021, which is declared as the "
    'International Year of Peace and Trust in accordance with the UN Resolution."'
)

SEED_ARTICLE = {
    "title": (
        "Videoconfrence with the Head of the United Nations Office of Counter-Terrorism (UNOCT)"
    ),
    "section": "politics",
    "date": "2020-11-02 11:00",
    "body": [next(csv.reader(io.StringIO(_SEED_BODY_CSV)))[0]],
    "views": 1114,
}

# The seed's "Last news", newest first; in the demo they are the newest articles.
LAST_NEWS = [
    (
        "2025-08-01 12:00",
        "politics",
        "The President of Turkmenistan congratulated the President of the Swiss Confederation",
    ),
    (
        "2025-07-31 12:00",
        "economy",
        "Progress through partnership will form the basis of the Avaza Action Programme",
    ),
    ("2025-07-30 15:00", "politics", "Working Trip of the President to Balkan Velayat"),
    ("2025-07-30 10:00", "society", "The roads leading to happiness"),
    ("2025-07-28 15:00", "culture", "Cultural diplomacy is a symbol of friendship and cooperation"),
    (
        "2025-07-28 10:00",
        "economy",
        "The total amount of transactions at the SCRMET auctions amounted to over 96 million 517 "
        "thousand US dollars",
    ),
    (
        "2025-07-26 12:00",
        "politics",
        "The National Leader of the Turkmen people, Chairman of the Halk Maslahaty of "
        "Turkmenistan, Hero-Arkadag, made a working visit to the city of Arkadag",
    ),
    ("2025-07-25 17:00", "politics", "The meeting of the Cabinet of Ministers of Turkmenistan"),
    (
        "2025-07-25 14:00",
        "politics",
        "The President of Turkmenistan received the Ambassador Extraordinary and Plenipotentiary "
        "of the People’s Republic of China",
    ),
    (
        "2025-07-25 10:00",
        "society",
        "The President of Turkmenistan signed a decree on pardon on the occasion of the "
        "International Year of Peace and Trust",
    ),
]
