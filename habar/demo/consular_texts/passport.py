"""The demo's "Passport renewal" in each of its languages."""

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
