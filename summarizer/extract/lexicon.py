"""Word lists the extraction stages share, loaded once."""

from __future__ import annotations

import re


def words(text: str) -> frozenset[str]:
    return frozenset(text.split())


MONTHS = words(
    "January February March April May June July August September October November December "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec"
)
WEEKDAYS = words("Monday Tuesday Wednesday Thursday Friday Saturday Sunday")
# Capitalised words that start sentences or headings and are never names on their own.
NEVER_ALONE = words(
    "A An The This That These Those It Its He She They We I You His Her Their Our My Your "
    "There Here But And Or So Yet If When While Where After Before Since As At In On Of For To "
    "By With From Under Over About Also However Meanwhile Still Even Only Some Many Most More "
    "Other Others Officials Police Residents Critics Analysts Experts Scientists Workers "
    "Government Ministers Minister President Mr Mrs Ms Dr Prof Sir Dame Lord Lady Wire AI "
    "According Although Despite During Including Last Next New Now Once Then Today Tomorrow "
    "Yesterday Asked Speaking Under No Not Yes All Both Each Every Several Such What Who Why How "
    "Which Whose Nearly About Around Almost Nobody Someone Anyone CEO GDP TV PM AM EST GMT UTC "
    "EDT CDT CST MDT MST PDT PST LP LLP "  # time zones; "Moore Capital Management, LP"
    "One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Fifteen "
    "Hundred Hundreds Thousand Thousands Million Millions Billion Dozens First Second Third "
    "Below Above Inc Corp Ltd LLC Co Plc "  # "Below is a list", "Acme, Inc." cut at the comma
    "Following Among Without Within Through Throughout Across Against Regarding Concerning "
    "Beyond Besides Upon Toward Towards Amid Via Neither Either Nor Whether Unlike "
    "Read Click Learn Subscribe Visit View Watch "  # "Read Missouri's recovery plan"
    "Said Says Added "  # "Said Under Secretary for Health Dr. Kenneth W. Kizer, “...”"
    "Nation"  # a federal release's "the Nation's growing demand": the country, in its house style
) | {  # "Twenty", "Thirty-six Illinois workers have died": a number opening the sentence
    f"{tens}{unit}"
    for tens in words("Twenty Thirty Forty Fifty Sixty Seventy Eighty Ninety")
    for unit in {"", *(f"-{u}" for u in words("one two three four five six seven eight nine"))}
}
# Words that stand before a name or title but never begin one: "found Former Enron Corp. CEOs
# Kenneth L. Lay", "met with His Excellency Jakaya Kikwete".
BEFORE_NAMES = words(
    "Former Ex Late Then Outgoing Incoming His Her Defendant Defendants Co-defendant Co-defendants"
)
# Degrees after a name ("Jane E. Henney, M.D."), with their last dot dropped: no one's name.
# Written without stops too ("Maria Rosario Jackson, PhD"); not "MD", which is Maryland's code.
DEGREES = words(
    "M.D Ph.D M.P.H D.V.M R.N J.D D.D.S Ed.D Psy.D Pharm.D Dr.P.H M.B.A M.S.W Esq "
    "PhD MPH DrPH EdD PsyD PharmD"
)
# A place's quarter or part: "West Eugene" is not a person called Eugene.
COMPASS = words(
    "North South East West Northern Southern Eastern Western Central Upper Lower Greater Inner "
    "Outer"
)
# "Rear Adm. Michael D. Weahkee", "Maj. Gen. Todd Semonite": military ranks too.
ABBREVIATIONS = words(
    "Mr Mrs Ms Dr St Ste Ft Jr Sr Prof Gen Lt Col Sgt Rev Gov Sen Rep Capt Mt "
    "Adm Maj Brig Cmdr Cdr Cpl Pvt Spc Supt"
)
# The head word of a title, the role itself ("Minister" in "Deputy Prime Minister"). nameparser's
# wider list (titles.is_title) also has "National", "High", "Air" and "District", which would cut
# organisation names, so it only extends a title leftwards from one of these.
HEAD_TITLES = words(
    "President Minister Secretary Secretary-General Chancellor Governor Mayor Senator Judge "
    "Justice Director Commissioner Ambassador Professor Prof Dr Mr Mrs Ms Sir Dame Chief "
    "Officer Chair Chairman Chairwoman Chairperson Premier King Queen Pope Prince Princess "
    "Inspector Superintendent Captain Colonel General Rev Lord Lady Spokesperson Spokesman "
    "Spokeswoman CEO Leader Deputy Councillor Councilor Bishop Archbishop Cardinal Sheikh "
    "Coach Manager Editor Economist Analyst Head Administrator Agent Attorney Taoiseach "
    "Congressman Congresswoman Representative Rep Sen Gov Treasurer Speaker Sheriff Detective "
    "Lieutenant Sergeant Constable Executive Founder Emir Sultan President-elect Minister-elect Mp "
    "Maj Gen Lt Col Sgt Capt Cmdr Cdr Adm Brig Cpl Pvt Spc Ens Admiral Commander "  # military ranks
    "Vice-President Vice-Chairman Undersecretary Under-Secretary Envoy Counsel Prosecutor "
    "Excellency Majesty Highness Holiness Chargé Investigator Coordinator Supervisor Astronaut "
    "Honorable Hon Forester Conservationist Co-chair Co-chairman Co-chairwoman Solicitor "
    "Corporal Consul Brigadier Commodore Specialist Seaman Airman Ensign Marshal "
    "Librarian Archivist Comptroller Postmaster Provost Chaplain Curator "
    "Councilmember Councilman Councilwoman Assemblyman Assemblywoman Alderman Selectman Trooper "
    "Congressmen Congresswomen Delegate Laureate "  # "DC Delegate Eleanor Holmes Norton"
    # a scientist's field before the name: "USGS Research Geologist Jessica Thompson Jobe"
    "Geologist Hydrologist Seismologist Volcanologist Meteorologist Oceanographer Climatologist "
    "Geophysicist Epidemiologist Entomologist Astrophysicist Glaciologist Statistician "
    "d’Affaires D’Affaires d'Affaires D'Affaires"  # "Chargé d’Affaires"
)
# A word of a title and its field before a name: "U.S. Ambassador to China", "Housing and
# Urban Development Secretary".
TITLE_WORD = r"(?:[A-Z][\w.'’-]*\s+|(?:of|to|for|the|and)\s+)"
CONNECTORS = {
    "of",
    "es",  # "Dar es Salaam"
    "for",
    "de",
    "del",
    "della",
    "di",
    "da",
    "du",
    "des",
    "van",
    "von",
    "der",
    "den",
    "la",
    "le",
    "al",
    "bin",
    "nad",
    "and",
    "the",
    "los",  # "Cueva de los Casares"
    "las",
    "on",
    "in",
    "sans",  # "Médecins sans Frontières"
}
# What "the city" or "the state" calls a body only where its name holds the word ("City of
# Jacksonville", "State of Delaware"); else it is the place, which gives nothing.
PLACE_BODY_NOUNS = words("city state county town village tribe township borough")
# A country has one of each, so the word alone names it ("Congress passed", "the Senate voted").
LEGISLATURES = words("Congress Senate Parliament Assembly")
# What news calls a party by its members: "the Free Democrats", "the Greens", "the Nationals"
PARTY_PLURALS = words(
    "Democrats Republicans Conservatives Liberals Nationals Greens Socialists Tories"
)
# A public body's head word: what a Title Case headline's subject ends with when it is one
# ("U.S. Department of State Welcomes ...", "National Guard Battles ...").
AGENCY_WORDS = words(
    "Department Agency Administration Office Bureau Service Commission Corps Guard Conference "
    "Foundation Institute Institutes Endowment Archives Gallery Authority Council Survey"
)
ORG_WORDS = words(
    "Bank Ministry University College Council Commission Agency Party Court Union Association "
    "Institute Press Group Company Corporation Corp Corp. Co Co. Inc Inc. Ltd Ltd. LLC Fund "
    "Authority Gallery "
    "Department Office Police Army Navy Government Parliament Federation Organisation "
    "Organization Service Services Board Committee Centre Center Foundation Airlines Airways "
    "Railway Railways Network Trust Society Club Museum Hospital School Assembly Senate "
    "Congress Cabinet Alliance Coalition Forum Reserve Exchange Holdings Partners Partnership "
    "Capital Systems Technologies Labs Energy Motors Therapeutics Petroleum Shipping Logistics "
    "Logistik Lines Grid Telecom Media Movement Cooperative Co-operative Employers Events "
    "Inquiry Program Programme Mission Secretariat Tribunal Guard Force Forces Brigade Institution "
    "Bureau Directorate Observatory Laboratory Studio Studios Insurance Pharmaceuticals Water "
    "Authority Statistics Relief Initiative League Federation Consortium Mines Mining Oil Gas "
    "Research Advisory Consulting Analytics Associates Economics Securities Investments "
    "Ventures Equity Bancorp Facility Division Administration Front Bloc Corps Directorate Command "
    "Patrol Taskforce Academy Caucus Delegation Embassy Consulate Mission Unit Crescent Cross "
    "Survey Broadcasting Electric Industries Communications Steel Chemicals Nations Networks "
    "Team Squadron Battalion Regiment Investigations Investigation Fisheries "
    "Frontières Frontieres Tribe Tribes Rancheria Conservancy Endowment Troopers Enforcement "
    "Restaurant Restaurants Buffet Grill Cafe Café Bakery Diner Pizzeria Steakhouse Bistro Tavern "
    "Nation Legislature Band "
    "Construction Contracting Milling Trucking Enterprises Builders Contractors Realty "
    "Laboratories Solutions Advisors Cartel Library Libraries Chamber Wireless "
    "Tribune Times Herald Gazette Journal Magazine Chronicle Inquirer"  # newspapers' nameplates
)
PLACE_LAST = words(
    "Square Street Road Avenue Bridge Lake Sea Ocean Gulf Bay Island Islands Valley Region Parish "
    "Glacier Province County Airport Station Gate Park Stadium Hall Cathedral Palace Mountains "
    "Peninsula Coast Strait Canal Harbour Harbor Desert Plain Plains Basin Delta Forest Works "
    "Speedway Circuit Arena Raceway Racecourse Velodrome House "
    "Highway Hwy Rd Ave Blvd Boulevard Parkway Pkwy Freeway Expressway "
    "River Creek Falls Canyon Mountain Hills Cosmodrome Spaceport "
    "Dam Reservoir Levee Spillway Refuge Monument Memorial Battlefield Range Peak Shelf Trail "
    "Base Mine Site Plant Apartments Landfill Strip Dike Field Prairie Watershed Sound Estuary "
    "Lagoon Reef Marsh Cemetery Fairgrounds Airfield Aqueduct Promenade Pier Wharf Plaza "
    "Shipyard Lighthouse Refinery Depot Preserve Sanctuary Mall Keys Circle Brook Beach "
    "Reservation Lock Locks Floodgate Floodgates Waterway Drive Airstrip Campground Campgrounds Ln "
    "Shoals Shoal Atoll Lagoons Cove Inlet Isle Isles Archipelago"
)
# "Nariño Department", "Lorestan Province": an area when the words before it name a region.
AREA_TITLES = words(
    "Department Province Region District Governorate County State Prefecture Oblast Parish"
)
# Who a person is ("X, a lawyer,"), where nameparser's titles ("animator", "economist") lack it.
PERSON_NOUNS = words("analyst official student victim actor driver owner worker veteran candidate")
# The planets, where news names them as places ("a probe to Venus", "Earth's neighbour").
PLANETS = words("Mercury Venus Earth Mars Jupiter Saturn Uranus Neptune Moon")  # and our moon
# The country a federal body's name may open with: "U.S. Small Business Administration" is the
# SBA, and "United States Agency for International Development" the "U.S. Agency for ...".
NATIONAL_PREFIX = re.compile(r"^(?:U\.S\.|US|United States) (?=[A-Z])")
# News agencies are credits or sources, never names of the story (LABELING): "(AP)", "told the
# Associated Press".
WIRE_AGENCIES = words("AP AFP UPI Reuters Xinhua Kyodo") | {
    "Associated Press",
    "Agence France-Presse",
    "Agence France Presse",
    "United Press International",
    "Kyodo News",
    "Xinhua News Agency",
}
# A company's legal form after its name ("Red Rock Resorts, Inc.", "Station Holdco, LLC") and a
# person's generation ("James F. Ports, Jr."): part of the name, never a name alone.
LEGAL_FORMS = ("Inc", "Ltd", "Corp", "Co", "LLC")
GENERATIONS = ("Jr", "Sr")
LEGAL_SUFFIX = rf"(?:{'|'.join(LEGAL_FORMS)})"
LEGAL_ENDING = rf",? {LEGAL_SUFFIX}\.?$"  # "Red Rock Resorts, Inc." is "Red Rock Resorts"
# What a release's header calls it: "FOR IMMEDIATE RELEASE", "News Release", "Press Release".
RELEASE_LABEL = r"for immediate release|press release|news release"
# A short name in brackets after a name: "(INSPIRE)", "(MCC)", "(Ex-Im)"
BRACKETED_SHORT_NAME = r" \([A-Z][\w-]{1,10}\)"
# An acronym in brackets after the name it shortens: "Engineering Command (NAVFAC)".
BRACKETED_ACRONYM = r" \([A-Z]{2,8}\)"
PLACE_FIRST = words("River Lake Mount Gulf Bay Port Cape Lake Isle Strait Sea Gate")
# A place's first word as news shortens it ("St. Paul", "Ste. Genevieve", "Mt. Hood",
# "Ft. Worth") and as the gazetteers spell it out.
SHORT_PLACE_WORDS = {"St.": "Saint", "Ste.": "Sainte", "Mt.": "Mount", "Ft.": "Fort"}
SHORT_PLACE_WORD = r"(?:St|Ste|Mt|Ft)\."
VENUE_ORG = words(
    "Museum Centre Center Hospital Stadium Hall Palace Works Speedway Circuit Arena Raceway "
    "Racecourse Velodrome Cosmodrome Spaceport House Base Mine Site Plant Apartments Landfill "
    "School Club Embassy Terminal Headquarters Cemetery Church Courthouse Library Prison Jail Zoo "
    "Theater Theatre Auditorium Temple Mosque Synagogue Basilica Monastery Factory Warehouse"
)
# A body's people: "Peace Corps Volunteers", "National Guard Soldiers", "U.S. Airmen".
MEMBERS = words(
    "Volunteer Volunteers Soldier Soldiers Citizen-Soldiers Airman Airmen Guardsmen Guardsman "
    "Guardmembers Sailors Marines Members Staff Employees Officials Officers"
)
PLACE_BEFORE = words("in at near outside around across throughout")
SPEECH = (
    r"(?:said|says|told|added|argued|warned|noted|wrote|explained|predicted|cautioned|suggested|"
    r"believes|believed|estimated|stated)"
)
# What one side of a game did to the other: "Ireland beat England", "Maffra defeated Drouin".
SIDE_VERBS = r"(?:beat|beats|defeated|thrashed|drew)"
# The last word of a named thing: a law, an event, a period. Never an actor or a place.
THING_WORDS = words(
    "Treaty Act Law Bill Constitution Grants Assistance Plan Strategy Championships Championship "
    "Games Cup Olympics Paralympics Prix Compact Agreement Agreements Accord Declaration Election "
    "Elections Referendum Year Day Week War Crisis Scandal Summit Festival Marathon Tournament "
    "Series Trophy Award Awards Prize Medal Rally Tour Open Derby Classic Index Doctrine Protocol "
    "Fire Meeting Meetings Conference Order Rule Rules Regulations "
    "Fires Wildfire Project Projects Parade Report Guidelines Month Tariff Centers Manual Handbook "
    "Releases"  # a site's menu: "Home Dallas Press Releases 2010"
    " Virus"  # "West Nile Virus"
    " Contract Contracts"  # "Portsmouth Decontamination and Decommissioning Contract"
    " Collider Telescope Reactor Satellite Spacecraft"  # "Relativistic Heavy Ion Collider"
    " Superfund"  # "the Westlake Landfill Superfund site": the programme, not a body
    " Memorandum"  # "the Memorandum of Understanding on the Fulbright Exchange Program"
    " Form Scheme"  # "CFTC Form 204", a headline's "Precious Metals Scheme"
    " Time"  # "5 p.m. Eastern Time": a clock's zone, no place
)
# The first word of a named thing: storms, operations ("Hurricane Sally", "Super Typhoon Rai").
THING_FIRST = words(
    "Hurricane Hurricanes Typhoon Typhoons Cyclone Cyclones Tropical Super Storm Operation "
    "Anniversary "
    "HMS HMT HMAS HMCS USS USNS MV MS RMS SS"  # ships: "HMT Bedfordshire", "USS Cole"
    " Cutter Motor"  # "Coast Guard Cutter Thetis", "Motor Vessel Tamar"
)
# "City of Emeryville", "State of Alabama", "Government of Malawi": a body, not a place.
ORG_PREFIXES = re.compile(
    r"^(?:City|County|State|Government|Department|Ministry|Office|Bureau|Board|Council|"
    r"Commonwealth|Town|Village|Municipality|Province|District|Court|Bank) of\b"
)
# What a firm is called in the story's own words, before or after its name: "the flooring
# company Spectra", ", a manufacturer of", "A Florida contractor has agreed".
FIRM_NOUN = (
    r"(?:company|manufacturer|maker|firm|producer|supplier|retailer|business|corporation|bank|"
    r"charity|nonprofit|non-profit|developer|contractor|distributor|dealer|subsidiary|carrier|"
    r"airline|insurer|lender)"
)
# The verbs a release's headline has its subject do, capitalised: "NASA Joins Effort to Sniff
# Out Ozone", "United States Recovers over $8 Million".
HEADLINE_VERBS = words(
    "Opens Donates Provides Joins Launches Announces Delivers Selects Releases Issues Unveils "
    "Expands Honors Recognizes Celebrates Seeks Receives Signs Agrees Reaches Recovers Applies "
    "Awards Commits Pledges Gives Offers Contributes Extends Imposes Showcases Aids"
)
# A federal court's district: "the Northern District of California".
COURT_DISTRICT = r"(?:Northern|Southern|Eastern|Western|Middle|Central) Districts?"
# Head words that, standing alone ("the Department said"), refer back to a body named in full.
GENERIC_HEADS = words(
    "Department Agency Division Office Program Programme Forum Assembly Commission Committee "
    "Court Council Government Ministry Board Bureau Authority Administration Service Company "
    "Corporation Fund Foundation Institute University Bank Union Alliance Party Initiative "
    "Representatives Senate Secretariat Street Road Avenue Region Group Association Organization "
    "Organisation Society Network Church Club Trust Centre Center Hospital School College Museum "
    "Embassy Laboratory Lab"
)

