"""The demo's consular services (their index titled apart from the embassies' news section
"Consular services"): the ministry's, in Turkmen, Russian and English, and the
missions' own translations into their host languages (German, Korean, Persian).

Each service lists its fees as (amount, currency) with one condition per fee in every
language; `mission_fees` are what a mission charges in its own currency where it differs.
"""

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

PASSPORT = {
    "slug": "passport-renewal",
    "reviewed": "2026-10-15",
    "fees": [(75, "USD"), (40, "USD")],
    "mission_fees": {
        "berlin": [(70, "EUR"), (37, "EUR")],
        "seoul": [(100000, "KRW"), (55000, "KRW")],
    },
    "en": {
        "title": "Passport renewal",
        "summary": "A new biometric passport for a citizen of Turkmenistan whose passport has "
        "expired or will soon expire, is full or has been damaged.",
        "eligibility": "Citizens of Turkmenistan aged 16 or over living permanently or "
        "temporarily in the consular district; for children, a parent applies.",
        "documents": [
            "Application form, completed and signed",
            "Current passport (or a police report if it was lost)",
            "Two colour photographs, 3.5 × 4.5 cm",
            "Receipt for the consular fee",
        ],
        "processing_time": "Up to 3 months: passports are made in Ashgabat.",
        "steps": [
            ("Book an appointment", "By telephone or e-mail with the consular section."),
            ("Hand in the documents in person", "Fingerprints and a signature are taken."),
            ("Collect the passport", "You are told when it is ready; bring the old passport."),
        ],
        "fees": ["Adults", "Children under 16"],
    },
    "ru": {
        "title": "Замена паспорта",
        "summary": "Новый биометрический паспорт для гражданина Туркменистана, у которого истёк "
        "или истекает срок действия паспорта, закончились страницы или паспорт повреждён.",
        "eligibility": "Граждане Туркменистана старше 16 лет, постоянно или временно "
        "проживающие в консульском округе; за детей заявление подаёт один из родителей.",
        "documents": [
            "Заявление-анкета, заполненная и подписанная",
            "Действующий паспорт (или справка полиции о его утере)",
            "Две цветные фотографии 3,5 × 4,5 см",
            "Квитанция об уплате консульского сбора",
        ],
        "processing_time": "До 3 месяцев: паспорта изготавливаются в Ашхабаде.",
        "steps": [
            ("Запишитесь на приём", "По телефону или электронной почте консульского отдела."),
            ("Подайте документы лично", "Снимаются отпечатки пальцев и образец подписи."),
            ("Получите паспорт", "Вам сообщат о готовности; возьмите с собой старый паспорт."),
        ],
        "fees": ["Взрослые", "Дети до 16 лет"],
    },
    "tk": {
        "title": "Pasporty çalyşmak",
        "summary": "Pasportynyň möhleti geçen ýa-da geçip barýan, sahypalary gutaran ýa-da "
        "zaýalanan Türkmenistanyň raýatyna täze biometrik pasport.",
        "eligibility": "Konsullyk okrugynda hemişelik ýa-da wagtlaýyn ýaşaýan, 16 ýaşdan uly "
        "Türkmenistanyň raýatlary; çagalar üçin arzany ene-atasynyň biri berýär.",
        "documents": [
            "Doldurylan we gol çekilen arza-anketa",
            "Hereket edýän pasport (ýa-da onuň ýitirilendigi barada polisiýanyň kepilnamasy)",
            "3,5 × 4,5 sm ölçegli iki sany reňkli surat",
            "Konsullyk ýygymynyň tölenendigi barada kwitansiýa",
        ],
        "processing_time": "3 aýa çenli: pasportlar Aşgabatda taýýarlanylýar.",
        "steps": [
            ("Kabula ýazylyň", "Konsullyk bölüminiň telefony ýa-da elektron poçtasy arkaly."),
            ("Resminamalary özüňiz tabşyryň", "Barmak yzlary we gol nusgasy alynýar."),
            ("Pasportyňyzy alyň", "Taýýar bolanda size habar berler; köne pasporty getiriň."),
        ],
        "fees": ["Ulular", "16 ýaşa çenli çagalar"],
    },
    "de": {
        "title": "Erneuerung des Reisepasses",
        "summary": "Ein neuer biometrischer Reisepass für Staatsangehörige Turkmenistans, deren "
        "Pass abgelaufen ist oder bald abläuft, keine freien Seiten mehr hat oder beschädigt ist.",
        "eligibility": "Staatsangehörige Turkmenistans ab 16 Jahren mit ständigem oder "
        "vorübergehendem Wohnsitz im Amtsbezirk; für Kinder stellt ein Elternteil den Antrag.",
        "documents": [
            "Ausgefülltes und unterschriebenes Antragsformular",
            "Gültiger Reisepass (oder polizeiliche Verlustanzeige)",
            "Zwei farbige Passfotos, 3,5 × 4,5 cm",
            "Beleg über die gezahlte Konsulargebühr",
        ],
        "processing_time": "Bis zu 3 Monate: Die Pässe werden in Aschgabat hergestellt.",
        "steps": [
            ("Termin vereinbaren", "Telefonisch oder per E-Mail bei der Konsularabteilung."),
            ("Unterlagen persönlich einreichen", "Fingerabdrücke und Unterschrift werden erfasst."),
            ("Pass abholen", "Sie werden benachrichtigt; bringen Sie den alten Pass mit."),
        ],
        "fees": ["Erwachsene", "Kinder unter 16 Jahren"],
    },
    "ko": {
        "title": "여권 갱신",
        "summary": "여권의 유효기간이 만료되었거나 곧 만료되는 경우, 사증란이 부족하거나 "
        "훼손된 경우 투르크메니스탄 국민에게 새 전자여권을 발급합니다.",
        "eligibility": "관할 지역에 거주하거나 체류 중인 만 16세 이상 투르크메니스탄 국민. "
        "자녀의 신청은 부모 중 한 명이 합니다.",
        "documents": [
            "작성 및 서명한 신청서",
            "현재 여권 (분실 시 경찰 분실 신고서)",
            "컬러 사진 2매 (3.5 × 4.5 cm)",
            "영사 수수료 납부 영수증",
        ],
        "processing_time": "최대 3개월: 여권은 아시가바트에서 제작됩니다.",
        "steps": [
            ("방문 예약", "영사과에 전화 또는 이메일로 예약하십시오."),
            ("본인이 직접 서류 제출", "지문과 서명을 등록합니다."),
            ("여권 수령", "준비되면 연락드립니다. 기존 여권을 지참하십시오."),
        ],
        "fees": ["성인", "16세 미만 어린이"],
    },
    "fa": {
        "title": "تمدید گذرنامه",
        "summary": "صدور گذرنامهٔ بیومتریک جدید برای شهروند ترکمنستان که گذرنامهٔ او منقضی شده "
        "یا به‌زودی منقضی می‌شود، صفحات آن پر شده یا آسیب دیده است.",
        "eligibility": "شهروندان 16 سال به بالای ترکمنستان که به‌طور دائم یا موقت در حوزهٔ "
        "کنسولی اقامت دارند؛ درخواست کودکان را یکی از والدین ارائه می‌کند.",
        "documents": [
            "فرم درخواست تکمیل‌شده و امضاشده",
            "گذرنامهٔ فعلی (یا گواهی پلیس در صورت مفقود شدن)",
            "دو قطعه عکس رنگی 3.5 × 4.5 سانتی‌متر",
            "رسید پرداخت هزینهٔ کنسولی",
        ],
        "processing_time": "تا 3 ماه: گذرنامه‌ها در عشق‌آباد صادر می‌شوند.",
        "steps": [
            ("وقت ملاقات بگیرید", "از طریق تلفن یا ایمیل بخش کنسولی."),
            ("مدارک را شخصاً تحویل دهید", "اثر انگشت و امضا ثبت می‌شود."),
            ("گذرنامه را دریافت کنید", "هنگام آماده شدن به شما اطلاع داده می‌شود."),
        ],
        "fees": ["بزرگسالان", "کودکان زیر 16 سال"],
    },
}

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

