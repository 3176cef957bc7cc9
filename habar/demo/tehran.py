"""The Tehran embassy's own news: written in Persian, some of it translated into Turkmen,
Russian and English. Each item's first language is its original; the others are its
translations (`translations.EMBASSY_NEWS` collects it with the other embassies' news)."""

TEHRAN_NEWS = [
    {
        "date": "2024-03-19 11:00",
        "section": "culture",
        "fa": {
            "title": "جشن نوروز در سفارت ترکمنستان در تهران برگزار شد",
            "body": [
                (
                    "به مناسبت روز جهانی نوروز، مراسمی در سفارت ترکمنستان در جمهوری اسلامی ایران "
                    "برگزار شد. در این مراسم نمایندگان وزارت امور خارجه ایران، اعضای هیئت‌های "
                    "دیپلماتیک، اهالی فرهنگ و هنر و دانشجویان ترکمن مقیم ایران حضور داشتند."
                ),
                (
                    "سفیر ترکمنستان در سخنان خود نوروز را میراث مشترک مردمان منطقه خواند و بر "
                    "نقش این جشن در تحکیم دوستی میان ملت‌های ترکمنستان و ایران تأکید کرد. در "
                    "ادامه، هنرمندان ترکمن و ایرانی آهنگ‌های محلی اجرا کردند و مهمانان با "
                    "غذاهای نوروزی و صنایع دستی ترکمن آشنا شدند."
                ),
            ],
        },
        "tk": {
            "title": "Tährandaky ilçihanada Nowruz baýramy bellenildi",
            "body": [
                (
                    "Halkara Nowruz güni mynasybetli Türkmenistanyň Eýran Yslam Respublikasyndaky "
                    "ilçihanasynda dabaraly çäre geçirildi. Oňa Eýranyň Daşary işler "
                    "ministrliginiň we diplomatik wekilhanalaryň wekilleri, medeniýet we sungat "
                    "işgärleri hem-de Eýranda okaýan türkmen talyplary gatnaşdylar."
                ),
                (
                    "Türkmenistanyň ilçisi öz çykyşynda Nowruzyň sebit halklarynyň umumy "
                    "mirasydygyny belläp, bu baýramyň türkmen we eýran halklarynyň arasyndaky "
                    "dostlugy berkitmekdäki ähmiýetini nygtady. Soňra türkmen we eýran sungat "
                    "ussatlary halk aýdymlaryny ýerine ýetirdiler, myhmanlar bolsa Nowruz "
                    "tagamlary we türkmen amaly-haşam sungatynyň önümleri bilen tanyşdylar."
                ),
            ],
        },
        "ru": {
            "title": "В посольстве Туркменистана в Тегеране отметили Новруз",
            "body": [
                (
                    "По случаю Международного дня Новруз в посольстве Туркменистана в Исламской "
                    "Республике Иран состоялось праздничное мероприятие. В нём приняли участие "
                    "представители Министерства иностранных дел Ирана и дипломатического "
                    "корпуса, деятели культуры и искусства, а также туркменские студенты, "
                    "обучающиеся в Иране."
                ),
                (
                    "В своём выступлении посол Туркменистана назвал Новруз общим наследием "
                    "народов региона и подчеркнул значение праздника в укреплении дружбы между "
                    "туркменским и иранским народами. Затем туркменские и иранские артисты "
                    "исполнили народные песни, а гости познакомились с праздничными блюдами и "
                    "изделиями туркменского декоративно-прикладного искусства."
                ),
            ],
        },
        "en": {
            "title": "Novruz celebrated at the Embassy of Turkmenistan in Tehran",
            "body": [
                (
                    "On the occasion of the International Day of Novruz, a festive event was held "
                    "at the Embassy of Turkmenistan in the Islamic Republic of Iran. It was "
                    "attended by representatives of the Ministry of Foreign Affairs of Iran and "
                    "of the diplomatic corps, by cultural figures and by Turkmen students "
                    "studying in Iran."
                ),
                (
                    "In his speech, the Ambassador of Turkmenistan called Novruz a shared "
                    "heritage of the peoples of the region and stressed the importance of the "
                    "holiday in strengthening the friendship between the Turkmen and Iranian "
                    "peoples. Turkmen and Iranian artists then performed folk songs, and the "
                    "guests were introduced to festive dishes and to Turkmen applied art."
                ),
            ],
        },
    },
    {
        "date": "2024-05-14 11:00",
        "section": "news",
        "fa": {
            "title": "دیدار سفیر ترکمنستان با معاون وزیر امور خارجه ایران",
            "body": [
                (
                    "سفیر ترکمنستان در جمهوری اسلامی ایران با معاون دیپلماسی اقتصادی وزیر امور "
                    "خارجه ایران دیدار و گفت‌وگو کرد. طرفین وضعیت کنونی و چشم‌انداز همکاری‌های "
                    "دوجانبه و برنامه دیدارهای سطح بالای پیش رو را بررسی کردند."
                ),
                (
                    "در این دیدار بر گسترش همکاری در زمینه‌های انرژی، حمل‌ونقل و ترانزیت، "
                    "تجارت مرزی و کشاورزی تأکید شد. دو طرف همچنین درباره آماده‌سازی نشست آینده "
                    "کمیسیون مشترک همکاری‌های اقتصادی ترکمنستان و ایران تبادل نظر کردند."
                ),
            ],
        },
        "ru": {
            "title": "Посол Туркменистана встретился с заместителем министра иностранных дел Ирана",
            "body": [
                (
                    "Посол Туркменистана в Исламской Республике Иран встретился с заместителем "
                    "министра иностранных дел Ирана по экономической дипломатии. Стороны "
                    "обсудили текущее состояние и перспективы двустороннего сотрудничества, а "
                    "также график предстоящих контактов на высоком уровне."
                ),
                (
                    "В ходе встречи был сделан акцент на расширении сотрудничества в сферах "
                    "энергетики, транспорта и транзита, приграничной торговли и сельского "
                    "хозяйства. Стороны также обменялись мнениями о подготовке очередного "
                    "заседания Совместной туркмено-иранской комиссии по экономическому "
                    "сотрудничеству."
                ),
            ],
        },
        "en": {
            "title": (
                "The Ambassador of Turkmenistan met with the Deputy Minister of Foreign Affairs "
                "of Iran"
            ),
            "body": [
                (
                    "The Ambassador of Turkmenistan to the Islamic Republic of Iran met with the "
                    "Deputy Minister of Foreign Affairs of Iran for Economic Diplomacy. The sides "
                    "reviewed the current state and prospects of bilateral cooperation and the "
                    "schedule of forthcoming high-level contacts."
                ),
                (
                    "The meeting focused on expanding cooperation in energy, transport and "
                    "transit, border trade and agriculture. The sides also exchanged views on "
                    "preparations for the next meeting of the Joint Turkmen–Iranian Commission "
                    "on Economic Cooperation."
                ),
            ],
        },
    },
    {
        "date": "2024-09-02 10:00",
        "section": "consular",
        "fa": {
            "title": "نحوه درخواست روادید ترکمنستان",
            "body": [
                (
                    "بخش کنسولی سفارت ترکمنستان در تهران به اطلاع می‌رساند که روادید ترکمنستان "
                    "برای شهروندان جمهوری اسلامی ایران بر اساس دعوت‌نامه‌ای صادر می‌شود که به "
                    "تأیید سرویس دولتی مهاجرت ترکمنستان رسیده باشد. دعوت‌نامه را طرف "
                    "دعوت‌کننده در ترکمنستان تهیه می‌کند."
                ),
                (
                    "متقاضیان باید گذرنامه‌ای با دست‌کم شش ماه اعتبار، فرم تکمیل‌شده درخواست "
                    "روادید، یک قطعه عکس و رونوشت دعوت‌نامه را ارائه کنند. پذیرش مدارک تنها در "
                    "روزهای کاری و با تعیین وقت قبلی انجام می‌شود."
                ),
            ],
        },
        "tk": {
            "title": "Türkmenistanyň wizasyny almak üçin arza bermegiň tertibi",
            "body": [
                (
                    "Türkmenistanyň Tährandaky ilçihanasynyň konsullyk bölümi Eýran Yslam "
                    "Respublikasynyň raýatlaryna Türkmenistanyň wizasynyň Türkmenistanyň Döwlet "
                    "migrasiýa gullugy tarapyndan tassyklanan çakylyk hatynyň esasynda "
                    "berilýändigini habar berýär. Çakylyk hatyny Türkmenistandaky çagyrýan "
                    "tarap resmileşdirýär."
                ),
                (
                    "Arza berijiler azyndan alty aý möhleti galan pasporty, doldurylan wiza "
                    "arzasyny, suraty we çakylyk hatynyň göçürmesini tabşyrmalydyrlar. "
                    "Resminamalar diňe iş günleri we öňünden bellenen wagt boýunça kabul "
                    "edilýär."
                ),
            ],
        },
        "en": {
            "title": "How to apply for a visa to Turkmenistan",
            "body": [
                (
                    "The Consular Section of the Embassy of Turkmenistan in Tehran informs that "
                    "visas to Turkmenistan are issued to citizens of the Islamic Republic of Iran "
                    "on the basis of a letter of invitation approved by the State Migration "
                    "Service of Turkmenistan. The invitation is arranged by the inviting party "
                    "in Turkmenistan."
                ),
                (
                    "Applicants should submit a passport valid for at least six more months, a "
                    "completed visa application form, a photograph and a copy of the letter of "
                    "invitation. Documents are accepted on working days by prior appointment "
                    "only."
                ),
            ],
        },
    },
    {
        "date": "2024-11-05 16:00",
        "section": "culture",
        "fa": {
            "title": "شب شعر مختومقلی فراغی در تهران برگزار شد",
            "body": [
                (
                    "به همت سفارت ترکمنستان، شب شعری در بزرگداشت مختومقلی فراغی، شاعر و "
                    "اندیشمند بزرگ ترکمن، در تهران برگزار شد. استادان دانشگاه، شاعران، "
                    "پژوهشگران ادبیات و دانشجویان در این برنامه شرکت کردند."
                ),
                (
                    "سخنرانان از جایگاه مختومقلی در ادبیات ترکمن و از پیوندهای فرهنگی دیرینه "
                    "مردمان ترکمنستان و ایران سخن گفتند و یادآور شدند که آرامگاه شاعر در استان "
                    "گلستان ایران است. در پایان، اشعار او به زبان ترکمنی و با ترجمه فارسی خوانده "
                    "شد و نمایشگاهی از کتاب‌های مربوط به زندگی و آثار او برپا بود."
                ),
            ],
        },
    },
    {
        "date": "2025-02-11 12:00",
        "section": "news",
        "fa": {
            "title": "نمایشگاه کالاهای ترکمنستان در مشهد گشایش یافت",
            "body": [
                (
                    "نمایشگاه کالاهای صادراتی ترکمنستان با حمایت سفارت ترکمنستان و "
                    "سرکنسولگری این کشور در مشهد گشایش یافت. بیش از پنجاه شرکت ترکمن محصولات "
                    "نساجی، شیمیایی، غذایی و کشاورزی خود را در این نمایشگاه عرضه کردند."
                ),
                (
                    "در حاشیه نمایشگاه، نشستی تجاری با حضور فعالان اقتصادی دو کشور برگزار شد و "
                    "طرفین درباره توسعه تجارت مرزی، بهره‌گیری از ظرفیت‌های ترانزیتی و "
                    "سرمایه‌گذاری مشترک گفت‌وگو کردند."
                ),
            ],
        },
    },
    {
        "date": "2025-06-10 10:00",
        "section": "consular",
        "fa": {
            "title": "تصدیق اسناد برای استفاده در ترکمنستان",
            "body": [
                (
                    "بخش کنسولی سفارت ترکمنستان در تهران یادآوری می‌کند که اسناد صادرشده در "
                    "جمهوری اسلامی ایران، از جمله مدارک تحصیلی، اسناد ثبت احوال و "
                    "وکالت‌نامه‌ها، برای استفاده در ترکمنستان باید نخست به تأیید وزارت امور "
                    "خارجه ایران برسند و سپس در بخش کنسولی سفارت تصدیق شوند."
                ),
                (
                    "متقاضیان می‌توانند اصل سند، ترجمه رسمی آن به زبان ترکمنی یا روسی و رونوشت "
                    "گذرنامه خود را در روزهای کاری و با تعیین وقت قبلی به بخش کنسولی ارائه "
                    "کنند. اطلاعات بیشتر درباره هزینه‌های کنسولی از راه تلفن سفارت در دسترس است."
                ),
            ],
        },
    },
]
