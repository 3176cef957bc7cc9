"""What the demo's missions say of themselves, in their languages: names, addresses, heads
of mission, consular districts; their holidays. Their numbers and hours are in the demo's
network file (network.toml), as `habar network apply` sets them."""

import datetime

WORKDAYS = (0, 1, 2, 3, 4)


def hours(text):
    return datetime.time.fromisoformat(text)


# Holiday -> its name per language (English where a language has none here).
HOLIDAYS = {
    "new-year": {
        "en": "New Year's Day",
        "tk": "Täze ýyl",
        "ru": "Новый год",
        "de": "Neujahr",
        "ko": "신정",
        "fa": "آغاز سال نو میلادی",
    },
    "tm-independence": {
        "en": "Independence Day of Turkmenistan",
        "tk": "Türkmenistanyň Garaşsyzlyk güni",
        "ru": "День независимости Туркменистана",
        "de": "Unabhängigkeitstag Turkmenistans",
        "ko": "투르크메니스탄 독립기념일",
        "fa": "روز استقلال ترکمنستان",
    },
    "tm-neutrality": {
        "en": "International Day of Neutrality",
        "tk": "Halkara Bitaraplyk güni",
        "ru": "Международный день нейтралитета",
        "de": "Internationaler Tag der Neutralität",
        "ko": "국제 중립의 날",
        "fa": "روز جهانی بی‌طرفی",
    },
    "nowruz": {
        "en": "Nowruz",
        "tk": "Milli bahar baýramy",
        "ru": "Национальный весенний праздник Новруз",
        "de": "Nowruz, das Frühlingsfest",
        "ko": "노루즈",
        "fa": "نوروز",
    },
    "nowruz-2": {
        "en": "Nowruz (second day)",
        "tk": "Milli bahar baýramy (ikinji gün)",
        "ru": "Новруз (второй день)",
        "fa": "نوروز (روز دوم)",
    },
    "de-unity": {
        "en": "German Unity Day",
        "tk": "Germaniýanyň Agzybirlik güni",
        "ru": "День германского единства",
        "de": "Tag der Deutschen Einheit",
    },
    "labour-day": {
        "en": "Labour Day",
        "tk": "Zähmet güni",
        "ru": "День труда",
        "de": "Tag der Arbeit",
    },
    "christmas": {
        "en": "Christmas Day",
        "tk": "Roždestwo baýramy",
        "ru": "Рождество Христово",
        "de": "1. Weihnachtstag",
        "ko": "성탄절",
    },
    "christmas-2": {
        "en": "Second Day of Christmas",
        "tk": "Roždestwo baýramynyň ikinji güni",
        "ru": "Второй день Рождества",
        "de": "2. Weihnachtstag",
    },
    "kr-independence-movement": {
        "en": "Independence Movement Day",
        "tk": "Garaşsyzlyk hereketiniň güni",
        "ko": "삼일절",
    },
    "kr-children": {"en": "Children's Day", "tk": "Çagalar güni", "ko": "어린이날"},
    "kr-liberation": {"en": "Liberation Day", "tk": "Azat edilmek güni", "ko": "광복절"},
    "kr-foundation": {
        "en": "National Foundation Day",
        "tk": "Döwletiň esaslandyrylan güni",
        "ko": "개천절",
    },
    "kr-hangul": {"en": "Hangul Day", "tk": "Koreý elipbiýiniň güni", "ko": "한글날"},
    "ir-revolution": {
        "en": "Anniversary of the Islamic Revolution",
        "tk": "Yslam ynkylabynyň ýeňiş güni",
        "ru": "Годовщина Исламской революции",
        "fa": "سالروز پیروزی انقلاب اسلامی",
    },
    "ir-republic": {
        "en": "Islamic Republic Day",
        "tk": "Yslam Respublikasynyň güni",
        "ru": "День Исламской Республики",
        "fa": "روز جمهوری اسلامی",
    },
    "ir-nature": {
        "en": "Nature Day",
        "tk": "Tebigat güni",
        "ru": "День природы",
        "fa": "روز طبیعت",
    },
}

TURKMEN_HOLIDAYS = [(9, 27, "tm-independence"), (12, 12, "tm-neutrality")]