# An initial standing for a name: "J." of "J. Dorrance Smith", the "D." of "Ph. D.".
INITIAL = re.compile(r"[A-Z]\.")
# A list item opens with a bullet, or a dash typed for one before a figure: its capitals are
# names, not a headline's ("• University of Arkansas at Pine Bluff, Pine Bluff, Ark., $50,000",
# "- $9 million under the Local Law Enforcement Crime Gun Intelligence Center Integration
# Initiative"); not "- President George W. Bush" under a quotation.
BULLETS = "•·▪◦*"
LIST_ITEM = re.compile(rf"[{BULLETS}]\s|[–-]\s(?=[^\n]*\d)")
# A web address, whole: "http://www.rurdev.usda.gov/RDSuccessStories.html", "Grants.gov",
# "dot.gov/affairs"; not "Amazon.com said", a company. It names no one, and above the story it
# marks a site's masthead, never a title.
WEB_ADDRESS = re.compile(
    r"(?i)(?:https?://|www\.)\S+|\b[\w.-]+\.(?:gov|mil|html?)\b/?\S*|\b[\w.-]+\.(?:com|org)/\S*"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # an e-mail address: "CPDispatch@usdoj.gov"
)


# Laws and the grants and programmes they fund are named whole, "and" included.
LAWS = words(
    "Act Law Bill Treaty Agreement Agreements Accord Declaration Protocol Constitution Grant "
    "Grants Program Programs Programme Initiative Rule Rules Regulations"
)

# The last word of a body's or a place's name ("National Park Service", "Grand Canyon National
# Park"): a run that ends in one names no person.
BODY_OR_PLACE_ENDS = ORG_WORDS | PLACE_LAST


# The words of a penalty, imposed rather than undertaken ("forfeit" as in "paid in lieu of
# forfeiting the residence" too).
PENALTY_WORD = r"penalt(?:y|ies)|fines?|forfeit\w*"
# How a sum is hedged: "approximately $4 million", "more than $127 million", "up to $5 million".
HEDGE = r"(?:(?:approximately|about|nearly|almost|more than|over|some|up to|at least) )?"
# A headline's sum ahead, after any words that hedge it: "Nearly $53 Million", "an Additional
# $5 Million", "US$10 million".
SUM_AHEAD = (
    r"(?:(?i:approximately|nearly|more than|over|almost|about|up to|an|additional|another|"
    r"a total of) )*(?=US\$|[$€£]\s?\d)"
)