VISA_SUPPORT = {
    "slug": "visa-support-letter",
    # Reviewed long ago: the admin's "Services to review" report lists it.
    "reviewed": "2025-06-10",
    "fees": [(20, "USD"), (40, "USD")],
    "mission_fees": {
        "berlin": [(18, "EUR"), (36, "EUR")],
        "seoul": [(27000, "KRW"), (54000, "KRW")],
    },
    "en": {
        "title": "Visa support letter",
        "summary": "A letter of the embassy supporting a foreign national's application for a "
        "visa to Turkmenistan, on the basis of an invitation from Turkmenistan.",
        "eligibility": "Foreign nationals living in the consular district who are invited to "
        "Turkmenistan by an organisation or a private person.",
        "documents": [
            "Visa application form, completed",
            "Passport valid for at least six months after the trip",
            "Letter of invitation approved by the State Migration Service of Turkmenistan",
            "One colour photograph, 3 × 4 cm",
        ],
        "processing_time": "10 working days; urgent: 3 working days.",
        "steps": [
            (
                "The inviting party applies",
                "It submits the invitation to the State Migration Service.",
            ),
            (
                "Hand in your application",
                "At the consular section, once the invitation is approved.",
            ),
            ("Collect the letter and visa", "On the date you are given."),
        ],
        "fees": ["Standard", "Urgent"],
    },
    "ru": {
        "title": "Визовое письмо поддержки",
        "summary": "Письмо посольства в поддержку заявления иностранного гражданина на визу в "
        "Туркменистан, на основании приглашения из Туркменистана.",
        "eligibility": "Иностранные граждане, проживающие в консульском округе и приглашённые в "
        "Туркменистан организацией или частным лицом.",
        "documents": [
            "Заполненная визовая анкета",
            "Паспорт, действительный не менее шести месяцев после поездки",
            "Приглашение, согласованное Государственной миграционной службой Туркменистана",
            "Одна цветная фотография 3 × 4 см",
        ],
        "processing_time": "10 рабочих дней; срочно — 3 рабочих дня.",
        "steps": [
            ("Приглашающая сторона подаёт приглашение", "В Государственную миграционную службу."),
            ("Подайте заявление", "В консульский отдел, после согласования приглашения."),
            ("Получите письмо и визу", "В назначенный вам день."),
        ],
        "fees": ["Обычное оформление", "Срочное оформление"],
    },
    "tk": {
        "title": "Wiza goldaw haty",
        "summary": "Türkmenistandan gelen çakylyk esasynda daşary ýurt raýatynyň Türkmenistana "
        "wiza almak baradaky arzasyny goldaýan ilçihananyň haty.",
        "eligibility": "Konsullyk okrugynda ýaşaýan we Türkmenistana gurama ýa-da hususy şahs "
        "tarapyndan çagyrylan daşary ýurt raýatlary.",
        "documents": [
            "Doldurylan wiza anketasy",
            "Saparyň soňundan azyndan alty aý hereket edýän pasport",
            "Türkmenistanyň Döwlet migrasiýa gullugy tarapyndan ylalaşylan çakylyk haty",
            "3 × 4 sm ölçegli bir sany reňkli surat",
        ],
        "processing_time": "10 iş güni; gyssagly — 3 iş güni.",
        "steps": [
            ("Çagyrýan tarap ýüz tutýar", "Çakylygy Döwlet migrasiýa gullugyna tabşyrýar."),
            ("Arzaňyzy tabşyryň", "Konsullyk bölümine, çakylyk ylalaşylandan soň."),
            ("Haty we wizany alyň", "Size bellenen güni."),
        ],
        "fees": ["Adaty", "Gyssagly"],
    },
    "de": {
        "title": "Visa-Unterstützungsschreiben",
        "summary": "Ein Schreiben der Botschaft zur Unterstützung des Visumantrags ausländischer "
        "Staatsangehöriger für Turkmenistan, auf Grundlage einer Einladung aus Turkmenistan.",
        "eligibility": "Ausländische Staatsangehörige mit Wohnsitz im Amtsbezirk, die von einer "
        "Organisation oder Privatperson nach Turkmenistan eingeladen werden.",
        "documents": [
            "Ausgefülltes Visumantragsformular",
            "Reisepass, noch mindestens sechs Monate nach der Reise gültig",
            "Vom Staatlichen Migrationsdienst Turkmenistans genehmigte Einladung",
            "Ein farbiges Foto, 3 × 4 cm",
        ],
        "processing_time": "10 Arbeitstage; Eilverfahren: 3 Arbeitstage.",
        "steps": [
            ("Die einladende Seite stellt den Antrag", "Beim Staatlichen Migrationsdienst."),
            ("Antrag einreichen", "In der Konsularabteilung, sobald die Einladung genehmigt ist."),
            ("Schreiben und Visum abholen", "An dem Ihnen genannten Termin."),
        ],
        "fees": ["Regulär", "Eilverfahren"],
    },
    "ko": {
        "title": "비자 지원 서한",
        "summary": "투르크메니스탄의 초청을 근거로 외국인의 투르크메니스탄 비자 신청을 "
        "지원하기 위해 대사관이 발급하는 서한입니다.",
        "eligibility": "관할 지역에 거주하며 투르크메니스탄의 기관 또는 개인으로부터 초청을 "
        "받은 외국인.",
        "documents": [
            "작성한 비자 신청서",
            "여행 후 6개월 이상 유효한 여권",
            "투르크메니스탄 국가이민청이 승인한 초청장",
            "컬러 사진 1매 (3 × 4 cm)",
        ],
        "processing_time": "10 근무일, 긴급: 3 근무일.",
        "steps": [
            ("초청자의 신청", "초청자가 국가이민청에 초청장을 제출합니다."),
            ("신청서 제출", "초청이 승인된 후 영사과에 제출하십시오."),
            ("서한 및 비자 수령", "안내받은 날짜에 수령하십시오."),
        ],
        "fees": ["일반", "긴급"],
    },
    "fa": {
        "title": "نامهٔ پشتیبانی روادید",
        "summary": "نامهٔ سفارت در حمایت از درخواست روادید ترکمنستان برای اتباع خارجی، بر اساس "
        "دعوت‌نامه‌ای از ترکمنستان.",
        "eligibility": "اتباع خارجی مقیم حوزهٔ کنسولی که از سوی یک سازمان یا شخص حقیقی به "
        "ترکمنستان دعوت شده‌اند.",
        "documents": [
            "فرم درخواست روادید تکمیل‌شده",
            "گذرنامه با اعتبار دست‌کم شش ماه پس از سفر",
            "دعوت‌نامهٔ تأییدشده توسط سازمان دولتی مهاجرت ترکمنستان",
            "یک قطعه عکس رنگی 3 × 4 سانتی‌متر",
        ],
        "processing_time": "10 روز کاری؛ فوری: 3 روز کاری.",
        "steps": [
            ("دعوت‌کننده درخواست می‌دهد", "دعوت‌نامه را به سازمان دولتی مهاجرت ارائه می‌کند."),
            ("درخواست خود را تحویل دهید", "به بخش کنسولی، پس از تأیید دعوت‌نامه."),
            ("نامه و روادید را دریافت کنید", "در تاریخی که به شما اعلام می‌شود."),
        ],
        "fees": ["عادی", "فوری"],
    },
}

SERVICES = [PASSPORT, LEGALISATION, REGISTRATION, VISA_SUPPORT]
FORM_TITLE = "Registration card"
