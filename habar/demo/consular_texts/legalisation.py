"""The demo's "Legalisation of documents" in each of its languages."""

LEGALISATION = {
    "slug": "legalisation-of-documents",
    "reviewed": "2026-09-01",
    "fees": [(30, "USD"), (60, "USD")],
    "mission_fees": {
        "berlin": [(28, "EUR"), (56, "EUR")],
        "seoul": [(40000, "KRW"), (80000, "KRW")],
    },
    "en": {
        "title": "Legalisation of documents",
        "summary": "Consular legalisation confirms the signature and seal on a document issued "
        "in the host country, so that it is accepted in Turkmenistan.",
        "eligibility": "Anyone presenting a document issued in the consular district for use "
        "in Turkmenistan: citizens, foreign nationals and companies.",
        "documents": [
            "The original document, certified by the host country's foreign ministry",
            "A copy of every page",
            "A translation into Turkmen or Russian",
            "The applicant's passport",
        ],
        "processing_time": "5 working days; urgent: 1 working day.",
        "steps": [
            ("Have the document certified", "The host country confirms the official's signature."),
            ("Hand it in at the consular section", "With a copy, the translation and a passport."),
            ("Collect the legalised document", "The stamp is placed on the original."),
        ],
        "fees": ["Per document", "Urgent, per document"],
    },
    "ru": {
        "title": "Легализация документов",
        "summary": "Консульская легализация подтверждает подпись и печать на документе, "
        "выданном в стране пребывания, чтобы он был принят в Туркменистане.",
        "eligibility": "Любой, кто представляет документ, выданный в консульском округе, для "
        "использования в Туркменистане: граждане, иностранцы и организации.",
        "documents": [
            "Оригинал документа, заверенный МИД страны пребывания",
            "Копия каждой страницы",
            "Перевод на туркменский или русский язык",
            "Паспорт заявителя",
        ],
        "processing_time": "5 рабочих дней; срочно — 1 рабочий день.",
        "steps": [
            ("Заверьте документ", "Страна пребывания подтверждает подпись должностного лица."),
            ("Подайте его в консульский отдел", "Вместе с копией, переводом и паспортом."),
            ("Получите легализованный документ", "Штамп ставится на оригинал."),
        ],
        "fees": ["За документ", "Срочно, за документ"],
    },
    "tk": {
        "title": "Resminamalary kanunylaşdyrmak",
        "summary": "Konsullyk kanunylaşdyrmasy ýerleşýän ýurtda berlen resminamadaky goly we "
        "möhüri tassyklaýar, şeýlelikde ol Türkmenistanda kabul edilýär.",
        "eligibility": "Konsullyk okrugynda berlen resminamany Türkmenistanda ulanmak üçin "
        "tabşyrýan islendik adam: raýatlar, daşary ýurtlular we guramalar.",
        "documents": [
            "Ýerleşýän ýurduň DIM-i tarapyndan tassyklanan resminamanyň asyl nusgasy",
            "Her sahypasynyň göçürmesi",
            "Türkmen ýa-da rus diline terjimesi",
            "Arza berijiniň pasporty",
        ],
        "processing_time": "5 iş güni; gyssagly — 1 iş güni.",
        "steps": [
            ("Resminamany tassykladyň", "Ýerleşýän ýurt wezipeli adamyň goluny tassyklaýar."),
            ("Konsullyk bölümine tabşyryň", "Göçürmesi, terjimesi we pasportyňyz bilen."),
            ("Kanunylaşdyrylan resminamany alyň", "Möhür asyl nusga basylýar."),
        ],
        "fees": ["Her resminama üçin", "Gyssagly, her resminama üçin"],
    },
    "de": {
        "title": "Legalisation von Urkunden",
        "summary": "Die konsularische Legalisation bestätigt Unterschrift und Siegel auf einer im "
        "Gastland ausgestellten Urkunde, damit sie in Turkmenistan anerkannt wird.",
        "eligibility": "Jede Person, die eine im Amtsbezirk ausgestellte Urkunde zur Verwendung "
        "in Turkmenistan vorlegt: Staatsangehörige, Ausländer und Unternehmen.",
        "documents": [
            "Originalurkunde mit Vorbeglaubigung der zuständigen deutschen Behörde",
            "Eine Kopie jeder Seite",
            "Eine Übersetzung ins Turkmenische oder Russische",
            "Reisepass der antragstellenden Person",
        ],
        "processing_time": "5 Arbeitstage; Eilverfahren: 1 Arbeitstag.",
        "steps": [
            ("Urkunde vorbeglaubigen lassen", "Die Behörde bestätigt die Unterschrift."),
            ("In der Konsularabteilung einreichen", "Mit Kopie, Übersetzung und Reisepass."),
            ("Legalisierte Urkunde abholen", "Der Vermerk wird auf dem Original angebracht."),
        ],
        "fees": ["Je Urkunde", "Eilverfahren, je Urkunde"],
    },
    "ko": {
        "title": "문서 영사 인증",
        "summary": "영사 인증은 주재국에서 발급된 문서의 서명과 인장을 확인하여 "
        "투르크메니스탄에서 인정받을 수 있도록 합니다.",
        "eligibility": "관할 지역에서 발급된 문서를 투르크메니스탄에서 사용하려는 모든 분: "
        "국민, 외국인 및 기업.",
        "documents": [
            "주재국 외교부의 확인을 받은 문서 원본",
            "모든 페이지의 사본",
            "투르크멘어 또는 러시아어 번역본",
            "신청인의 여권",
        ],
        "processing_time": "5 근무일, 긴급: 1 근무일.",
        "steps": [
            ("문서 확인 받기", "주재국 외교부가 발급 공무원의 서명을 확인합니다."),
            ("영사과에 제출", "사본, 번역본 및 여권과 함께 제출하십시오."),
            ("인증된 문서 수령", "인증 도장은 원본에 날인됩니다."),
        ],
        "fees": ["문서 1건당", "긴급, 문서 1건당"],
    },
    "fa": {
        "title": "تصدیق کنسولی اسناد",
        "summary": "تصدیق کنسولی امضا و مهر سندی را که در کشور محل اقامت صادر شده تأیید می‌کند "
        "تا در ترکمنستان پذیرفته شود.",
        "eligibility": "هر کسی که سندی صادرشده در حوزهٔ کنسولی را برای استفاده در ترکمنستان "
        "ارائه می‌کند: شهروندان، اتباع خارجی و شرکت‌ها.",
        "documents": [
            "اصل سند، تأییدشده توسط وزارت امور خارجهٔ کشور محل اقامت",
            "رونوشت همهٔ صفحات",
            "ترجمه به زبان ترکمنی یا روسی",
            "گذرنامهٔ متقاضی",
        ],
        "processing_time": "5 روز کاری؛ فوری: 1 روز کاری.",
        "steps": [
            ("سند را تأیید کنید", "وزارت امور خارجه امضای مقام صادرکننده را تأیید می‌کند."),
            ("سند را به بخش کنسولی تحویل دهید", "همراه با رونوشت، ترجمه و گذرنامه."),
            ("سند تصدیق‌شده را دریافت کنید", "مهر تصدیق بر اصل سند زده می‌شود."),
        ],
        "fees": ["هر سند", "فوری، هر سند"],
    },
}
