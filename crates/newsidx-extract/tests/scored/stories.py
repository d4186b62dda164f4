"""The invented stories of the scored set: every site, person, place detail and event here is
made up for it. Each story is told once and rendered in several shapes by build.py."""

STORIES = [
    dict(
        slug="harbour-cranes", lang="en", site="Tidewater Gazette", section="Business",
        title="Port of Halden orders six electric cranes to cut diesel use",
        authors=["Maren Alstad", "Theo Quillan"], place="HALDEN", agency="Reuters", date=(2026, 3, 4),
        body=[
            "The Port of Halden has ordered six electric ship-to-shore cranes from a consortium of two "
            "engineering firms, its board said on Wednesday, in a deal worth about 140 million euros.",
            "The cranes will replace diesel machines that have worked the container quay since the early "
            "nineties and that the port blames for a third of the soot measured in the harbour district.",
            "Board chair Ingrid Varhaug said the first two cranes would arrive next spring and the rest "
            "within eighteen months, once the quay's power line has been rebuilt.",
            "Dock workers' representatives welcomed the order but asked for training to begin before the "
            "machines are delivered, so that no shift is left short of certified operators.",
        ],
    ),
    dict(
        slug="library-night", lang="en", site="Northfold Courier", section="Local",
        title="Northfold library to stay open until midnight during exam season",
        authors=["Priya Castellane"], place="NORTHFOLD, Ore.", agency=None, date=(2026, 5, 11),
        body=[
            "The central library in Northfold will keep its reading rooms open until midnight for five "
            "weeks from Monday, the city council decided after students collected 2,300 signatures.",
            "Librarian Oskar Feldt said the extra hours would be covered by volunteers from the university "
            "and by two security guards paid from the council's youth budget.",
            "Students had complained that the only quiet places left after eight in the evening were cafes "
            "that expect customers to buy something every hour.",
            "The council will review the trial in July and decide whether to repeat it in the winter exam "
            "period, when heating costs are higher.",
        ],
    ),
    dict(
        slug="glacier-survey", lang="en", site="Polar Desk", section="Science",
        title="Survey finds Brekke glacier thinned by 40 metres in a decade",
        authors=["Jonah Whitcombe", "Alina Restrepo"], place="TROMSO, Norway", agency="AP", date=(2026, 8, 19),
        body=[
            "The Brekke glacier lost about 40 metres of thickness over the past ten years, according to a "
            "survey published on Tuesday by a team that flew radar over the ice every summer.",
            "Lead author Sunniva Dahl said the loss had sped up since 2022, when warm autumns began to melt "
            "the glacier's lower tongue well into October.",
            "The team measured the ice from a small plane carrying a radar that reads the depth to bedrock "
            "along lines spaced two hundred metres apart.",
            "Local farmers who draw irrigation water from the glacier's river said the summer flow had "
            "become less predictable, with floods in June and shortages in August.",
        ],
    ),
    dict(
        slug="tram-fares", lang="en", site="Eastbank Times", section="Transport",
        title="Tram fares in Caldmoor to rise by 15 cents from January",
        authors=["Felix Oduya"], place="CALDMOOR", agency=None, date=(2026, 11, 2),
        body=[
            "A single tram ticket in Caldmoor will cost 2.15 from January, the transport authority said on "
            "Monday, the first rise in four years.",
            "The authority said higher electricity prices and a new contract with its maintenance workers "
            "had added 9 million to its annual costs.",
            "Monthly passes will stay at their current price for students and pensioners, while the price "
            "for other riders will go up by three units.",
            "Passenger groups said the rise was smaller than they had feared but asked the authority to "
            "publish how much of the extra revenue would go into new trams.",
        ],
    ),
    dict(
        slug="kita-plaetze", lang="de", site="Mainufer Nachrichten", section="Region",
        title="Stadt Wendlingen schafft 300 neue Kita-Plätze",
        authors=["Katrin Ebersbach", "Lukas Pfeiffer"], place="Wendlingen", agency="dpa", date=(2026, 2, 17),
        body=[
            "Die Stadt Wendlingen will bis zum Herbst 300 neue Betreuungsplätze für Kinder unter sechs "
            "Jahren schaffen. Das beschloss der Gemeinderat am Dienstagabend mit großer Mehrheit.",
            "Für den Ausbau sollen zwei leerstehende Bürogebäude umgebaut und ein Neubau am Stadtpark "
            "errichtet werden. Die Kosten schätzt die Verwaltung auf rund elf Millionen Euro.",
            "Oberbürgermeisterin Sabine Kranich sagte, viele Eltern warteten derzeit mehr als ein Jahr auf "
            "einen Platz. Das sei für berufstätige Familien nicht länger hinnehmbar.",
            "Offen ist noch, woher die zusätzlichen Erzieherinnen und Erzieher kommen sollen. Die Stadt "
            "will deshalb die Ausbildungsvergütung an ihren eigenen Einrichtungen erhöhen.",
        ],
    ),
    dict(
        slug="faehre-sturm", lang="de", site="Nordkurier Online", section="Panorama",
        title="Sturm legt Fährverkehr zu den Inseln für zwei Tage lahm",
        authors=["Henrik Olbers"], place="Norddeich", agency=None, date=(2026, 10, 29),
        body=[
            "Wegen eines schweren Herbststurms sind am Mittwoch und Donnerstag alle Fähren zu den "
            "Ostfriesischen Inseln ausgefallen. Rund 4.000 Reisende mussten ihre Fahrt verschieben.",
            "Die Reederei teilte mit, der Wind habe in Böen Orkanstärke erreicht. Ein sicheres Anlegen "
            "in den Inselhäfen sei unter diesen Bedingungen nicht möglich gewesen.",
            "Auf den Inseln blieben Schulen geschlossen, weil Lehrkräfte vom Festland nicht übersetzen "
            "konnten. Die Versorgung mit Lebensmitteln sei aber gesichert, hieß es.",
            "Am Freitagmorgen sollen die ersten Schiffe wieder fahren. Die Reederei bat Reisende, sich vor "
            "der Abfahrt im Internet über den Fahrplan zu informieren.",
        ],
    ),
    dict(
        slug="velos-lyon", lang="fr", site="Le Courrier du Rhône", section="Société",
        title="La métropole de Valmont double son réseau de pistes cyclables",
        authors=["Camille Roussel", "Hugo Marchetti"], place="Valmont", agency="AFP", date=(2026, 4, 8),
        body=[
            "La métropole de Valmont va doubler la longueur de son réseau de pistes cyclables d'ici à 2030, "
            "a annoncé mercredi son président lors d'une conférence de presse.",
            "Le projet prévoit 180 kilomètres de nouvelles voies séparées de la circulation automobile, "
            "dont une grande boucle reliant les communes de la périphérie au centre.",
            "Selon les services de la métropole, le nombre de cyclistes a augmenté de moitié en trois ans, "
            "mais les accidents aux carrefours restent nombreux.",
            "Les associations d'usagers saluent l'annonce tout en demandant un calendrier précis, "
            "rue par rue, pour que les travaux ne restent pas des promesses.",
        ],
    ),
    dict(
        slug="boulangerie-prix", lang="fr", site="Ouest Matin", section="Économie",
        title="Le prix de la baguette grimpe de dix centimes à Kerlouan",
        authors=["Élodie Grasset"], place="Kerlouan", agency=None, date=(2026, 9, 23),
        body=[
            "Les boulangers de Kerlouan ont augmenté de dix centimes le prix de la baguette cette semaine, "
            "en invoquant la hausse du prix de la farine et de l'électricité.",
            "La baguette coûte désormais un euro vingt dans la plupart des boutiques de la commune, "
            "un niveau jamais atteint jusqu'ici dans le département.",
            "Le président du syndicat local de la boulangerie explique que les fours électriques "
            "représentent à eux seuls un quart des charges d'une petite entreprise.",
            "Plusieurs clients interrogés jeudi matin disent comprendre la hausse, mais craignent que "
            "d'autres produits du quotidien suivent le même chemin avant l'hiver.",
        ],
    ),
    dict(
        slug="sequia-embalses", lang="es", site="Diario del Sur", section="Sociedad",
        title="Los embalses de la cuenca del Turia caen al 28 por ciento",
        authors=["Lucía Montenegro", "Andrés Villalba"], place="Valencia", agency="EFE", date=(2026, 7, 14),
        body=[
            "Los embalses de la cuenca del Turia se encuentran al 28 por ciento de su capacidad, el nivel "
            "más bajo en quince años, según los datos publicados este martes por la confederación.",
            "Los regantes han pedido que se adelanten las restricciones previstas para septiembre y que se "
            "refuercen los controles sobre los pozos ilegales de la comarca.",
            "La consejera de Agricultura afirmó que el abastecimiento de las ciudades está garantizado "
            "hasta la primavera, aunque pidió a los vecinos que reduzcan el consumo.",
            "Los técnicos esperan que las lluvias de otoño mejoren la situación, pero advierten de que el "
            "suelo está tan seco que buena parte del agua no llegará a los embalses.",
        ],
    ),
    dict(
        slug="museo-gratis", lang="es", site="La Voz de Castrillo", section="Cultura",
        title="El museo de Castrillo abrirá gratis los domingos por la tarde",
        authors=["Tomás Echeverría"], place="Castrillo", agency=None, date=(2026, 1, 20),
        body=[
            "El museo municipal de Castrillo abrirá sus puertas de forma gratuita todos los domingos por la "
            "tarde a partir de febrero, anunció el ayuntamiento este martes.",
            "La medida busca atraer a familias y a jóvenes que hasta ahora apenas visitaban las salas, "
            "según explicó la concejala de Cultura en una rueda de prensa.",
            "El museo recibió el año pasado unos 60.000 visitantes, la mayoría turistas extranjeros que "
            "llegaban en grupos organizados durante el verano.",
            "Los guías del museo ofrecerán además visitas comentadas a las cinco de la tarde, con plazas "
            "limitadas que podrán reservarse por teléfono.",
        ],
    ),
    dict(
        slug="treni-notte", lang="it", site="Gazzetta del Lago", section="Cronaca",
        title="Tornano i treni notturni tra Varenna e la costa adriatica",
        authors=["Giulia Santoro", "Marco Benedetti"], place="VARENNA", agency="ANSA", date=(2026, 6, 5),
        body=[
            "Da luglio torneranno i treni notturni tra Varenna e la costa adriatica, sospesi da sei anni. "
            "Lo ha annunciato venerdì la società ferroviaria regionale.",
            "Il servizio prevede tre corse settimanali in estate e due in inverno, con carrozze letto "
            "rinnovate e un vagone per il trasporto delle biciclette.",
            "Secondo l'assessore ai trasporti, la domanda è cresciuta soprattutto tra i giovani e tra le "
            "famiglie che vogliono evitare l'auto durante le vacanze.",
            "I comitati dei pendolari hanno accolto la notizia con favore, ma chiedono che anche i treni "
            "regionali del mattino tornino puntuali prima dell'estate.",
        ],
    ),
    dict(
        slug="olio-raccolto", lang="it", site="Il Corriere delle Colline", section="Economia",
        title="Raccolto delle olive dimezzato nelle colline di Serralta",
        authors=["Francesca Loddo"], place="Serralta", agency=None, date=(2026, 11, 18),
        body=[
            "Il raccolto delle olive nelle colline di Serralta sarà quest'anno circa la metà di quello "
            "dell'anno scorso, secondo le stime della cooperativa dei produttori.",
            "La siccità di luglio e una grandinata a fine agosto hanno colpito gli uliveti proprio nel "
            "momento in cui i frutti stavano crescendo.",
            "Il presidente della cooperativa ha spiegato che il prezzo dell'olio al frantoio è già salito "
            "di un quinto rispetto al mese scorso.",
            "Alcuni produttori pensano di piantare varietà più resistenti al caldo, ma servono almeno "
            "cinque anni prima che i nuovi alberi diano frutto.",
        ],
    ),
    dict(
        slug="metro-linha", lang="pt", site="Jornal da Ribeira", section="Cidades",
        title="Nova linha de metro de Alvorada abre com dois meses de atraso",
        authors=["Beatriz Carvalho", "Rui Monteiro"], place="Alvorada", agency="Lusa", date=(2026, 9, 9),
        body=[
            "A nova linha de metro de Alvorada abriu esta quarta-feira ao público, com dois meses de "
            "atraso em relação ao calendário anunciado pela empresa.",
            "A linha tem sete estações e liga o centro da cidade ao hospital universitário em doze "
            "minutos, uma viagem que de autocarro demorava quase meia hora.",
            "O presidente da empresa explicou que o atraso se deveu a problemas no sistema de "
            "sinalização, que tiveram de ser corrigidos antes da abertura.",
            "Nos primeiros dias, os bilhetes serão gratuitos para quem apresentar o cartão de residente, "
            "numa tentativa de habituar os moradores ao novo transporte.",
        ],
    ),
    dict(
        slug="praia-bandeira", lang="pt", site="Diário do Litoral", section="Ambiente",
        title="Praia de Areias Brancas perde bandeira azul por poluição",
        authors=["Joana Teixeira"], place="Areias Brancas", agency=None, date=(2026, 6, 30),
        body=[
            "A praia de Areias Brancas perdeu a bandeira azul depois de análises à água terem detetado "
            "níveis de bactérias acima do permitido em três semanas seguidas.",
            "A câmara municipal atribui o problema a uma avaria na estação de tratamento de águas "
            "residuais, que deverá ficar reparada até ao fim do mês.",
            "Os comerciantes da zona temem uma quebra no número de turistas em pleno verão, quando "
            "fazem a maior parte da faturação do ano.",
            "A associação ambientalista local pede há anos a construção de uma segunda estação e diz que "
            "o episódio mostra que a atual não chega para a população de verão.",
        ],
    ),
    dict(
        slug="fietsbrug", lang="nl", site="Dagblad van het Oosten", section="Binnenland",
        title="Nieuwe fietsbrug over de IJssel is een jaar later klaar",
        authors=["Sanne de Wit", "Joris van Dam"], place="DEVENTER", agency="ANP", date=(2026, 3, 26),
        body=[
            "De nieuwe fietsbrug over de IJssel bij Deventer is pas volgend jaar klaar, een jaar later dan "
            "gepland. Dat heeft de provincie donderdag laten weten.",
            "Bij het slaan van de palen bleek de bodem op de oostelijke oever zachter dan uit eerder "
            "onderzoek naar voren was gekomen. Het ontwerp moet daarom worden aangepast.",
            "De extra kosten worden geschat op acht miljoen euro. De provincie en de gemeente zijn nog in "
            "gesprek over wie welk deel daarvan betaalt.",
            "Fietsers die dagelijks over de drukke verkeersbrug rijden, reageren teleurgesteld. Zij hopen "
            "dat er in de tussentijd een veiliger tijdelijke route komt.",
        ],
    ),
    dict(
        slug="skog-brand", lang="sv", site="Norrlandsposten", section="Inrikes",
        title="Skogsbrand vid Orsjön under kontroll efter tre dygn",
        authors=["Elin Lindqvist", "Oskar Berglund"], place="Orsa", agency="TT", date=(2026, 7, 28),
        body=[
            "Skogsbranden vid Orsjön är under kontroll efter tre dygns släckningsarbete, meddelade "
            "räddningstjänsten på tisdagen. Omkring 600 hektar skog har brunnit.",
            "Ett tjugotal brandmän och två helikoptrar har arbetat dygnet runt för att hindra elden från "
            "att nå bebyggelsen på sjöns norra sida.",
            "Inga människor har skadats, men ett fåtal sommarstugor evakuerades under söndagen när vinden "
            "vände. Ägarna fick återvända på måndagskvällen.",
            "Räddningstjänsten varnar för att marken fortfarande är mycket torr och uppmanar alla att "
            "avstå från att grilla i skogen tills det har regnat.",
        ],
    ),
]
