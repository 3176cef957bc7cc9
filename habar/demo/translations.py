"""Texts of the demo written for people, not generated: bodies and translations.

`LAST_NEWS_BODIES` holds the English bodies of the ministry's ten newest articles (seed.py's
`LAST_NEWS`); `TRANSLATIONS` the Russian and Turkmen versions of those ten and of the seed's
reference article, keyed by their English titles. `SECTION_TITLES` and `EMBASSY_TITLES` name
the embassies' sites and sections in their languages, and `EMBASSY_NEWS` holds each
embassy's own news, in English and in the host country's language (Tehran's, written in
Persian, in `tehran.py`).
"""

from .tehran import TEHRAN_NEWS

LAST_NEWS_BODIES = {
    "The President of Turkmenistan congratulated the President of the Swiss Confederation": [
        (
            "President of Turkmenistan Serdar Berdimuhamedov sent a congratulatory message to "
            "President of the Swiss Confederation Karin Keller-Sutter on the occasion of the "
            "national holiday of the country, Swiss National Day. Switzerland celebrates its "
            "National Day on 1 August, commemorating the founding of the Swiss Confederation in "
            "1291."
        ),
        (
            "In his message, the head of the Turkmen state noted that relations between "
            "Turkmenistan and Switzerland are built on the principles of mutual respect and "
            "trust, and expressed confidence that bilateral cooperation in the political and "
            "diplomatic, trade and economic, and humanitarian spheres will continue to develop "
            "successfully. The President also highlighted the productive interaction of the two "
            "countries within the United Nations and other international organizations."
        ),
        (
            "On this festive occasion, President Serdar Berdimuhamedov wished the President of "
            "the Swiss Confederation good health and success in her state activities, and the "
            "friendly people of Switzerland peace and prosperity. The message also expressed "
            "confidence that the International Year of Peace and Trust will give new impetus to "
            "the Turkmen–Swiss dialogue."
        ),
    ],
    "Progress through partnership will form the basis of the Avaza Action Programme": [
        (
            "The Third United Nations Conference on Landlocked Developing Countries, to be held "
            "in the national tourist zone Avaza from 5 to 8 August 2025, will take place under "
            "the theme “Driving progress through partnerships”. The forum is expected to bring "
            "together heads of state and government, ministers, heads of international "
            "organizations, and representatives of the private sector and civil society."
        ),
        (
            "The central outcome of the Conference will be the Avaza Action Programme for the "
            "decade 2024–2034, endorsed by the UN General Assembly in December 2024. The document "
            "sets out priorities in the structural transformation of economies, trade "
            "facilitation and regional integration, the development of transit transport "
            "corridors, and adaptation to climate change."
        ),
        (
            "As the host country, Turkmenistan attaches great importance to the successful "
            "organization of the forum. The Turkmen side regards the Conference as an important "
            "platform for building practical partnerships that will help landlocked developing "
            "countries overcome geographical constraints and achieve the Sustainable Development "
            "Goals."
        ),
    ],
    "Working Trip of the President to Balkan Velayat": [
        (
            "On 30 July 2025, President of Turkmenistan Serdar Berdimuhamedov made a working trip "
            "to Balkan velayat to review the progress of preparations for the Third United "
            "Nations Conference on Landlocked Developing Countries in the national tourist zone "
            "Avaza. The forum will bring together delegations of many countries and international "
            "organizations."
        ),
        (
            "The head of state inspected the conference complex and the infrastructure intended "
            "for receiving foreign delegations, and heard reports from the heads of the relevant "
            "ministries and agencies. The President gave specific instructions to ensure a high "
            "level of organization of the forum and the timely completion of all remaining work."
        ),
        (
            "During the trip, the head of state also held a working meeting on the socio-economic "
            "development of the velayat, paying particular attention to the further development "
            "of the Avaza tourist zone and to the improvement of transport and logistics "
            "infrastructure on the Caspian coast. At the end of the trip, the head of state "
            "wished the participants of the meeting success in fulfilling the tasks set."
        ),
    ],
    "The roads leading to happiness": [
        (
            "Large-scale construction and reconstruction of roads is under way in all velayats of "
            "Turkmenistan as part of the state programmes of socio-economic development. Modern "
            "highways, bridges and overpasses link the capital with the velayat centres, towns "
            "and villages, making travel faster, safer and more comfortable for citizens."
        ),
        (
            "A special place among these projects belongs to the Ashgabat–Turkmenabat high-speed "
            "motorway, which is being built in stages and will become an important link in the "
            "international transport corridors passing through the country. New roads are also "
            "being laid in the city of Arkadag and in the rural areas covered by the National "
            "Programme for the transformation of social and living conditions in villages."
        ),
        (
            "Transport infrastructure is of great importance for the national economy, for the "
            "country’s transit potential and for the well-being of the people. Every new road "
            "opens up fresh opportunities for entrepreneurship, tourism and closer ties between "
            "people, becoming in the truest sense a road leading to happiness."
        ),
    ],
    "Cultural diplomacy is a symbol of friendship and cooperation": [
        (
            "Cultural diplomacy occupies an important place in the foreign policy of "
            "Turkmenistan, serving to strengthen mutual understanding and friendship between "
            "peoples. Days of culture, exhibitions, concerts and film weeks held in Turkmenistan "
            "and abroad introduce foreign audiences to the rich heritage of the Turkmen people."
        ),
        (
            "In 2025, which the UN General Assembly declared the International Year of Peace and "
            "Trust on the initiative of Turkmenistan, such events have acquired particular "
            "significance. Turkmen artists regularly take part in international festivals, while "
            "the national art of carpet weaving, the traditions of Akhal-Teke horse breeding and "
            "the art of the bagshy are widely known far beyond the country."
        ),
        (
            "The Ministry of Foreign Affairs of Turkmenistan, together with the country’s "
            "diplomatic missions abroad, continues to cooperate with UNESCO and other "
            "international organizations in preserving and promoting cultural heritage. Such "
            "humanitarian ties lay a solid foundation for long-term partnership between states."
        ),
    ],
    (
        "The total amount of transactions at the SCRMET auctions amounted to over 96 million 517 "
        "thousand US dollars"
    ): [
        (
            "During the trading sessions held over the past week at the State Commodity and Raw "
            "Materials Exchange of Turkmenistan (SCRMET), transactions totalling over 96 million "
            "517 thousand US dollars were registered. Exchange trading is conducted on the "
            "principles of transparency and open competition."
        ),
        (
            "Entrepreneurs from the United Arab Emirates, Türkiye, Afghanistan, the Russian "
            "Federation and a number of other countries purchased petroleum products, including "
            "hydrotreated diesel fuel and polypropylene, as well as cotton yarn and textile "
            "products. Transactions in national currency were also concluded for the sale of "
            "goods on the domestic market."
        ),
        (
            "The growing volume of exchange trading reflects steady demand for Turkmen products "
            "on foreign markets and the consistent state policy aimed at diversifying exports and "
            "expanding foreign economic relations. Cotton yarn and petroleum products remain "
            "among the most sought-after items of Turkmen exports."
        ),
    ],
    (
        "The National Leader of the Turkmen people, Chairman of the Halk Maslahaty of "
        "Turkmenistan, Hero-Arkadag, made a working visit to the city of Arkadag"
    ): [
        (
            "On 26 July 2025, the National Leader of the Turkmen people, Chairman of the Halk "
            "Maslahaty of Turkmenistan Gurbanguly Berdimuhamedov made a working visit to the city "
            "of Arkadag, where he reviewed the progress of construction of the facilities of the "
            "city’s second phase. Arkadag, inaugurated in June 2023, became the first smart city "
            "in Turkmenistan."
        ),
        (
            "Hero-Arkadag visited a number of social and cultural facilities under construction, "
            "inspected the landscaping of the city’s streets and parks, and heard reports from "
            "the heads of construction companies on the quality and pace of work. The National "
            "Leader stressed that all facilities must meet high international standards and be "
            "built using modern energy-saving and smart city technologies."
        ),
        (
            "During the visit, Hero-Arkadag also talked with residents of the city and gave "
            "recommendations on further improving the living conditions of the population and "
            "creating new jobs. Hero-Arkadag expressed confidence that the city will become an "
            "even more attractive place to live, work and study."
        ),
    ],
    "The meeting of the Cabinet of Ministers of Turkmenistan": [
        (
            "On 25 July 2025, President of Turkmenistan Serdar Berdimuhamedov held a regular "
            "meeting of the Cabinet of Ministers, at which a number of issues of state life were "
            "considered and draft documents were discussed. The agenda included the results of "
            "the work of the sectors of the national economy and the implementation of state "
            "programmes."
        ),
        (
            "Deputy Chairmen of the Cabinet of Ministers reported on the progress of preparations "
            "for the Third United Nations Conference on Landlocked Developing Countries, on the "
            "state of affairs in the agro-industrial complex, including the tending of cotton "
            "fields, and on preparations for celebrating the 34th anniversary of the independence "
            "of Turkmenistan. The head of state instructed that these issues be kept under "
            "constant control."
        ),
        (
            "Deputy Chairman of the Cabinet of Ministers, Minister of Foreign Affairs Rashid "
            "Meredov reported on the country’s foreign policy activities, including the schedule "
            "of forthcoming international events. Summing up the meeting, the head of state gave "
            "a number of specific instructions to the members of the Government."
        ),
    ],
    (
        "The President of Turkmenistan received the Ambassador Extraordinary and Plenipotentiary "
        "of the People’s Republic of China"
    ): [
        (
            "On 25 July 2025, President of Turkmenistan Serdar Berdimuhamedov received the "
            "Ambassador Extraordinary and Plenipotentiary of the People’s Republic of China to "
            "Turkmenistan. The diplomat conveyed to the head of the Turkmen state warm greetings "
            "and best wishes from President of the People’s Republic of China Xi Jinping."
        ),
        (
            "During the meeting, the sides noted with satisfaction the dynamic development of the "
            "Turkmen–Chinese comprehensive strategic partnership, based on the principles of "
            "equality, mutual respect and trust. Particular attention was paid to cooperation in "
            "the energy sector, including the supply of Turkmen natural gas to China, and to the "
            "prospects for interaction in transport, communications, high technologies and the "
            "humanitarian sphere."
        ),
        (
            "The President of Turkmenistan asked the Ambassador to convey sincere greetings to "
            "President Xi Jinping and expressed confidence that bilateral relations will continue "
            "to develop for the benefit of the peoples of the two countries. At the end of the "
            "meeting, the sides expressed their readiness to intensify contacts at all levels."
        ),
    ],
    (
        "The President of Turkmenistan signed a decree on pardon on the occasion of the "
        "International Year of Peace and Trust"
    ): [
        (
            "On the occasion of the International Year of Peace and Trust, declared by the UN "
            "General Assembly on the initiative of Turkmenistan, President Serdar Berdimuhamedov "
            "signed a decree pardoning a group of convicted persons who have sincerely repented "
            "of their deeds. The decree was signed in keeping with the principles of humanism and "
            "mercy."
        ),
        (
            "In accordance with the decree, the pardoned citizens are released from further "
            "serving their sentences. The Prosecutor General’s Office, the Ministry of Internal "
            "Affairs and other competent bodies have been instructed to ensure its implementation."
        ),
        (
            "The tradition of pardon on the occasion of significant dates reflects the humanistic "
            "policy of the Turkmen state. The released citizens were wished a return to a worthy "
            "life in society and success in contributing to the prosperity of their native land."
        ),
    ],
}

