"""The demo's "Visa support letter" in each of its languages."""

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