MISSIONS = {
    "berlin": {
        "holidays": [
            (1, 1, "new-year"),
            (3, 21, "nowruz"),
            (5, 1, "labour-day"),
            (10, 3, "de-unity"),
            (12, 25, "christmas"),
            (12, 26, "christmas-2"),
            *TURKMEN_HOLIDAYS,
        ],
        "texts": {
            "de": {
                "title": "Botschaft Turkmenistans in der Bundesrepublik Deutschland",
                "host_country": "Deutschland",
                "head_of_mission": "Botschafter Aman Orasow",
                "address": "Langobardenallee 14\n14052 Berlin\nDeutschland",
                "consular_district": "Deutschland, Österreich und die Schweiz",
                "intro": (
                    "Die Konsularabteilung nimmt Anträge nur nach vorheriger Terminvereinbarung "
                    "entgegen. In Notfällen erreichen Staatsangehörige Turkmenistans die "
                    "Botschaft rund um die Uhr."
                ),
            },
            "tk": {
                "title": "Türkmenistanyň Germaniýa Federatiw Respublikasyndaky ilçihanasy",
                "host_country": "Germaniýa",
                "head_of_mission": "Ilçi Aman Orazow",
                "address": "Langobardenallee 14\n14052 Berlin\nGermaniýa",
                "consular_district": "Germaniýa, Awstriýa we Şweýsariýa",
                "intro": (
                    "Konsullyk bölümi resminamalary diňe öňünden bellige alnan wagtda kabul "
                    "edýär. Gyssagly ýagdaýda Türkmenistanyň raýatlary ilçihana gije-gündiziň "
                    "islendik wagtynda ýüz tutup bilerler."
                ),
            },
            "ru": {
                "title": "Посольство Туркменистана в Федеративной Республике Германия",
                "host_country": "Германия",
                "head_of_mission": "Посол Аман Оразов",
                "address": "Langobardenallee 14\n14052 Берлин\nГермания",
                "consular_district": "Германия, Австрия и Швейцария",
                "intro": (
                    "Консульский отдел принимает документы только по предварительной записи. "
                    "В экстренных случаях граждане Туркменистана могут обратиться в посольство "
                    "круглосуточно."
                ),
            },
            "en": {
                "title": "Embassy of Turkmenistan in the Federal Republic of Germany",
                "host_country": "Germany",
                "head_of_mission": "Ambassador Aman Orazov",
                "address": "Langobardenallee 14\n14052 Berlin\nGermany",
                "consular_district": "Germany, Austria and Switzerland",
                "intro": (
                    "The consular section accepts applications by appointment only. In an "
                    "emergency, citizens of Turkmenistan can reach the embassy at any hour."
                ),
            },
        },
    },
    "seoul": {
        "holidays": [
            (1, 1, "new-year"),
            (3, 1, "kr-independence-movement"),
            (3, 21, "nowruz"),
            (5, 5, "kr-children"),
            (8, 15, "kr-liberation"),
            (10, 3, "kr-foundation"),
            (10, 9, "kr-hangul"),
            (12, 25, "christmas"),
            *TURKMEN_HOLIDAYS,
        ],
        "texts": {
            "ko": {
                "title": "주대한민국 투르크메니스탄 대사관",
                "host_country": "대한민국",
                "head_of_mission": "세르다르 맘메도프 대사",
                "address": "서울특별시 용산구 한남대로20길 21\n대한민국",
                "consular_district": "대한민국",
                "intro": (
                    "영사과는 사전 예약을 통해서만 신청서를 접수합니다. 긴급한 경우 "
                    "투르크메니스탄 국민은 24시간 대사관에 연락할 수 있습니다."
                ),
            },
            "tk": {
                "title": "Türkmenistanyň Koreýa Respublikasyndaky ilçihanasy",
                "host_country": "Koreýa Respublikasy",
                "head_of_mission": "Ilçi Serdar Mämmedow",
                "address": "Hannam-daero 20-gil 21, Yongsan-gu\nSeul\nKoreýa Respublikasy",
                "consular_district": "Koreýa Respublikasy",
                "intro": (
                    "Konsullyk bölümi resminamalary diňe öňünden bellige alnan wagtda kabul "
                    "edýär. Gyssagly ýagdaýda raýatlar ilçihana gije-gündiz ýüz tutup bilerler."
                ),
            },
            "en": {
                "title": "Embassy of Turkmenistan in the Republic of Korea",
                "host_country": "Republic of Korea",
                "head_of_mission": "Ambassador Serdar Mammedov",
                "address": "Hannam-daero 20-gil 21, Yongsan-gu\nSeoul\nRepublic of Korea",
                "consular_district": "Republic of Korea",
                "intro": (
                    "The consular section accepts applications by appointment only. In an "
                    "emergency, citizens of Turkmenistan can reach the embassy at any hour."
                ),
            },
        },
    },
    "tehran": {
        "holidays": [
            (2, 11, "ir-revolution"),
            (3, 21, "nowruz"),
            (3, 22, "nowruz-2"),
            (4, 1, "ir-republic"),
            (4, 2, "ir-nature"),
            *TURKMEN_HOLIDAYS,
        ],
        "texts": {
            "fa": {
                "title": "سفارت ترکمنستان در جمهوری اسلامی ایران",
                "host_country": "ایران",
                "head_of_mission": "سفیر مراد آتایف",
                "address": "تهران، خیابان پاسداران، گلستان پنجم، پلاک ۳۹\nایران",
                "consular_district": "استان‌های تهران، البرز، قم، سمنان و مازندران",
                "intro": (
                    "بخش کنسولی درخواست‌ها را تنها با وقت قبلی می‌پذیرد. شهروندان ترکمنستان در "
                    "موارد اضطراری می‌توانند در هر ساعت از شبانه‌روز با سفارت تماس بگیرند."
                ),
            },
            "tk": {
                "title": "Türkmenistanyň Eýran Yslam Respublikasyndaky ilçihanasy",
                "host_country": "Eýran",
                "head_of_mission": "Ilçi Myrat Ataýew",
                "address": "Pasdaran köçesi, 5-nji Golestan köçesi, 39\nTähran\nEýran",
                "consular_district": "Tähran, Alborz, Kum, Semnan we Mazandaran welaýatlary",
                "intro": (
                    "Konsullyk bölümi resminamalary diňe öňünden bellige alnan wagtda kabul "
                    "edýär. Gyssagly ýagdaýda raýatlar ilçihana gije-gündiz ýüz tutup bilerler."
                ),
            },
            "ru": {
                "title": "Посольство Туркменистана в Исламской Республике Иран",
                "host_country": "Иран",
                "head_of_mission": "Посол Мурат Атаев",
                "address": "ул. Пасдаран, 5-я ул. Голестан, 39\nТегеран\nИран",
                "consular_district": "Останы Тегеран, Альборз, Кум, Семнан и Мазендеран",
                "intro": (
                    "Консульский отдел принимает документы только по предварительной записи. "
                    "В экстренных случаях граждане могут обратиться в посольство круглосуточно."
                ),
            },
            "en": {
                "title": "Embassy of Turkmenistan in the Islamic Republic of Iran",
                "host_country": "Iran",
                "head_of_mission": "Ambassador Myrat Atayev",
                "address": "No. 39, 5th Golestan Street, Pasdaran Avenue\nTehran\nIran",
                "consular_district": "Tehran, Alborz, Qom, Semnan and Mazandaran provinces",
                "intro": (
                    "The consular section accepts applications by appointment only. In an "
                    "emergency, citizens of Turkmenistan can reach the embassy at any hour."
                ),
            },
        },
    },
}

DIRECTORY_TITLES = {
    "tk": {
        "title": "Ilçihanalar we konsullyklar",
        "intro": "Türkmenistanyň daşary ýurtlardaky diplomatik wekilhanalary we olaryň salgylary.",
    },
    "ru": {
        "title": "Посольства и консульства",
        "intro": "Дипломатические представительства Туркменистана за рубежом и их контакты.",
    },
    "en": {
        "title": "Embassies and consulates",
        "intro": "The diplomatic missions of Turkmenistan abroad and how to reach them.",
    },
}