TRANSLATIONS = {
    "Videoconfrence with the Head of the United Nations Office of Counter-Terrorism (UNOCT)": {
        "ru": {
            "title": (
                "Видеоконференция с главой Контртеррористического управления Организации "
                "Объединенных Наций (КТУ ООН)"
            ),
            "summary": (
                "В МИД Туркменистана состоялась видеоконференция с заместителем Генерального "
                "секретаря ООН Владимиром Воронковым, посвященная региональной и международной "
                "безопасности и противодействию терроризму."
            ),
            "body": [
                (
                    "В Министерстве иностранных дел Туркменистана состоялась встреча в формате "
                    "видеоконференции с заместителем Генерального секретаря Организации "
                    "Объединенных Наций, руководителем Контртеррористического управления ООН "
                    "господином Владимиром Воронковым. Подчеркнув конструктивный характер "
                    "долгосрочного сотрудничества, стороны уделили особое внимание вопросам "
                    "региональной и международной безопасности, в том числе укреплению "
                    "взаимодействия в рамках Глобальной контртеррористической стратегии ООН. "
                    "Стороны подчеркнули важность сотрудничества с использованием потенциала "
                    "Регионального центра ООН по превентивной дипломатии для Центральной Азии, "
                    "Ашхабадской декларации 2011 года и Совместного плана действий по борьбе с "
                    "терроризмом в Центральной Азии, которые заложили основу для адаптации "
                    "Глобальной контртеррористической стратегии ООН к конкретному региону. В этой "
                    "связи была подчеркнута важность укрепления сотрудничества между странами "
                    "Центральной Азии. Особый акцент был сделан на применении принципов "
                    "превентивной дипломатии, в том числе на разработке проекта резолюции "
                    "Генеральной Ассамблеи ООН «Роль Регионального центра по превентивной "
                    "дипломатии для Центральной Азии», инициированного туркменской стороной. Была "
                    "отмечена эффективность политики постоянного нейтралитета Туркменистана, "
                    "проводимой под руководством Президента Гурбангулы Бердымухамедова, в "
                    "частности принципов нейтрализма в предотвращении конфликтов. По случаю "
                    "25-летия этого статуса наша страна выступила с инициативой разработки "
                    "проекта резолюции Генеральной Ассамблеи ООН «Роль и значение политики "
                    "нейтралитета в поддержании и укреплении международного мира, безопасности и "
                    "устойчивого развития». Подчеркнув важность геостратегического положения "
                    "Туркменистана, стороны рассмотрели возможности расширения долгосрочного "
                    "сотрудничества. Обсуждались также вопросы информационной безопасности и "
                    "молодежной составляющей сотрудничества. Стороны сосредоточили внимание на "
                    "принятии под эгидой ООН универсальных правовых инструментов обеспечения "
                    "безопасности в информационном пространстве. В ходе онлайн-встречи "
                    "Туркменистан подтвердил свою приверженность укреплению культуры мира и "
                    "доверия в международных отношениях. В этой связи особое внимание было "
                    "уделено инициативам Президента Гурбангулы Бердымухамедова, касающимся "
                    "мероприятий, запланированных на 2021 год, который в соответствии с "
                    "резолюцией ООН объявлен Международным годом мира и доверия."
                ),
            ],
        },
        "tk": {
            "title": (
                "Birleşen Milletler Guramasynyň Terrorçylyga garşy göreş boýunça edarasynyň "
                "(UNOCT) ýolbaşçysy bilen wideomaslahat"
            ),
            "summary": (
                "Türkmenistanyň Daşary işler ministrliginde BMG-niň Baş sekretarynyň orunbasary "
                "Wladimir Woronkow bilen sebit we halkara howpsuzlygyna hem-de terrorçylyga garşy "
                "göreşe bagyşlanan wideomaslahat geçirildi."
            ),
            "body": [
                (
                    "Türkmenistanyň Daşary işler ministrliginde Birleşen Milletler Guramasynyň "
                    "Baş sekretarynyň orunbasary, BMG-niň Terrorçylyga garşy göreş boýunça "
                    "edarasynyň ýolbaşçysy jenap Wladimir Woronkow bilen wideoaragatnaşyk arkaly "
                    "duşuşyk geçirildi. Uzak möhletleýin hyzmatdaşlygyň netijeli häsiýetini "
                    "nygtamak bilen, taraplar sebit we halkara howpsuzlygy meselelerine, şol "
                    "sanda BMG-niň Terrorçylyga garşy göreşiň Global strategiýasynyň çäklerinde "
                    "özara hereketi berkitmäge aýratyn üns berdiler. Taraplar BMG-niň Merkezi "
                    "Aziýa üçin Öňüni alyş diplomatiýasy boýunça sebitleýin merkeziniň, 2011-nji "
                    "ýylyň Aşgabat Jarnamasynyň we Merkezi Aziýada terrorçylyga garşy göreş "
                    "boýunça Bilelikdäki hereketler meýilnamasynyň mümkinçiliklerini ulanmak "
                    "arkaly hyzmatdaşlygyň ähmiýetini nygtadylar, bu resminamalar BMG-niň "
                    "Terrorçylyga garşy göreşiň Global strategiýasyny anyk sebite "
                    "uýgunlaşdyrmagyň binýadyny goýdy. Şunuň bilen baglylykda, Merkezi Aziýa "
                    "ýurtlarynyň arasynda hyzmatdaşlygy berkitmegiň möhümdigi bellenildi. Öňüni "
                    "alyş diplomatiýasynyň ýörelgelerini ulanmaga, şol sanda türkmen tarapynyň "
                    "başlangyjy boýunça BMG-niň Baş Assambleýasynyň «Merkezi Aziýa üçin Öňüni "
                    "alyş diplomatiýasy boýunça sebitleýin merkeziň orny» atly Kararnamasynyň "
                    "taslamasyny işläp taýýarlamaga aýratyn üns çekildi. Prezident Gurbanguly "
                    "Berdimuhamedowyň ýolbaşçylygynda durmuşa geçirilýän Türkmenistanyň hemişelik "
                    "Bitaraplyk syýasatynyň, hususan-da, çaknyşyklaryň öňüni almakda bitaraplyk "
                    "ýörelgeleriniň netijeliligi bellenildi. Bu derejäniň 25 ýyllygy mynasybetli "
                    "ýurdumyz BMG-niň Baş Assambleýasynyň «Halkara parahatçylygy, howpsuzlygy we "
                    "durnukly ösüşi goldamakda we berkitmekde bitaraplyk syýasatynyň orny we "
                    "ähmiýeti» atly Kararnamasynyň taslamasyny işläp taýýarlamak başlangyjy bilen "
                    "çykyş etdi. Türkmenistanyň geostrategik ýerleşişiniň ähmiýetini nygtamak "
                    "bilen, taraplar uzak möhletleýin hyzmatdaşlygy giňeltmegiň mümkinçiliklerine "
                    "garadylar. Şeýle hem maglumat howpsuzlygy we hyzmatdaşlygyň ýaşlar ugry "
                    "bilen baglanyşykly meseleler ara alnyp maslahatlaşyldy. Taraplar BMG-niň "
                    "howandarlygynda maglumat giňişliginde howpsuzlygy üpjün etmek boýunça "
                    "ähliumumy hukuk gurallaryny kabul etmäge aýratyn üns berdiler. Onlaýn "
                    "duşuşygyň dowamynda Türkmenistan halkara gatnaşyklarda parahatçylyk we "
                    "ynanyşyk medeniýetini berkitmäge ygrarlydygyny tassyklady. Şunuň bilen "
                    "baglylykda, BMG-niň Kararnamasyna laýyklykda Halkara parahatçylyk we "
                    "ynanyşyk ýyly diýlip yglan edilen 2021-nji ýylda meýilleşdirilen çäreler "
                    "boýunça Prezident Gurbanguly Berdimuhamedowyň başlangyçlaryna aýratyn üns "
                    "berildi."
                ),
            ],
        },
    },
    "The President of Turkmenistan congratulated the President of the Swiss Confederation": {
        "ru": {
            "title": "Президент Туркменистана поздравил Президента Швейцарской Конфедерации",
            "summary": (
                "Президент Сердар Бердымухамедов поздравил Президента Швейцарской Конфедерации "
                "Карин Келлер-Зуттер с национальным праздником Швейцарии."
            ),
            "body": [
                (
                    "Президент Туркменистана Сердар Бердымухамедов направил поздравительное "
                    "послание Президенту Швейцарской Конфедерации Карин Келлер-Зуттер по случаю "
                    "национального праздника страны — Национального дня Швейцарии. Швейцария "
                    "ежегодно 1 августа отмечает Национальный день в ознаменование образования "
                    "Швейцарской Конфедерации в 1291 году."
                ),
                (
                    "В своем послании глава туркменского государства отметил, что отношения между "
                    "Туркменистаном и Швейцарией строятся на принципах взаимного уважения и "
                    "доверия, и выразил уверенность в том, что двустороннее сотрудничество в "
                    "политико-дипломатической, торгово-экономической и гуманитарной сферах будет "
                    "и впредь успешно развиваться. Президент также особо отметил плодотворное "
                    "взаимодействие двух стран в рамках Организации Объединенных Наций и других "
                    "международных организаций."
                ),
                (
                    "В этот праздничный день Президент Сердар Бердымухамедов пожелал Президенту "
                    "Швейцарской Конфедерации крепкого здоровья и успехов в государственной "
                    "деятельности, а дружественному народу Швейцарии — мира и благополучия. В "
                    "послании также выражена уверенность в том, что Международный год мира и "
                    "доверия придаст новый импульс туркмено-швейцарскому диалогу."
                ),
            ],
        },
        "tk": {
            "title": (
                "Türkmenistanyň Prezidenti Şweýsariýa Konfederasiýasynyň Prezidentini gutlady"
            ),
            "summary": (
                "Prezident Serdar Berdimuhamedow Şweýsariýa Konfederasiýasynyň Prezidenti Karin "
                "Keller-Sutteri ýurduň milli baýramy mynasybetli gutlady."
            ),
            "body": [
                (
                    "Türkmenistanyň Prezidenti Serdar Berdimuhamedow ýurduň milli baýramy — "
                    "Şweýsariýanyň Milli güni mynasybetli Şweýsariýa Konfederasiýasynyň "
                    "Prezidenti Karin Keller-Suttere gutlag hatyny iberdi. Şweýsariýa her ýyl "
                    "1-nji awgustda 1291-nji ýylda Şweýsariýa Konfederasiýasynyň döredilmegine "
                    "bagyşlanan Milli güni belleýär."
                ),
                (
                    "Türkmen döwletiniň Baştutany Gutlag hatynda Türkmenistan bilen Şweýsariýanyň "
                    "arasyndaky gatnaşyklaryň özara hormat goýmak we ynanyşmak ýörelgelerine "
                    "esaslanýandygyny belläp, syýasy-diplomatik, söwda-ykdysady we ynsanperwer "
                    "ulgamlarda ikitaraplaýyn hyzmatdaşlygyň mundan beýläk-de üstünlikli "
                    "ösdüriljekdigine ynam bildirdi. Prezidentimiz şeýle hem iki ýurduň Birleşen "
                    "Milletler Guramasynyň we beýleki halkara guramalaryň çäklerinde netijeli "
                    "özara hereketini aýratyn nygtady."
                ),
                (
                    "Şu baýramçylyk mynasybetli Prezident Serdar Berdimuhamedow Şweýsariýa "
                    "Konfederasiýasynyň Prezidentine berk jan saglyk, döwlet işinde üstünlikleri, "
                    "dostlukly Şweýsariýa halkyna bolsa parahatçylyk we abadançylyk arzuw etdi. "
                    "Gutlag hatynda Parahatçylyk we ynanyşyk halkara ýylynyň türkmen-şweýsar "
                    "gepleşiklerine täze itergi berjekdigine hem ynam bildirildi."
                ),
            ],
        },
    },
    "Progress through partnership will form the basis of the Avaza Action Programme": {
        "ru": {
            "title": "Прогресс через партнерство станет основой Авазинской программы действий",
            "summary": (
                "Авазинская программа действий, которая станет главным итогом Третьей конференции "
                "ООН по развивающимся странам, не имеющим выхода к морю, будет опираться на "
                "принцип прогресса через партнерство."
            ),
            "body": [
                (
                    "Третья Конференция Организации Объединенных Наций по развивающимся странам, "
                    "не имеющим выхода к морю, которая пройдет с 5 по 8 августа 2025 года в "
                    "национальной туристической зоне «Аваза», состоится под девизом «Содействие "
                    "прогрессу через партнерство». Ожидается, что в работе форума примут участие "
                    "главы государств и правительств, министры, руководители международных "
                    "организаций, представители частного сектора и гражданского общества."
                ),
                (
                    "Центральным итогом Конференции станет Авазинская программа действий на "
                    "десятилетие 2024–2034 годов, одобренная Генеральной Ассамблеей ООН в декабре "
                    "2024 года. Документ определяет приоритеты в области структурной "
                    "трансформации экономики, упрощения процедур торговли и региональной "
                    "интеграции, развития транзитных транспортных коридоров, а также адаптации к "
                    "изменению климата."
                ),
                (
                    "Как страна — хозяйка форума, Туркменистан придает большое значение его "
                    "успешной организации. Туркменская сторона рассматривает Конференцию как "
                    "важную площадку для формирования практических партнерств, которые помогут "
                    "развивающимся странам, не имеющим выхода к морю, преодолеть географические "
                    "ограничения и достичь Целей устойчивого развития."
                ),
            ],
        },
        "tk": {
            "title": "Hyzmatdaşlyk arkaly ösüş Awaza hereketler maksatnamasynyň esasyny düzer",
            "summary": (
                "Deňze çykalgasy bolmadyk ösüp barýan ýurtlar boýunça BMG-niň üçünji maslahatynyň "
                "esasy netijesi boljak Awaza hereketler maksatnamasy hyzmatdaşlyk arkaly ösüş "
                "ýörelgesine daýanar."
            ),
            "body": [
                (
                    "«Awaza» milli syýahatçylyk zolagynda 2025-nji ýylyň 5 — 8-nji awgusty "
                    "aralygynda boljak Deňze çykalgasy bolmadyk ösüp barýan ýurtlar boýunça "
                    "Birleşen Milletler Guramasynyň üçünji maslahaty «Hyzmatdaşlyk arkaly ösüşe "
                    "ýardam bermek» şygary astynda geçiriler. Foruma döwlet we hökümet "
                    "Baştutanlarynyň, ministrleriň, halkara guramalaryň ýolbaşçylarynyň, hususy "
                    "pudagyň we raýat jemgyýetiniň wekilleriniň gatnaşmagyna garaşylýar."
                ),
                (
                    "Maslahatyň esasy netijesi BMG-niň Baş Assambleýasy tarapyndan 2024-nji ýylyň "
                    "dekabrynda makullanan 2024 — 2034-nji ýyllar onýyllygy üçin Awaza hereketler "
                    "maksatnamasy bolar. Resminamada ykdysadyýetleri düzümleýin özgertmek, "
                    "söwdany ýeňilleşdirmek we sebitleýin integrasiýa, üstaşyr ulag geçelgelerini "
                    "ösdürmek, şeýle hem howanyň üýtgemegine uýgunlaşmak ugurlarynda ileri "
                    "tutulýan wezipeler kesgitlenýär."
                ),
                (
                    "Foruma kabul ediji ýurt hökmünde Türkmenistan onuň üstünlikli guralmagyna "
                    "uly ähmiýet berýär. Türkmen tarapy Maslahaty deňze çykalgasy bolmadyk ösüp "
                    "barýan ýurtlara geografik çäklendirmeleri ýeňip geçmäge we Durnukly ösüş "
                    "maksatlaryna ýetmäge ýardam etjek amaly hyzmatdaşlygy kemala getirmek üçin "
                    "möhüm meýdança hökmünde görýär."
                ),
            ],
        },
    },
    "Working Trip of the President to Balkan Velayat": {
        "ru": {
            "title": "Рабочая поездка Президента в Балканский велаят",
            "summary": (
                "Президент Сердар Бердымухамедов ознакомился в Балканском велаяте с ходом "
                "подготовки к Третьей конференции ООН по развивающимся странам, не имеющим выхода "
                "к морю."
            ),
            "body": [
                (
                    "30 июля 2025 года Президент Туркменистана Сердар Бердымухамедов совершил "
                    "рабочую поездку в Балканский велаят, чтобы ознакомиться с ходом подготовки к "
                    "Третьей Конференции Организации Объединенных Наций по развивающимся странам, "
                    "не имеющим выхода к морю, в национальной туристической зоне «Аваза». Форум "
                    "соберет делегации многих государств и международных организаций."
                ),
                (
                    "Глава государства осмотрел конференц-комплекс и объекты инфраструктуры, "
                    "предназначенные для приема зарубежных делегаций, и заслушал доклады "
                    "руководителей профильных министерств и ведомств. Президент дал конкретные "
                    "поручения по обеспечению высокого уровня организации форума и своевременному "
                    "завершению всех оставшихся работ."
                ),
                (
                    "В ходе поездки глава государства также провел рабочее совещание по вопросам "
                    "социально-экономического развития велаята, уделив особое внимание "
                    "дальнейшему развитию туристической зоны «Аваза» и совершенствованию "
                    "транспортно-логистической инфраструктуры на побережье Каспия. В завершение "
                    "поездки глава государства пожелал участникам совещания успехов в выполнении "
                    "поставленных задач."
                ),
            ],
        },
        "tk": {
            "title": "Prezidentiň Balkan welaýatyna iş sapary",
            "summary": (
                "Prezident Serdar Berdimuhamedow Balkan welaýatynda Deňze çykalgasy bolmadyk ösüp "
                "barýan ýurtlar boýunça BMG-niň üçünji maslahatyna taýýarlyk işleriniň barşy "
                "bilen tanyşdy."
            ),
            "body": [
                (
                    "2025-nji ýylyň 30-njy iýulynda Türkmenistanyň Prezidenti Serdar "
                    "Berdimuhamedow «Awaza» milli syýahatçylyk zolagynda Deňze çykalgasy bolmadyk "
                    "ösüp barýan ýurtlar boýunça Birleşen Milletler Guramasynyň üçünji "
                    "maslahatyna taýýarlyk işleriniň barşy bilen tanyşmak üçin Balkan welaýatyna "
                    "iş sapary bilen bardy. Foruma köp sanly döwletleriň we halkara guramalaryň "
                    "wekiliýetleri gatnaşar."
                ),
                (
                    "Döwlet Baştutanymyz maslahatlar toplumyny we daşary ýurt wekiliýetlerini "
                    "kabul etmek üçin niýetlenen düzüm desgalaryny synlap, degişli "
                    "ministrlikleriň we pudak edaralarynyň ýolbaşçylarynyň hasabatlaryny diňledi. "
                    "Prezidentimiz forumyň ýokary derejede guralmagyny we galan ähli işleriň öz "
                    "wagtynda tamamlanmagyny üpjün etmek boýunça anyk tabşyryklary berdi."
                ),
                (
                    "Iş saparynyň dowamynda döwlet Baştutanymyz welaýatyň durmuş-ykdysady ösüşine "
                    "bagyşlanan iş maslahatyny hem geçirip, «Awaza» syýahatçylyk zolagyny mundan "
                    "beýläk-de ösdürmäge we Hazar kenarýakasynda ulag-logistika düzümini "
                    "kämilleşdirmäge aýratyn üns berdi. Saparyň ahyrynda döwlet Baştutanymyz iş "
                    "maslahatyna gatnaşyjylara öňde goýlan wezipeleri ýerine ýetirmekde üstünlik "
                    "arzuw etdi."
                ),
            ],
        },
    },
    "The roads leading to happiness": {
        "ru": {
            "title": "Дороги, ведущие к счастью",
            "summary": (
                "Во всех велаятах Туркменистана ведется масштабное строительство современных "
                "автомобильных дорог, открывающих новые возможности для экономики и людей."
            ),
            "body": [
                (
                    "Во всех велаятах Туркменистана в рамках государственных программ "
                    "социально-экономического развития ведутся масштабное строительство и "
                    "реконструкция автомобильных дорог. Современные магистрали, мосты и "
                    "путепроводы связывают столицу с административными центрами велаятов, "
                    "городами и селами, делая поездки граждан более быстрыми, безопасными и "
                    "комфортными."
                ),
                (
                    "Особое место среди этих проектов занимает скоростная автомагистраль Ашхабад "
                    "— Туркменабат, которая сооружается поэтапно и станет важным звеном "
                    "международных транспортных коридоров, проходящих через страну. Новые дороги "
                    "прокладываются также в городе Аркадаг и в сельской местности, охваченной "
                    "Национальной программой по преобразованию социально-бытовых условий на селе."
                ),
                (
                    "Транспортная инфраструктура имеет огромное значение для национальной "
                    "экономики, транзитного потенциала страны и благосостояния народа. Каждая "
                    "новая дорога открывает новые возможности для предпринимательства, туризма и "
                    "укрепления связей между людьми, становясь в полном смысле слова дорогой, "
                    "ведущей к счастью."
                ),
            ],
        },
        "tk": {
            "title": "Bagta eltýän ýollar",
            "summary": (
                "Türkmenistanyň ähli welaýatlarynda ykdysadyýet we adamlar üçin täze "
                "mümkinçilikleri açýan häzirki zaman awtomobil ýollary gurulýar."
            ),
            "body": [
                (
                    "Türkmenistanyň ähli welaýatlarynda durmuş-ykdysady ösüşiň döwlet "
                    "maksatnamalarynyň çäklerinde awtomobil ýollaryny gurmak we durkuny täzelemek "
                    "boýunça giň gerimli işler alnyp barylýar. Häzirki zaman awtoýollary, "
                    "köprüler we ýerüsti geçelgeler paýtagtymyzy welaýat merkezleri, şäherler we "
                    "obalar bilen birleşdirip, raýatlaryň gatnawyny has çalt, howpsuz we amatly "
                    "edýär."
                ),
                (
                    "Bu taslamalaryň arasynda tapgyrlaýyn gurulýan Aşgabat — Türkmenabat ýokary "
                    "tizlikli awtomobil ýoly aýratyn orny eýeleýär, ol ýurdumyzyň üstünden geçýän "
                    "halkara ulag geçelgeleriniň möhüm halkasyna öwrüler. Täze ýollar Arkadag "
                    "şäherinde hem-de obalaryň durmuş-ýaşaýyş şertlerini özgertmek boýunça Milli "
                    "maksatnama bilen gurşalan oba ýerlerinde hem çekilýär."
                ),
                (
                    "Ulag düzümi milli ykdysadyýet, ýurdumyzyň üstaşyr mümkinçilikleri we "
                    "halkymyzyň abadançylygy üçin uly ähmiýete eýedir. Her bir täze ýol "
                    "telekeçilik, syýahatçylyk we adamlaryň arasyndaky gatnaşyklary berkitmek "
                    "üçin täze mümkinçilikleri açyp, hakyky manyda bagta eltýän ýola öwrülýär."
                ),
            ],
        },
    },
    "Cultural diplomacy is a symbol of friendship and cooperation": {
        "ru": {
            "title": "Культурная дипломатия — символ дружбы и сотрудничества",
            "summary": (
                "Культурная дипломатия, занимающая важное место во внешней политике "
                "Туркменистана, служит укреплению взаимопонимания и дружбы между народами."
            ),
            "body": [
                (
                    "Культурная дипломатия занимает важное место во внешней политике "
                    "Туркменистана, служа укреплению взаимопонимания и дружбы между народами. Дни "
                    "культуры, выставки, концерты и недели кино, проводимые в Туркменистане и за "
                    "рубежом, знакомят зарубежную аудиторию с богатым наследием туркменского "
                    "народа."
                ),
                (
                    "В 2025 году, объявленном Генеральной Ассамблеей ООН по инициативе "
                    "Туркменистана Международным годом мира и доверия, такие мероприятия "
                    "приобрели особое значение. Туркменские мастера искусств регулярно участвуют "
                    "в международных фестивалях, а национальное искусство ковроделия, традиции "
                    "ахалтекинского коневодства и искусство бахши широко известны далеко за "
                    "пределами страны."
                ),
                (
                    "Министерство иностранных дел Туркменистана совместно с дипломатическими "
                    "представительствами страны за рубежом продолжает сотрудничество с ЮНЕСКО и "
                    "другими международными организациями в деле сохранения и популяризации "
                    "культурного наследия. Такие гуманитарные связи закладывают прочную основу "
                    "для долгосрочного партнерства между государствами."
                ),
            ],
        },
        "tk": {
            "title": "Medeni diplomatiýa — dostlugyň we hyzmatdaşlygyň nyşany",
            "summary": (
                "Türkmenistanyň daşary syýasatynda möhüm orun eýeleýän medeni diplomatiýa "
                "halklaryň arasynda özara düşünişmegi we dostlugy berkitmäge hyzmat edýär."
            ),
            "body": [
                (
                    "Medeni diplomatiýa halklaryň arasynda özara düşünişmegi we dostlugy "
                    "berkitmäge hyzmat edip, Türkmenistanyň daşary syýasatynda möhüm orun "
                    "eýeleýär. Ýurdumyzda we daşary ýurtlarda geçirilýän medeniýet günleri, "
                    "sergiler, konsertler we kino hepdelikleri daşary ýurtly tomaşaçylary türkmen "
                    "halkynyň baý mirasy bilen tanyşdyrýar."
                ),
                (
                    "Türkmenistanyň başlangyjy bilen BMG-niň Baş Assambleýasy tarapyndan "
                    "Parahatçylyk we ynanyşyk halkara ýyly diýlip yglan edilen 2025-nji ýylda "
                    "şeýle çäreler aýratyn ähmiýete eýe boldy. Türkmen sungat ussatlary halkara "
                    "festiwallara yzygiderli gatnaşýarlar, milli halyçylyk sungaty, ahalteke "
                    "atçylyk däpleri we bagşyçylyk sungaty bolsa ýurdumyzyň çäklerinden has "
                    "daşarda giňden tanalýar."
                ),
                (
                    "Türkmenistanyň Daşary işler ministrligi ýurdumyzyň daşary ýurtlardaky "
                    "diplomatik wekilhanalary bilen bilelikde medeni mirasy gorap saklamak we "
                    "wagyz etmek ugrunda ÝUNESKO we beýleki halkara guramalar bilen hyzmatdaşlygy "
                    "dowam etdirýär. Şeýle ynsanperwer gatnaşyklar döwletleriň arasynda uzak "
                    "möhletleýin hyzmatdaşlyk üçin berk binýat döredýär."
                ),
            ],
        },
    },
    (
        "The total amount of transactions at the SCRMET auctions amounted to over 96 million 517 "
        "thousand US dollars"
    ): {
        "ru": {
            "title": (
                "Общая сумма сделок на торгах ГТСБТ составила свыше 96 миллионов 517 тысяч "
                "долларов США"
            ),
            "summary": (
                "За прошедшую неделю на Государственной товарно-сырьевой бирже Туркменистана "
                "зарегистрированы сделки на сумму свыше 96 миллионов 517 тысяч долларов США."
            ),
            "body": [
                (
                    "В ходе торгов, проведенных на прошедшей неделе на Государственной "
                    "товарно-сырьевой бирже Туркменистана (ГТСБТ), были зарегистрированы сделки "
                    "на общую сумму свыше 96 миллионов 517 тысяч долларов США. Биржевые торги "
                    "проводятся на принципах прозрачности и открытой конкуренции."
                ),
                (
                    "Предприниматели из Объединенных Арабских Эмиратов, Турции, Афганистана, "
                    "Российской Федерации и ряда других стран приобрели нефтепродукты, в том "
                    "числе гидроочищенное дизельное топливо и полипропилен, а также хлопковую "
                    "пряжу и текстильную продукцию. Кроме того, были заключены сделки в "
                    "национальной валюте на реализацию товаров на внутреннем рынке."
                ),
                (
                    "Растущий объем биржевых торгов отражает устойчивый спрос на туркменскую "
                    "продукцию на внешних рынках и последовательную государственную политику, "
                    "направленную на диверсификацию экспорта и расширение внешнеэкономических "
                    "связей. Хлопковая пряжа и нефтепродукты остаются одними из наиболее "
                    "востребованных позиций туркменского экспорта."
                ),
            ],
        },
        "tk": {
            "title": (
                "DHÇMB-niň bäsleşikli söwdalarynda geleşikleriň umumy möçberi 96 million 517 müň "
                "amerikan dollaryndan gowrak boldy"
            ),
            "summary": (
                "Geçen hepdede Türkmenistanyň Döwlet haryt-çig mal biržasynda umumy bahasy 96 "
                "million 517 müň amerikan dollaryndan gowrak bolan geleşikler hasaba alyndy."
            ),
            "body": [
                (
                    "Geçen hepdäniň dowamynda Türkmenistanyň Döwlet haryt-çig mal biržasynda "
                    "(DHÇMB) geçirilen bäsleşikli söwdalarda umumy bahasy 96 million 517 müň "
                    "amerikan dollaryndan gowrak bolan geleşikler hasaba alyndy. Birža söwdalary "
                    "aç-açanlyk we açyk bäsleşik ýörelgeleri esasynda geçirilýär."
                ),
                (
                    "Birleşen Arap Emirliklerinden, Türkiýeden, Owganystandan, Russiýa "
                    "Federasiýasyndan we beýleki birnäçe ýurtlardan gelen telekeçiler nebit "
                    "önümlerini, şol sanda gidrotämizlenen dizel ýangyjyny we polipropileni, "
                    "şeýle hem pagta ýüplügini we dokma önümlerini satyn aldylar. Mundan "
                    "başga-da, içerki bazarda harytlary ýerlemek üçin milli pulda geleşikler "
                    "baglaşyldy."
                ),
                (
                    "Birža söwdasynyň möçberiniň artmagy türkmen önümlerine daşary ýurt "
                    "bazarlarynda durnukly islegiň bardygyny hem-de eksporty "
                    "diwersifikasiýalaşdyrmaga we daşary ykdysady gatnaşyklary giňeltmäge "
                    "gönükdirilen yzygiderli döwlet syýasatyny aýdyň görkezýär. Pagta ýüplügi we "
                    "nebit önümleri türkmen eksportynyň iň köp isleg bildirilýän harytlarynyň "
                    "hatarynda galýar."
                ),
            ],
        },
    },
    (
        "The National Leader of the Turkmen people, Chairman of the Halk Maslahaty of "
        "Turkmenistan, Hero-Arkadag, made a working visit to the city of Arkadag"
    ): {
        "ru": {
            "title": (
                "Национальный Лидер туркменского народа, Председатель Халк Маслахаты "
                "Туркменистана Герой-Аркадаг совершил рабочую поездку в город Аркадаг"
            ),
            "summary": (
                "Герой-Аркадаг Гурбангулы Бердымухамедов ознакомился с ходом строительства "
                "объектов второго этапа города Аркадаг."
            ),
            "body": [
                (
                    "26 июля 2025 года Национальный Лидер туркменского народа, Председатель Халк "
                    "Маслахаты Туркменистана Гурбангулы Бердымухамедов совершил рабочую поездку в "
                    "город Аркадаг, где ознакомился с ходом строительства объектов второго этапа "
                    "города. Город Аркадаг, торжественно открытый в июне 2023 года, стал первым в "
                    "Туркменистане «умным» городом."
                ),
                (
                    "Герой-Аркадаг посетил ряд возводимых социально-культурных объектов, осмотрел "
                    "благоустройство улиц и парков города и заслушал доклады руководителей "
                    "строительных компаний о качестве и темпах работ. Национальный Лидер "
                    "подчеркнул, что все объекты должны соответствовать высоким международным "
                    "стандартам и возводиться с применением современных энергосберегающих "
                    "технологий и технологий «умного города»."
                ),
                (
                    "В ходе поездки Герой-Аркадаг также побеседовал с жителями города и дал "
                    "рекомендации по дальнейшему улучшению условий жизни населения и созданию "
                    "новых рабочих мест. Герой-Аркадаг выразил уверенность в том, что город "
                    "станет еще более привлекательным местом для жизни, работы и учебы."
                ),
            ],
        },
        "tk": {
            "title": (
                "Türkmen halkynyň Milli Lideri, Türkmenistanyň Halk Maslahatynyň Başlygy Gahryman "
                "Arkadagymyz Arkadag şäherine iş sapary bilen bardy"
            ),
            "summary": (
                "Gahryman Arkadagymyz Gurbanguly Berdimuhamedow Arkadag şäheriniň ikinji "
                "tapgyrynyň desgalarynyň gurluşygynyň barşy bilen tanyşdy."
            ),
            "body": [
                (
                    "2025-nji ýylyň 26-njy iýulynda Türkmen halkynyň Milli Lideri, Türkmenistanyň "
                    "Halk Maslahatynyň Başlygy Gurbanguly Berdimuhamedow Arkadag şäherine iş "
                    "sapary bilen baryp, şäheriň ikinji tapgyrynyň desgalarynyň gurluşygynyň "
                    "barşy bilen tanyşdy. 2023-nji ýylyň iýun aýynda dabaraly ýagdaýda açylan "
                    "Arkadag şäheri Türkmenistanda ilkinji «akylly» şäher boldy."
                ),
                (
                    "Gahryman Arkadagymyz gurulýan birnäçe durmuş we medeni maksatly desgalara "
                    "baryp gördi, şäheriň köçeleriniň we seýilgähleriniň abadanlaşdyrylyşyny "
                    "synlady hem-de gurluşyk kompaniýalarynyň ýolbaşçylarynyň işleriň hili we "
                    "depgini barada hasabatlaryny diňledi. Milli Liderimiz ähli desgalaryň ýokary "
                    "halkara ölçeglere laýyk gelmelidigini we häzirki zaman energiýany "
                    "tygşytlaýjy hem-de «akylly şäher» tehnologiýalary ulanylyp gurulmalydygyny "
                    "nygtady."
                ),
                (
                    "Iş saparynyň dowamynda Gahryman Arkadagymyz şäheriň ýaşaýjylary bilen hem "
                    "söhbetdeş bolup, ilatyň ýaşaýyş şertlerini mundan beýläk-de gowulandyrmak we "
                    "täze iş orunlaryny döretmek boýunça maslahatlaryny berdi. Gahryman "
                    "Arkadagymyz şäheriň ýaşamak, işlemek we okamak üçin has-da özüne çekiji ýere "
                    "öwrüljekdigine ynam bildirdi."
                ),
            ],
        },
    },
    "The meeting of the Cabinet of Ministers of Turkmenistan": {
        "ru": {
            "title": "Заседание Кабинета Министров Туркменистана",
            "summary": (
                "Президент Сердар Бердымухамедов провел очередное заседание Кабинета Министров, "
                "на котором были рассмотрены вопросы государственной жизни."
            ),
            "body": [
                (
                    "25 июля 2025 года Президент Туркменистана Сердар Бердымухамедов провел "
                    "очередное заседание Кабинета Министров, на котором был рассмотрен ряд "
                    "вопросов государственной жизни и обсуждены проекты документов. В повестку "
                    "дня были включены итоги работы отраслей национальной экономики и ход "
                    "выполнения государственных программ."
                ),
                (
                    "Заместители Председателя Кабинета Министров доложили о ходе подготовки к "
                    "Третьей Конференции Организации Объединенных Наций по развивающимся странам, "
                    "не имеющим выхода к морю, о положении дел в агропромышленном комплексе, в "
                    "том числе об уходе за хлопчатником, а также о подготовке к празднованию 34-й "
                    "годовщины независимости Туркменистана. Глава государства поручил держать эти "
                    "вопросы на постоянном контроле."
                ),
                (
                    "Заместитель Председателя Кабинета Министров, министр иностранных дел Рашид "
                    "Мередов доложил о внешнеполитической деятельности страны, в том числе о "
                    "графике предстоящих международных мероприятий. Подводя итоги заседания, "
                    "глава государства дал членам Правительства ряд конкретных поручений."
                ),
            ],
        },
        "tk": {
            "title": "Türkmenistanyň Ministrler Kabinetiniň mejlisi",
            "summary": (
                "Prezident Serdar Berdimuhamedow Ministrler Kabinetiniň nobatdaky mejlisini "
                "geçirdi, onda döwlet durmuşynyň meselelerine garaldy."
            ),
            "body": [
                (
                    "2025-nji ýylyň 25-nji iýulynda Türkmenistanyň Prezidenti Serdar "
                    "Berdimuhamedow Ministrler Kabinetiniň nobatdaky mejlisini geçirdi, onda "
                    "döwlet durmuşynyň birnäçe meselelerine garaldy we resminamalaryň taslamalary "
                    "ara alnyp maslahatlaşyldy. Mejlisiň gün tertibine milli ykdysadyýetiň "
                    "pudaklarynyň işiniň netijeleri we döwlet maksatnamalarynyň ýerine ýetirilişi "
                    "girizildi."
                ),
                (
                    "Ministrler Kabinetiniň Başlygynyň orunbasarlary Deňze çykalgasy bolmadyk "
                    "ösüp barýan ýurtlar boýunça Birleşen Milletler Guramasynyň üçünji "
                    "maslahatyna taýýarlyk işleriniň barşy, agrosenagat toplumyndaky, şol sanda "
                    "gowaça ekinlerine ideg etmek boýunça işleriň ýagdaýy hem-de Türkmenistanyň "
                    "Garaşsyzlygynyň 34 ýyllygyny bellemäge taýýarlyk barada hasabat berdiler. "
                    "Döwlet Baştutanymyz bu meseleleriň hemişe gözegçilikde saklanylmagyny "
                    "tabşyrdy."
                ),
                (
                    "Ministrler Kabinetiniň Başlygynyň orunbasary, daşary işler ministri Raşid "
                    "Meredow ýurdumyzyň daşary syýasat ugrundaky işleri, şol sanda öňde boljak "
                    "halkara çäreleriň meýilnamasy barada hasabat berdi. Mejlisi jemläp, döwlet "
                    "Baştutanymyz Hökümetiň agzalaryna birnäçe anyk tabşyryklary berdi."
                ),
            ],
        },
    },
    (
        "The President of Turkmenistan received the Ambassador Extraordinary and Plenipotentiary "
        "of the People’s Republic of China"
    ): {
        "ru": {
            "title": (
                "Президент Туркменистана принял Чрезвычайного и Полномочного Посла Китайской "
                "Народной Республики"
            ),
            "summary": (
                "Президент Сердар Бердымухамедов принял Посла Китайской Народной Республики и "
                "обсудил с ним перспективы туркмено-китайского всеобъемлющего стратегического "
                "партнерства."
            ),
            "body": [
                (
                    "25 июля 2025 года Президент Туркменистана Сердар Бердымухамедов принял "
                    "Чрезвычайного и Полномочного Посла Китайской Народной Республики в "
                    "Туркменистане. Дипломат передал главе туркменского государства теплые "
                    "приветствия и наилучшие пожелания от Председателя Китайской Народной "
                    "Республики Си Цзиньпина."
                ),
                (
                    "В ходе встречи стороны с удовлетворением отметили динамичное развитие "
                    "туркмено-китайского всеобъемлющего стратегического партнерства, основанного "
                    "на принципах равноправия, взаимного уважения и доверия. Особое внимание было "
                    "уделено сотрудничеству в энергетической сфере, в том числе поставкам "
                    "туркменского природного газа в Китай, а также перспективам взаимодействия в "
                    "области транспорта, связи, высоких технологий и в гуманитарной сфере."
                ),
                (
                    "Президент Туркменистана попросил Посла передать Председателю Си Цзиньпину "
                    "искренние приветствия и выразил уверенность в том, что двусторонние "
                    "отношения будут и впредь развиваться на благо народов двух стран. В "
                    "завершение встречи стороны выразили готовность активизировать контакты на "
                    "всех уровнях."
                ),
            ],
        },
        "tk": {
            "title": (
                "Türkmenistanyň Prezidenti Hytaý Halk Respublikasynyň Adatdan daşary we doly "
                "ygtyýarly ilçisini kabul etdi"
            ),
            "summary": (
                "Prezident Serdar Berdimuhamedow Hytaý Halk Respublikasynyň ilçisini kabul edip, "
                "türkmen-hytaý hemmetaraplaýyn strategik hyzmatdaşlygynyň geljegini ara alyp "
                "maslahatlaşdy."
            ),
            "body": [
                (
                    "2025-nji ýylyň 25-nji iýulynda Türkmenistanyň Prezidenti Serdar "
                    "Berdimuhamedow Hytaý Halk Respublikasynyň Türkmenistandaky Adatdan daşary we "
                    "doly ygtyýarly ilçisini kabul etdi. Diplomat türkmen döwletiniň Baştutanyna "
                    "Hytaý Halk Respublikasynyň Başlygy Si Szinpiniň mähirli salamyny we iň gowy "
                    "arzuwlaryny ýetirdi."
                ),
                (
                    "Duşuşygyň dowamynda taraplar deňhukuklylyk, özara hormat goýmak we ynanyşmak "
                    "ýörelgelerine esaslanýan türkmen-hytaý hemmetaraplaýyn strategik "
                    "hyzmatdaşlygynyň işjeň ösýändigini kanagatlanma bilen bellediler. Energetika "
                    "ulgamyndaky hyzmatdaşlyga, şol sanda türkmen tebigy gazynyň Hytaýa "
                    "iberilmegine, şeýle hem ulag, aragatnaşyk, ýokary tehnologiýalar we "
                    "ynsanperwer ulgamlarda özara gatnaşyklaryň geljegine aýratyn üns berildi."
                ),
                (
                    "Türkmenistanyň Prezidenti ilçiden Başlyk Si Szinpine tüýs ýürekden salamyny "
                    "ýetirmegini haýyş edip, ikitaraplaýyn gatnaşyklaryň iki ýurduň halklarynyň "
                    "bähbidine mundan beýläk-de ösdüriljekdigine ynam bildirdi. Duşuşygyň "
                    "ahyrynda taraplar ähli derejelerdäki gatnaşyklary işjeňleşdirmäge "
                    "taýýardyklaryny beýan etdiler."
                ),
            ],
        },
    },
    (
        "The President of Turkmenistan signed a decree on pardon on the occasion of the "
        "International Year of Peace and Trust"
    ): {
        "ru": {
            "title": (
                "Президент Туркменистана подписал указ о помиловании по случаю Международного "
                "года мира и доверия"
            ),
            "summary": (
                "Президент Сердар Бердымухамедов по случаю Международного года мира и доверия "
                "помиловал группу осужденных, искренне раскаявшихся в содеянном."
            ),
            "body": [
                (
                    "По случаю Международного года мира и доверия, объявленного Генеральной "
                    "Ассамблеей ООН по инициативе Туркменистана, Президент Сердар Бердымухамедов "
                    "подписал указ о помиловании группы осужденных, искренне раскаявшихся в "
                    "содеянном. Документ подписан исходя из принципов гуманизма и милосердия."
                ),
                (
                    "В соответствии с указом помилованные граждане освобождаются от дальнейшего "
                    "отбывания наказания. Генеральной прокуратуре, Министерству внутренних дел и "
                    "другим компетентным органам поручено обеспечить его исполнение."
                ),
                (
                    "Традиция помилования по случаю знаменательных дат отражает гуманистическую "
                    "политику туркменского государства. Освобожденным гражданам пожелали "
                    "вернуться к достойной жизни в обществе и внести свой вклад в процветание "
                    "родной страны."
                ),
            ],
        },
        "tk": {
            "title": (
                "Türkmenistanyň Prezidenti Parahatçylyk we ynanyşyk halkara ýyly mynasybetli günä "
                "geçmek hakynda Permana gol çekdi"
            ),
            "summary": (
                "Prezident Serdar Berdimuhamedow Parahatçylyk we ynanyşyk halkara ýyly "
                "mynasybetli eden etmişlerine çyn ýürekden toba eden bir topar iş kesilen adamyň "
                "günäsini geçdi."
            ),
            "body": [
                (
                    "Türkmenistanyň başlangyjy bilen BMG-niň Baş Assambleýasy tarapyndan yglan "
                    "edilen Parahatçylyk we ynanyşyk halkara ýyly mynasybetli Prezident Serdar "
                    "Berdimuhamedow eden etmişlerine çyn ýürekden toba eden bir topar iş kesilen "
                    "adamyň günäsini geçmek hakynda Permana gol çekdi. Resminama ynsanperwerlik "
                    "we rehimdarlyk ýörelgelerine eýerilip gol çekildi."
                ),
                (
                    "Permana laýyklykda günäsi geçilen raýatlar jezasynyň galan möhletini "
                    "çekmekden boşadylýar. Türkmenistanyň Baş prokuraturasyna, Içeri işler "
                    "ministrligine we beýleki ygtyýarly edaralara Permanyň ýerine ýetirilmegini "
                    "üpjün etmek tabşyryldy."
                ),
                (
                    "Şanly seneler mynasybetli günä geçmek däbi türkmen döwletiniň ynsanperwer "
                    "syýasatyny beýan edýär. Azatlyga çykan raýatlara jemgyýetde mynasyp durmuşa "
                    "gaýdyp gelmek we ene topragymyzyň gülläp ösmegine goşant goşmak arzuw edildi."
                ),
            ],
        },
    },
}

