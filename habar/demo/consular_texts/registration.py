"""The demo's "Consular registration" in each of its languages."""

REGISTRATION = {
    "slug": "consular-registration",
    "reviewed": "2026-11-20",
    "fees": [(0, "USD")],
    "mission_fees": {},
    "form": True,
    "en": {
        "title": "Consular registration",
        "summary": "Citizens of Turkmenistan living in the consular district for more than three "
        "months register with the embassy, so that it can reach and help them in an emergency.",
        "eligibility": "Citizens of Turkmenistan staying in the consular district for study, "
        "work or family reasons for more than three months.",
        "documents": [
            "Passport of a citizen of Turkmenistan",
            "Residence permit or visa of the host country",
            "Registration card, completed",
            "One colour photograph, 3 × 4 cm",
        ],
        "processing_time": "On the day of the visit.",
        "steps": [
            ("Fill in the registration card", "Download it below or ask at the consular section."),
            ("Hand it in with your documents", "In person, or by post with certified copies."),
            (
                "Tell the embassy when you leave",
                "One visit or a letter takes you off the register.",
            ),
        ],
        "fees": ["Registration (free of charge)"],
    },
    "ru": {
        "title": "Консульский учёт",
        "summary": "Граждане Туркменистана, живущие в консульском округе более трёх месяцев, "
        "встают на учёт в посольстве, чтобы оно могло связаться с ними и помочь в беде.",
        "eligibility": "Граждане Туркменистана, находящиеся в консульском округе более трёх "
        "месяцев для учёбы, работы или по семейным обстоятельствам.",
        "documents": [
            "Паспорт гражданина Туркменистана",
            "Вид на жительство или виза страны пребывания",
            "Заполненная учётная карточка",
            "Одна цветная фотография 3 × 4 см",
        ],
        "processing_time": "В день обращения.",
        "steps": [
            ("Заполните учётную карточку", "Скачайте её ниже или возьмите в консульском отделе."),
            ("Подайте её вместе с документами", "Лично или по почте с заверенными копиями."),
            ("Сообщите об отъезде", "Для снятия с учёта достаточно визита или письма."),
        ],
        "fees": ["Постановка на учёт (бесплатно)"],
    },
    "tk": {
        "title": "Konsullyk hasaby",
        "summary": "Konsullyk okrugynda üç aýdan köp ýaşaýan Türkmenistanyň raýatlary ilçihanada "
        "hasaba durýarlar, şeýlelikde ilçihana gerek wagty olar bilen habarlaşyp, kömek edýär.",
        "eligibility": "Okamak, işlemek ýa-da maşgala ýagdaýy sebäpli konsullyk okrugynda üç "
        "aýdan köp bolýan Türkmenistanyň raýatlary.",
        "documents": [
            "Türkmenistanyň raýatynyň pasporty",
            "Ýerleşýän ýurduň ýaşaýyş ygtyýarnamasy ýa-da wizasy",
            "Doldurylan hasap kartoçkasy",
            "3 × 4 sm ölçegli bir sany reňkli surat",
        ],
        "processing_time": "Ýüz tutulan güni.",
        "steps": [
            (
                "Hasap kartoçkasyny dolduryň",
                "Aşakdan ýükläp alyň ýa-da konsullyk bölüminden soraň.",
            ),
            (
                "Resminamalar bilen tabşyryň",
                "Özüňiz ýa-da tassyklanan göçürmeler bilen poçta arkaly.",
            ),
            ("Gitseňiz, habar beriň", "Hasapdan çykmak üçin bir gezek gelmek ýa-da hat ýeterlik."),
        ],
        "fees": ["Hasaba durmak (mugt)"],
    },
    "de": {
        "title": "Konsularische Registrierung",
        "summary": "Staatsangehörige Turkmenistans, die länger als drei Monate im Amtsbezirk "
        "leben, registrieren sich bei der Botschaft, damit diese sie im Notfall erreicht.",
        "eligibility": "Staatsangehörige Turkmenistans, die sich zum Studium, zur Arbeit oder aus "
        "familiären Gründen länger als drei Monate im Amtsbezirk aufhalten.",
        "documents": [
            "Reisepass Turkmenistans",
            "Aufenthaltstitel oder Visum",
            "Ausgefüllte Registrierungskarte",
            "Ein farbiges Foto, 3 × 4 cm",
        ],
        "processing_time": "Am Tag der Vorsprache.",
        "steps": [
            (
                "Registrierungskarte ausfüllen",
                "Unten herunterladen oder in der Botschaft erhalten.",
            ),
            ("Mit den Unterlagen einreichen", "Persönlich oder per Post mit beglaubigten Kopien."),
            ("Wegzug mitteilen", "Für die Abmeldung genügt ein Besuch oder ein Schreiben."),
        ],
        "fees": ["Registrierung (gebührenfrei)"],
    },
    "ko": {
        "title": "영사 등록",
        "summary": "관할 지역에 3개월 이상 거주하는 투르크메니스탄 국민은 대사관에 등록하여 "
        "비상 시 대사관이 연락하고 도움을 드릴 수 있도록 합니다.",
        "eligibility": "학업, 취업 또는 가족 사유로 관할 지역에 3개월 이상 체류하는 "
        "투르크메니스탄 국민.",
        "documents": [
            "투르크메니스탄 여권",
            "주재국 체류 허가증 또는 비자",
            "작성한 등록 카드",
            "컬러 사진 1매 (3 × 4 cm)",
        ],
        "processing_time": "방문 당일.",
        "steps": [
            ("등록 카드 작성", "아래에서 내려받거나 영사과에서 받으십시오."),
            ("서류와 함께 제출", "직접 방문하거나 공증 사본을 우편으로 보내십시오."),
            ("출국 시 알리기", "등록 말소는 한 번 방문하거나 서신으로 가능합니다."),
        ],
        "fees": ["등록 (무료)"],
    },
    "fa": {
        "title": "ثبت‌نام کنسولی",
        "summary": "شهروندان ترکمنستان که بیش از سه ماه در حوزهٔ کنسولی زندگی می‌کنند در سفارت "
        "ثبت‌نام می‌کنند تا سفارت بتواند در شرایط اضطراری با آنان تماس بگیرد.",
        "eligibility": "شهروندان ترکمنستان که برای تحصیل، کار یا به دلایل خانوادگی بیش از سه "
        "ماه در حوزهٔ کنسولی اقامت دارند.",
        "documents": [
            "گذرنامهٔ شهروند ترکمنستان",
            "اجازهٔ اقامت یا روادید کشور محل اقامت",
            "کارت ثبت‌نام تکمیل‌شده",
            "یک قطعه عکس رنگی 3 × 4 سانتی‌متر",
        ],
        "processing_time": "در روز مراجعه.",
        "steps": [
            ("کارت ثبت‌نام را پر کنید", "آن را در پایین بارگیری کنید یا از بخش کنسولی بگیرید."),
            ("آن را همراه مدارک تحویل دهید", "حضوری یا با پست همراه رونوشت‌های تأییدشده."),
            ("هنگام خروج اطلاع دهید", "برای لغو ثبت‌نام یک مراجعه یا یک نامه کافی است."),
        ],
        "fees": ["ثبت‌نام (رایگان)"],
    },
}