SECTION_TITLES = {
    "politics": {
        "de": "Politik",
        "ko": "정치",
    },
    "economy": {
        "de": "Wirtschaft",
        "ko": "경제",
    },
    "culture": {
        "en": "Culture",
        "ru": "Культура",
        "tk": "Medeniýet",
        "de": "Kultur",
        "ko": "문화",
        "fa": "فرهنگ",
    },
    "society": {
        "de": "Gesellschaft",
        "ko": "사회",
    },
    "news": {
        "en": "Embassy news",
        "ru": "Новости посольства",
        "tk": "Ilçihananyň habarlary",
        "de": "Nachrichten der Botschaft",
        "ko": "대사관 소식",
        "fa": "اخبار سفارت",
    },
    "consular": {
        "en": "Consular notices",
        "ru": "Консульские объявления",
        "tk": "Konsullyk habarnamalary",
        "de": "Konsularische Mitteilungen",
        "ko": "영사 공지",
        "fa": "اطلاعیه‌های کنسولی",
    },
}

EMBASSY_TITLES = {
    "berlin": {
        "en": "Embassy of Turkmenistan in the Federal Republic of Germany",
        "ru": "Посольство Туркменистана в Федеративной Республике Германия",
        "tk": "Türkmenistanyň Germaniýa Federatiw Respublikasyndaky ilçihanasy",
        "de": "Botschaft von Turkmenistan in der Bundesrepublik Deutschland",
    },
    "seoul": {
        "en": "Embassy of Turkmenistan in the Republic of Korea",
        "ru": "Посольство Туркменистана в Республике Корея",
        "tk": "Türkmenistanyň Koreýa Respublikasyndaky ilçihanasy",
        "ko": "주대한민국 투르크메니스탄 대사관",
    },
    "tehran": {
        "en": "Embassy of Turkmenistan in Tehran",
        "ru": "Посольство Туркменистана в Тегеране",
        "tk": "Türkmenistanyň Tährandaky ilçihanasy",
        "fa": "سفارت ترکمنستان در تهران",
    },
}

EMBASSY_NEWS = {
    "berlin": [
        {
            "date": "2024-01-24 11:00",
            "section": "news",
            "en": {
                "title": "Consultations held at the Federal Foreign Office of Germany",
                "body": [
                    (
                        "The Ambassador of Turkmenistan to the Federal Republic of Germany held a "
                        "meeting at the Federal Foreign Office with the Commissioner for Eastern "
                        "Europe, the Caucasus and Central Asia. The sides discussed the current "
                        "state and prospects of Turkmen–German relations, as well as the schedule "
                        "of bilateral contacts for 2024."
                    ),
                    (
                        "Particular attention was paid to cooperation within the Central Asia – "
                        "Germany format, to the development of trade and economic ties and to "
                        "interaction in the fields of energy, education and culture. The German "
                        "side expressed interest in continuing regular political consultations "
                        "between the foreign ministries of the two countries."
                    ),
                ],
            },
            "de": {
                "title": "Konsultationen im Auswärtigen Amt der Bundesrepublik Deutschland",
                "body": [
                    (
                        "Der Botschafter Turkmenistans in der Bundesrepublik Deutschland traf im "
                        "Auswärtigen Amt mit dem Beauftragten für Osteuropa, den Kaukasus und "
                        "Zentralasien zusammen. Die Gesprächspartner erörterten den aktuellen "
                        "Stand und die Perspektiven der turkmenisch-deutschen Beziehungen sowie "
                        "den Zeitplan der bilateralen Kontakte für das Jahr 2024."
                    ),
                    (
                        "Besondere Aufmerksamkeit galt der Zusammenarbeit im Format „Zentralasien "
                        "– Deutschland“, dem Ausbau der Handels- und Wirtschaftsbeziehungen sowie "
                        "der Kooperation in den Bereichen Energie, Bildung und Kultur. Die "
                        "deutsche Seite bekundete ihr Interesse an der Fortsetzung regelmäßiger "
                        "politischer Konsultationen zwischen den Außenministerien beider Länder."
                    ),
                ],
            },
        },
        {
            "date": "2024-05-06 10:00",
            "section": "consular",
            "en": {
                "title": "On the procedure for submitting applications for consular services",
                "body": [
                    (
                        "The Consular Section of the Embassy of Turkmenistan in the Federal "
                        "Republic of Germany informs that applications for passports and "
                        "certificates of return, as well as for the legalization of documents, "
                        "are accepted by prior appointment only. Appointments can be made on "
                        "working days by telephone or by e-mail."
                    ),
                    (
                        "Applicants are requested to bring the original documents and their "
                        "copies, as well as completed application forms, to their appointment. "
                        "Detailed information on the required documents and consular fees is "
                        "available from the Consular Section."
                    ),
                ],
            },
            "de": {
                "title": "Zum Verfahren der Antragstellung für konsularische Dienstleistungen",
                "body": [
                    (
                        "Die Konsularabteilung der Botschaft von Turkmenistan in der "
                        "Bundesrepublik Deutschland weist darauf hin, dass Anträge auf "
                        "Ausstellung von Reisepässen und Rückkehrbescheinigungen sowie auf "
                        "Legalisierung von Dokumenten ausschließlich nach vorheriger "
                        "Terminvereinbarung entgegengenommen werden. Termine können an Werktagen "
                        "telefonisch oder per E-Mail vereinbart werden."
                    ),
                    (
                        "Antragsteller werden gebeten, zum Termin die Originaldokumente und deren "
                        "Kopien sowie die ausgefüllten Antragsformulare mitzubringen. "
                        "Ausführliche Informationen zu den erforderlichen Unterlagen und den "
                        "Konsulargebühren sind bei der Konsularabteilung erhältlich."
                    ),
                ],
            },
        },
        {
            "date": "2024-06-12 15:00",
            "section": "news",
            "en": {
                "title": "Turkmen–German business forum held in Berlin",
                "body": [
                    (
                        "A Turkmen–German business forum, organized with the support of the "
                        "Embassy of Turkmenistan and the German Eastern Business Association "
                        "(OAOEV), took place in Berlin. Representatives of Turkmen ministries and "
                        "agencies, as well as more than sixty German companies, took part in the "
                        "event."
                    ),
                    (
                        "The participants were presented with the investment potential of "
                        "Turkmenistan and with promising projects in energy, the chemical "
                        "industry, transport and logistics, agriculture and healthcare. Bilateral "
                        "meetings between Turkmen and German business representatives were held "
                        "on the sidelines of the forum."
                    ),
                ],
            },
            "de": {
                "title": "Turkmenisch-deutsches Wirtschaftsforum in Berlin",
                "body": [
                    (
                        "In Berlin fand ein turkmenisch-deutsches Wirtschaftsforum statt, das mit "
                        "Unterstützung der Botschaft von Turkmenistan und des Ost-Ausschusses – "
                        "Osteuropavereins der Deutschen Wirtschaft (OAOEV) ausgerichtet wurde. An "
                        "der Veranstaltung nahmen Vertreter turkmenischer Ministerien und "
                        "Behörden sowie mehr als sechzig deutsche Unternehmen teil."
                    ),
                    (
                        "Den Teilnehmern wurden das Investitionspotenzial Turkmenistans sowie "
                        "vielversprechende Projekte in den Bereichen Energie, chemische "
                        "Industrie, Verkehr und Logistik, Landwirtschaft und Gesundheitswesen "
                        "vorgestellt. Am Rande des Forums fanden bilaterale Gespräche zwischen "
                        "turkmenischen und deutschen Unternehmensvertretern statt."
                    ),
                ],
            },
        },
        {
            "date": "2024-10-17 18:00",
            "section": "news",
            "en": {
                "title": (
                    "Literary evening dedicated to the 300th anniversary of Magtymguly Pyragy"
                ),
                "body": [
                    (
                        "On the occasion of the 300th anniversary of the birth of the great "
                        "Turkmen poet and thinker Magtymguly Pyragy, the Embassy of Turkmenistan "
                        "held a literary and musical evening in Berlin. The event was attended by "
                        "German orientalists and translators, members of the diplomatic corps and "
                        "Turkmen students studying in Germany."
                    ),
                    (
                        "The poet’s verses were recited in Turkmen and German, and the guests "
                        "were introduced to new translations of his works and to an exhibition of "
                        "books and national applied art. The speakers emphasized that the "
                        "humanistic ideas of Magtymguly Pyragy about peace, unity and justice "
                        "remain relevant today."
                    ),
                ],
            },
            "de": {
                "title": "Literarischer Abend zum 300. Geburtstag von Magtymguly Pyragy",
                "body": [
                    (
                        "Anlässlich des 300. Geburtstages des großen turkmenischen Dichters und "
                        "Denkers Magtymguly Pyragy veranstaltete die Botschaft von Turkmenistan "
                        "in Berlin einen literarisch-musikalischen Abend. Daran nahmen deutsche "
                        "Orientalisten und Übersetzer, Mitglieder des diplomatischen Korps sowie "
                        "in Deutschland studierende Turkmenen teil."
                    ),
                    (
                        "Die Verse des Dichters wurden auf Turkmenisch und Deutsch vorgetragen; "
                        "die Gäste lernten zudem neue Übersetzungen seiner Werke kennen und "
                        "besichtigten eine Ausstellung von Büchern und Erzeugnissen des "
                        "nationalen Kunsthandwerks. Die Redner betonten, dass die humanistischen "
                        "Gedanken Magtymguly Pyragys über Frieden, Einheit und Gerechtigkeit bis "
                        "heute aktuell sind."
                    ),
                ],
            },
        },
        {
            "date": "2024-12-12 12:00",
            "section": "news",
            "en": {
                "title": "Reception on the occasion of the International Day of Neutrality",
                "body": [
                    (
                        "On 12 December, the Embassy of Turkmenistan in the Federal Republic of "
                        "Germany held a reception on the occasion of the International Day of "
                        "Neutrality and the 29th anniversary of the permanent neutrality of "
                        "Turkmenistan. The reception was attended by representatives of the "
                        "Federal Foreign Office, members of the German Bundestag, heads of "
                        "diplomatic missions and representatives of the business community."
                    ),
                    (
                        "In his speech, the Ambassador spoke about the foreign policy of positive "
                        "neutrality pursued by Turkmenistan and about the country’s initiatives "
                        "at the United Nations, including the declaration of 2025 as the "
                        "International Year of Peace and Trust. The evening concluded with a "
                        "performance by Turkmen musicians."
                    ),
                ],
            },
            "de": {
                "title": "Empfang anlässlich des Internationalen Tages der Neutralität",
                "body": [
                    (
                        "Am 12. Dezember gab die Botschaft von Turkmenistan in der Bundesrepublik "
                        "Deutschland einen Empfang anlässlich des Internationalen Tages der "
                        "Neutralität und des 29. Jahrestages der immerwährenden Neutralität "
                        "Turkmenistans. An dem Empfang nahmen Vertreter des Auswärtigen Amtes, "
                        "Mitglieder des Deutschen Bundestages, Leiter diplomatischer Vertretungen "
                        "sowie Vertreter der Wirtschaft teil."
                    ),
                    (
                        "In seiner Rede ging der Botschafter auf die von Turkmenistan verfolgte "
                        "Außenpolitik der positiven Neutralität sowie auf die Initiativen des "
                        "Landes bei den Vereinten Nationen ein, darunter die Ausrufung des Jahres "
                        "2025 zum Internationalen Jahr des Friedens und des Vertrauens. Den "
                        "Abschluss des Abends bildete ein Auftritt turkmenischer Musiker."
                    ),
                ],
            },
        },
        {
            "date": "2025-02-19 11:00",
            "section": "news",
            "en": {
                "title": "Meeting with the German Academic Exchange Service (DAAD)",
                "body": [
                    (
                        "Embassy staff met with representatives of the German Academic Exchange "
                        "Service (DAAD) to discuss the development of cooperation in education "
                        "and science. The parties reviewed scholarship programmes for Turkmen "
                        "students and young researchers, as well as opportunities to expand "
                        "partnerships between universities of the two countries."
                    ),
                    (
                        "Particular attention was paid to the study of the German language in "
                        "Turkmenistan, summer schools and joint research projects in engineering, "
                        "energy and environmental sciences. The sides agreed to hold an "
                        "information day for students and graduates of Turkmen higher education "
                        "institutions interested in studying in Germany."
                    ),
                ],
            },
            "de": {
                "title": "Treffen mit dem Deutschen Akademischen Austauschdienst (DAAD)",
                "body": [
                    (
                        "Mitarbeiter der Botschaft trafen mit Vertretern des Deutschen "
                        "Akademischen Austauschdienstes (DAAD) zusammen, um den Ausbau der "
                        "Zusammenarbeit in Bildung und Wissenschaft zu erörtern. Die "
                        "Gesprächspartner befassten sich mit Stipendienprogrammen für "
                        "turkmenische Studierende und junge Wissenschaftler sowie mit "
                        "Möglichkeiten, die Partnerschaften zwischen den Hochschulen beider "
                        "Länder auszuweiten."
                    ),
                    (
                        "Besonderes Augenmerk galt dem Erlernen der deutschen Sprache in "
                        "Turkmenistan, Sommerschulen sowie gemeinsamen Forschungsprojekten in den "
                        "Ingenieur-, Energie- und Umweltwissenschaften. Beide Seiten "
                        "vereinbarten, einen Informationstag für Studierende und Absolventen "
                        "turkmenischer Hochschulen durchzuführen, die sich für ein Studium in "
                        "Deutschland interessieren."
                    ),
                ],
            },
        },
        {
            "date": "2025-05-26 10:00",
            "section": "consular",
            "en": {
                "title": "Consular registration of citizens of Turkmenistan staying in Germany",
                "body": [
                    (
                        "The Embassy of Turkmenistan reminds citizens of Turkmenistan who are "
                        "studying, working or otherwise staying in the Federal Republic of "
                        "Germany for a long period of the need to register with the Consular "
                        "Section. Consular registration allows the Embassy to provide timely "
                        "assistance to citizens in emergencies and to inform them of important "
                        "changes in legislation."
                    ),
                    (
                        "To register, citizens should present a valid passport of a citizen of "
                        "Turkmenistan, a document confirming the grounds for their stay in "
                        "Germany and a completed registration card. Registration is free of "
                        "charge; citizens leaving Germany permanently are requested to notify the "
                        "Consular Section."
                    ),
                ],
            },
            "de": {
                "title": (
                    "Konsularische Registrierung von Staatsangehörigen Turkmenistans in Deutschland"
                ),
                "body": [
                    (
                        "Die Botschaft von Turkmenistan erinnert Staatsangehörige Turkmenistans, "
                        "die sich zum Studium, zur Arbeit oder aus anderen Gründen längerfristig "
                        "in der Bundesrepublik Deutschland aufhalten, an die Notwendigkeit, sich "
                        "bei der Konsularabteilung registrieren zu lassen. Die konsularische "
                        "Registrierung ermöglicht es der Botschaft, Staatsangehörigen in "
                        "Notfällen rechtzeitig Hilfe zu leisten und sie über wichtige "
                        "Gesetzesänderungen zu informieren."
                    ),
                    (
                        "Für die Registrierung sind ein gültiger Reisepass eines "
                        "Staatsangehörigen Turkmenistans, ein Nachweis über den Aufenthaltsgrund "
                        "in Deutschland sowie eine ausgefüllte Registrierungskarte vorzulegen. "
                        "Die Registrierung ist gebührenfrei; bei endgültiger Ausreise aus "
                        "Deutschland wird um Benachrichtigung der Konsularabteilung gebeten."
                    ),
                ],
            },
        },
        {
            "date": "2025-07-09 12:00",
            "section": "news",
            "en": {
                "title": (
                    "Round table on the Third UN Conference on Landlocked Developing Countries"
                ),
                "body": [
                    (
                        "The Embassy of Turkmenistan held a round table in Berlin dedicated to "
                        "the Third United Nations Conference on Landlocked Developing Countries, "
                        "which will take place in Avaza in August 2025. Representatives of the "
                        "Federal Foreign Office, the Federal Ministry for Economic Cooperation "
                        "and Development, research institutes and the expert community took part "
                        "in the discussion."
                    ),
                    (
                        "The participants discussed the priorities of the Avaza Action Programme, "
                        "including the development of transit transport corridors, trade "
                        "facilitation and digital connectivity. The Ambassador noted that the "
                        "Conference, held in the International Year of Peace and Trust, will "
                        "become an important platform for strengthening partnership between "
                        "landlocked developing countries and their development partners."
                    ),
                ],
            },
            "de": {
                "title": "Runder Tisch zur Dritten UN-Konferenz über Binnenentwicklungsländer",
                "body": [
                    (
                        "Die Botschaft von Turkmenistan veranstaltete in Berlin einen Runden "
                        "Tisch zur Dritten Konferenz der Vereinten Nationen über "
                        "Binnenentwicklungsländer, die im August 2025 in Awaza stattfinden wird. "
                        "An der Diskussion nahmen Vertreter des Auswärtigen Amtes, des "
                        "Bundesministeriums für wirtschaftliche Zusammenarbeit und Entwicklung, "
                        "von Forschungsinstituten sowie Fachleute teil."
                    ),
                    (
                        "Die Teilnehmer erörterten die Prioritäten des Aktionsprogramms von "
                        "Awaza, darunter den Ausbau von Transitverkehrskorridoren, die "
                        "Erleichterung des Handels und die digitale Vernetzung. Der Botschafter "
                        "hob hervor, dass die Konferenz, die im Internationalen Jahr des Friedens "
                        "und des Vertrauens stattfindet, eine wichtige Plattform für die Stärkung "
                        "der Partnerschaft zwischen den Binnenentwicklungsländern und ihren "
                        "Entwicklungspartnern sein wird."
                    ),
                ],
            },
        },
    ],
    "seoul": [
        {
            "date": "2024-02-07 11:00",
            "section": "news",
            "en": {
                "title": "Meeting at the Ministry of Foreign Affairs of the Republic of Korea",
                "body": [
                    (
                        "The Ambassador of Turkmenistan to the Republic of Korea met with the "
                        "Director-General for European Affairs of the Ministry of Foreign Affairs "
                        "of the Republic of Korea. The sides discussed the state of "
                        "Turkmen–Korean relations and the schedule of high-level contacts for "
                        "2024."
                    ),
                    (
                        "Particular attention was paid to cooperation in the energy, chemical and "
                        "construction sectors and to the implementation of joint projects within "
                        "the Korea–Central Asia Cooperation Forum. The sides reaffirmed their "
                        "mutual interest in further deepening political dialogue and expanding "
                        "humanitarian ties."
                    ),
                ],
            },
            "ko": {
                "title": "대한민국 외교부 면담",
                "body": [
                    (
                        "주대한민국 투르크메니스탄 대사는 대한민국 외교부 유럽국장과 면담하였다. "
                        "양측은 투르크메니스탄과 대한민국 간 관계 현황과 2024년 고위급 교류 "
                        "일정에 대해 논의하였다."
                    ),
                    (
                        "면담에서는 특히 에너지, 화학, 건설 분야 협력과 한-중앙아 협력 포럼 틀 내 "
                        "공동 사업 이행 문제가 중점적으로 다루어졌다. 양측은 정치적 대화를 더욱 "
                        "심화하고 인적·문화 교류를 확대하는 데 대한 상호 관심을 재확인하였다."
                    ),
                ],
            },
        },
        {
            "date": "2024-04-15 10:00",
            "section": "consular",
            "en": {
                "title": (
                    "Visa procedures for citizens of the Republic of Korea travelling to "
                    "Turkmenistan"
                ),
                "body": [
                    (
                        "The Consular Section of the Embassy of Turkmenistan informs that "
                        "citizens of the Republic of Korea travelling to Turkmenistan for "
                        "business, tourism or private purposes are issued visas on the basis of a "
                        "letter of invitation approved by the State Migration Service of "
                        "Turkmenistan. The invitation is arranged by the inviting party in "
                        "Turkmenistan."
                    ),
                    (
                        "To obtain a visa, applicants should submit a passport valid for at least "
                        "six months, a completed visa application form, a photograph and a copy "
                        "of the letter of invitation. Visas can also be obtained at Ashgabat "
                        "International Airport upon presentation of an approved invitation."
                    ),
                ],
            },
            "ko": {
                "title": "투르크메니스탄을 방문하는 대한민국 국민의 비자 발급 절차 안내",
                "body": [
                    (
                        "주대한민국 투르크메니스탄 대사관 영사과는 사업, 관광 또는 개인적 "
                        "목적으로 투르크메니스탄을 방문하는 대한민국 국민에게 투르크메니스탄 "
                        "국가이민청이 승인한 초청장을 근거로 비자가 발급됨을 알려드립니다. "
                        "초청장은 투르크메니스탄 현지의 초청 측이 신청합니다."
                    ),
                    (
                        "비자를 발급받으려면 유효기간이 6개월 이상 남은 여권, 작성한 비자 신청서, "
                        "사진 1매 및 초청장 사본을 제출해야 합니다. 승인된 초청장을 제시하면 "
                        "아시가바트 국제공항에서도 비자를 발급받을 수 있습니다."
                    ),
                ],
            },
        },
        {
            "date": "2024-06-25 15:00",
            "section": "news",
            "en": {
                "title": "Meeting with representatives of Korean companies",
                "body": [
                    (
                        "Following the Turkmen–Korean high-level talks held in Ashgabat in June "
                        "2024, the Embassy of Turkmenistan hosted a meeting with representatives "
                        "of leading Korean companies and the Korea Trade-Investment Promotion "
                        "Agency (KOTRA). The participants discussed practical steps to implement "
                        "the agreements reached."
                    ),
                    (
                        "The Korean side expressed interest in taking part in projects in "
                        "Turkmenistan’s gas chemical industry, energy, infrastructure "
                        "construction and digital technologies. The Embassy presented information "
                        "on the investment climate of Turkmenistan and on forthcoming "
                        "international exhibitions and conferences in Ashgabat."
                    ),
                ],
            },
            "ko": {
                "title": "한국 기업 대표들과의 간담회 개최",
                "body": [
                    (
                        "2024년 6월 아시가바트에서 열린 투르크메니스탄-대한민국 고위급 회담의 "
                        "후속 조치로, 주대한민국 투르크메니스탄 대사관은 한국 주요 기업 및 "
                        "대한무역투자진흥공사(KOTRA) 관계자들과 간담회를 개최하였다. 참석자들은 "
                        "합의 사항 이행을 위한 실질적인 방안을 논의하였다."
                    ),
                    (
                        "한국 측은 투르크메니스탄의 가스화학, 에너지, 인프라 건설 및 디지털 기술 "
                        "분야 사업 참여에 관심을 표명하였다. 대사관은 투르크메니스탄의 투자 "
                        "환경과 아시가바트에서 개최될 국제 전시회 및 회의에 관한 정보를 "
                        "소개하였다."
                    ),
                ],
            },
        },
        {
            "date": "2024-09-26 17:00",
            "section": "news",
            "en": {
                "title": "Conference on the heritage of Magtymguly Pyragy held in Seoul",
                "body": [
                    (
                        "On the occasion of the 300th anniversary of the birth of Magtymguly "
                        "Pyragy, the Embassy of Turkmenistan, together with Hankuk University of "
                        "Foreign Studies, held an academic conference in Seoul on the poet’s "
                        "literary and philosophical heritage. Korean scholars of Central Asian "
                        "studies, students and members of the diplomatic corps took part in the "
                        "conference."
                    ),
                    (
                        "The speakers noted that the poetry of Magtymguly Pyragy, imbued with the "
                        "ideas of humanism, peace and unity, has become part of the world’s "
                        "cultural heritage. An exhibition of books about Turkmenistan, Turkmen "
                        "national costumes and carpets was organized for the participants."
                    ),
                ],
            },
            "ko": {
                "title": "서울에서 마흐툼쿨리 프라기 유산 학술회의 개최",
                "body": [
                    (
                        "주대한민국 투르크메니스탄 대사관은 마흐툼쿨리 프라기 탄생 300주년을 맞아 "
                        "한국외국어대학교와 공동으로 서울에서 시인의 문학적·철학적 유산을 주제로 "
                        "한 학술회의를 개최하였다. 회의에는 한국의 중앙아시아 연구자와 학생, 주한 "
                        "외교단 관계자들이 참석하였다."
                    ),
                    (
                        "발표자들은 인본주의와 평화, 화합의 사상이 담긴 마흐툼쿨리 프라기의 시가 "
                        "세계 문화유산의 일부가 되었다고 강조하였다. 참석자들을 위해 "
                        "투르크메니스탄 관련 도서와 전통 의상, 카펫 전시회도 마련되었다."
                    ),
                ],
            },
        },
        {
            "date": "2024-11-20 14:00",
            "section": "news",
            "en": {
                "title": "Meeting with Turkmen students studying in the Republic of Korea",
                "body": [
                    (
                        "The Embassy of Turkmenistan held a meeting with Turkmen students "
                        "studying at universities of the Republic of Korea, including holders of "
                        "Global Korea Scholarship awards. The students spoke about their studies, "
                        "their research and their participation in the academic life of their "
                        "universities."
                    ),
                    (
                        "Embassy staff briefed the students on the foreign policy of Turkmenistan "
                        "and on the main events in the country’s public life, and answered their "
                        "questions on consular matters. The meeting also discussed the "
                        "organization of joint events dedicated to the national holidays of "
                        "Turkmenistan."
                    ),
                ],
            },
            "ko": {
                "title": "한국에서 유학 중인 투르크메니스탄 학생들과의 간담회",
                "body": [
                    (
                        "주대한민국 투르크메니스탄 대사관은 한국정부초청장학생(GKS)을 포함하여 "
                        "대한민국 대학에서 수학 중인 투르크메니스탄 학생들과 간담회를 가졌다. "
                        "학생들은 학업과 연구 활동, 대학 내 학술 활동 참여 경험을 소개하였다."
                    ),
                    (
                        "대사관 직원들은 학생들에게 투르크메니스탄의 외교 정책과 국내 주요 사회 "
                        "동향을 설명하고 영사 업무 관련 질문에 답변하였다. 간담회에서는 "
                        "투르크메니스탄 국경일을 기념하는 공동 행사 개최 방안도 논의되었다."
                    ),
                ],
            },
        },
        {
            "date": "2025-01-22 10:00",
            "section": "consular",
            "en": {
                "title": "On the issuance of biometric passports to citizens of Turkmenistan",
                "body": [
                    (
                        "The Consular Section of the Embassy of Turkmenistan in the Republic of "
                        "Korea informs citizens of Turkmenistan that applications for the "
                        "issuance and replacement of biometric passports are accepted on working "
                        "days by prior appointment. Citizens are advised to apply for a new "
                        "passport no later than six months before their current passport expires."
                    ),
                    (
                        "Applicants must appear in person to submit their biometric data. The "
                        "list of required documents and the amount of the consular fee can be "
                        "obtained from the Consular Section by telephone or e-mail."
                    ),
                ],
            },
            "ko": {
                "title": "투르크메니스탄 국민 생체여권 발급 안내",
                "body": [
                    (
                        "주대한민국 투르크메니스탄 대사관 영사과는 투르크메니스탄 국민의 생체여권 "
                        "발급 및 재발급 신청을 평일에 사전 예약제로 접수함을 알려드립니다. 현재 "
                        "소지한 여권의 유효기간이 만료되기 최소 6개월 전까지 새 여권을 신청할 "
                        "것을 권장합니다."
                    ),
                    (
                        "신청인은 생체정보 등록을 위해 반드시 본인이 직접 방문해야 합니다. 구비 "
                        "서류 목록과 영사 수수료 금액은 전화 또는 이메일로 영사과에 문의하시기 "
                        "바랍니다."
                    ),
                ],
            },
        },
        {
            "date": "2025-05-25 16:00",
            "section": "news",
            "en": {
                "title": (
                    "Exhibition of Turkmen carpets opened in Seoul on the Day of Turkmen Carpet"
                ),
                "body": [
                    (
                        "On the occasion of the Day of Turkmen Carpet, celebrated annually on the "
                        "last Sunday of May, the Embassy of Turkmenistan opened an exhibition of "
                        "Turkmen carpets and applied art in Seoul. The exhibition features "
                        "hand-woven carpets, jewellery and embroidered items made by Turkmen "
                        "craftswomen."
                    ),
                    (
                        "Visitors learned about the history of Turkmen carpet weaving, a "
                        "traditional art inscribed on the UNESCO Representative List of the "
                        "Intangible Cultural Heritage of Humanity. The event, held in the "
                        "International Year of Peace and Trust, aroused great interest among the "
                        "Korean public."
                    ),
                ],
            },
            "ko": {
                "title": (
                    "‘투르크메니스탄 카펫의 날’ 맞아 서울에서 투르크메니스탄 카펫 전시회 개막"
                ),
                "body": [
                    (
                        "주대한민국 투르크메니스탄 대사관은 매년 5월 마지막 일요일에 기념하는 "
                        "‘투르크메니스탄 카펫의 날’을 맞아 서울에서 투르크메니스탄 카펫 및 공예품 "
                        "전시회를 개막하였다. 전시회에서는 투르크메니스탄 여성 장인들이 손으로 짠 "
                        "카펫과 장신구, 자수 공예품을 선보인다."
                    ),
                    (
                        "관람객들은 유네스코 인류무형문화유산 대표목록에 등재된 투르크메니스탄 "
                        "전통 카펫 제작 기술의 역사를 살펴보았다. ‘국제 평화와 신뢰의 해’에 열린 "
                        "이번 행사는 한국 관람객들의 큰 관심을 모았다."
                    ),
                ],
            },
        },
        {
            "date": "2025-07-14 11:00",
            "section": "news",
            "en": {
                "title": "Briefing on the Third UN Conference on Landlocked Developing Countries",
                "body": [
                    (
                        "The Embassy of Turkmenistan held a briefing in Seoul for representatives "
                        "of the Ministry of Foreign Affairs of the Republic of Korea, "
                        "international organizations and the media on preparations for the Third "
                        "United Nations Conference on Landlocked Developing Countries. The "
                        "Conference will take place in Avaza, Turkmenistan, from 5 to 8 August "
                        "2025."
                    ),
                    (
                        "The Ambassador presented the priorities of the Avaza Action Programme "
                        "and the side events planned during the Conference, including a business "
                        "forum and a youth forum. It was noted that the Republic of Korea, as a "
                        "development partner, can make a significant contribution to "
                        "strengthening transport connectivity and digital cooperation with "
                        "landlocked countries."
                    ),
                ],
            },
            "ko": {
                "title": "제3차 유엔 내륙개발도상국 회의 관련 설명회 개최",
                "body": [
                    (
                        "주대한민국 투르크메니스탄 대사관은 서울에서 대한민국 외교부, 국제기구 및 "
                        "언론 관계자들을 대상으로 제3차 유엔 내륙개발도상국 회의 준비 현황에 관한 "
                        "설명회를 개최하였다. 이번 회의는 2025년 8월 5일부터 8일까지 "
                        "투르크메니스탄 아와자에서 열린다."
                    ),
                    (
                        "대사는 아와자 행동계획의 중점 과제와 비즈니스 포럼, 청년 포럼 등 회의 "
                        "기간 중 개최될 부대행사를 소개하였다. 아울러 대한민국이 개발 파트너로서 "
                        "내륙국과의 교통 연계성 강화 및 디지털 협력에 크게 기여할 수 있다는 점이 "
                        "강조되었다."
                    ),
                ],
            },
        },
    ],
    "tehran": TEHRAN_NEWS,
}
