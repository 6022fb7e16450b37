"""Page layout on constructed pages in the shapes real ones come in: what is title, date line,
dateline, story and furniture. Real pages are scored in the eval (evals/real/)."""

from __future__ import annotations

from summarizer.extract import find_candidates
from summarizer.extract.page import Layout, layout


def parts(text: str) -> tuple[str | None, str | None, list[str], list[str]]:
    page: Layout = layout(text)
    title = text[page.title.start : page.title.end] if page.title else None
    date = text[page.date.start : page.date.end] if page.date else None
    datelines = [text[s.start : s.end] for s in page.dateline]
    body = [text[s.start : s.end] for s in page.body]
    return title, date, datelines, body


WIKI = """Storm Cuts Power To Thousands In Coastal Towns

This is the stable version, checked on 24 January 2023. Template changes await review.

Sunday, February 7, 2021

A storm cut power to 40,000 homes on Saturday, the utility said.

Crews work on a downed line near the harbour.
Image: Jane Doe.

Share this:
The utility expects to restore power by Tuesday.

Related news
- Earlier storm hits the north
Sources
"""


def test_a_wiki_page_keeps_title_and_date_and_drops_furniture() -> None:
    title, date, datelines, body = parts(WIKI)
    assert title == "Storm Cuts Power To Thousands In Coastal Towns"
    assert date == "Sunday, February 7, 2021"
    assert datelines == []
    assert body == [
        "A storm cut power to 40,000 homes on Saturday, the utility said.",
        "The utility expects to restore power by Tuesday.",
    ]


RELEASE = """For Immediate Release
Office of Press Relations
(202) 555-0100

WASHINGTON, D.C. -- The Agency today announced $5 million for flood relief.

"We will act fast," the Administrator said.
###
Contact us
"""


def test_a_release_gives_its_dateline_and_no_contact_lines() -> None:
    title, date, datelines, body = parts(RELEASE)
    assert title is None and date is None
    assert datelines == ["WASHINGTON", "D.C."]
    assert body == [
        "The Agency today announced $5 million for flood relief.",
        '"We will act fast," the Administrator said.',
    ]


def test_a_defense_site_s_banners_are_furniture_and_the_release_title_is_found() -> None:
    title, _, _, body = parts(
        "An official website of the United States Government \nHere's how you know\n\n"
        ".gov website belongs to an official government organization in the United States.\n\n"
        "You have accessed part of a historical collection on defense.gov. Some of the "
        "information contained within may be outdated.\nImmediate Release\n\n"
        "DOD Announces $36.9 Million in Defense Production Act Title III COVID-19 Actions\n\n"
        "Today, the Department announces two actions.\n"
    )
    assert (
        title == "DOD Announces $36.9 Million in Defense Production Act Title III COVID-19 Actions"
    )
    assert body == ["Today, the Department announces two actions."]


def test_a_breadcrumb_trail_is_furniture_and_the_headline_below_it_the_title() -> None:
    # A Bureau of Reclamation release of 2023 (public domain).
    title, _, datelines, body = parts(
        "Reclamation > News & Multimedia > news release > Reclamation invests $28.97 million "
        "in 31 projects\nReclamation invests $28.97 million in 31 projects\n\n"
        "WASHINGTON – The Bureau of Reclamation announced the selection of 31 projects.\n"
    )
    assert title == "Reclamation invests $28.97 million in 31 projects"
    assert datelines == ["WASHINGTON"]
    assert body == ["The Bureau of Reclamation announced the selection of 31 projects."]


def test_a_site_s_logo_header_and_navigation_lines_are_no_title() -> None:
    pages = {
        "Federal Energy Regulatory Commission skip navigation\n\n"
        "FERC approves record $30 million settlement\n\nThe Commission approved it.\n": (
            "FERC approves record $30 million settlement"
        ),
        "U.S. Department of the InteriorDOI News Header\n\n"
        "Secretary Kempthorne Announces $3 Million for Lands\n\nHe announced it.\n": (
            "Secretary Kempthorne Announces $3 Million for Lands"
        ),
        "Font Size Reduce Text Size Enlarge Text Size     Print\n\n"
        "HHS Announces $1.2 Billion In Funding\n\nThe Secretary announced it.\n": (
            "HHS Announces $1.2 Billion In Funding"
        ),
        "NEWS | May 22, 2008\n\nMilitary Better Prepared Than Ever for Disaster Relief\n\n"
        "The military is ready.\n": "Military Better Prepared Than Ever for Disaster Relief",
        "Department of Justice Seal Department of Justice\n\nLatest News\n\n"
        "EPA and DOJ file complaint against Idaho ranch\n\nThe complaint was filed.\n": (
            "EPA and DOJ file complaint against Idaho ranch"
        ),
        "United States Department of Defense United States Department of Defense\n\n"
        "Bush Announces Appointments to Two Top DoD Posts\n\nThe President named two.\n": (
            "Bush Announces Appointments to Two Top DoD Posts"
        ),
        "acquired July 30, 2019\n\nShedding Light on Greenland\n\nThe glacier retreated.\n": (
            "Shedding Light on Greenland"
        ),
        "National Endowment for the Arts\n\n"
        "National Endowment for the Arts Announces More Than $63 Million in Grants\n\n"
        "The Arts Endowment will provide funding.\n": (
            "National Endowment for the Arts Announces More Than $63 Million in Grants"
        ),
        "Mine Safety and Health Administration\n\n"
        "RECOMMENDATIONS TO ABOLISH BLACK LUNG ISSUED TODAY\n\nTwenty recommendations were "
        "issued.\n": "RECOMMENDATIONS TO ABOLISH BLACK LUNG ISSUED TODAY",
        "Disaster press release TX 20223-01\n\n"
        "SBA Offers Disaster Assistance to Texas\n\nLoans are available.\n": (
            "SBA Offers Disaster Assistance to Texas"
        ),
    }
    for page, title in pages.items():
        assert parts(page)[0] == title


def test_a_teaser_linking_to_another_page_is_furniture() -> None:
    _, _, _, body = parts(
        "The threat level in the airline sector is High or Orange. Read more.\n\n"
        "Secretary Chertoff visited the Gulf Coast on Friday.\n"
    )
    assert body == ["Secretary Chertoff visited the Gulf Coast on Friday."]
    # Coast Guard commentary page, May 12, 2022 (public domain): a story's paragraph, its link
    # at the end
    story = (
        "Coast Guard medevacs crew member from fishing vessel. The Coast Guard medevaced a crew "
        "member from the fishing vessel Jonathan Boy II, 40 miles southeast of Cameron, La., "
        "May 8. Sector Houston-Galveston command center watchstanders received a request at "
        "2:57 a.m. to medevac a 60-year-old crew member. A Coast Guard Air Station Houston "
        "MH-65 Dolphin helicopter crew launched, hoisted the ailing crew member and transferred "
        "him to Christus St. Elizabeth Hospital in Beaumont, Texas in stable condition. Read more"
    )
    _, _, _, body = parts(f"Frontline Focus\n\n{story}\n")
    assert body == [story]


def test_a_dateline_with_a_non_breaking_hyphen() -> None:
    _, _, datelines, body = parts(
        "Bank Manager Sentenced\n\n"
        "PITTSBURGH, Pa. \u2011 A resident of Cabot, Pa., was sentenced.\n"
    )
    assert datelines == ["PITTSBURGH", "Pa."]
    assert body == ["A resident of Cabot, Pa., was sentenced."]


def test_a_dateline_ended_by_an_ellipsis() -> None:
    # A DEA release of 2002 (public domain).
    _, _, datelines, body = parts(
        "Former Lowell Pharmacist Sentenced For Drug Distribution\n\n"
        "Boston, MA…. A former Lowell pharmacist was sentenced today in federal court.\n"
    )
    assert datelines == ["Boston", "MA"]
    assert body == ["A former Lowell pharmacist was sentenced today in federal court."]


def test_a_dateline_ended_by_a_colon() -> None:
    # A Federal Reserve OIG release of 2013 (public domain).
    _, _, datelines, body = parts(
        "Former Bank President Indicted\n"
        "SAVANNAH, GA: The former president of First National Bank of Savannah was indicted.\n"
    )
    assert datelines == ["SAVANNAH", "GA"]
    assert body == ["The former president of First National Bank of Savannah was indicted."]


def test_a_place_named_in_a_menu_is_no_dateline() -> None:
    # A DEA release of 2007 (public domain): its site menu lists "Mission".
    _, _, datelines, _ = parts(
        "About Us\nMission\nLeadership\nHistory\n\n"
        "DEA Announces First Meth Lab Seizure in New York\n\n"
        "A clandestine methamphetamine lab was dismantled in Washington County, NY.\n"
    )
    assert datelines == []
    _, _, datelines, _ = parts(
        "Aid Reaches Survivors\n\nLusaka.\n\nThe first aid reached survivors on Monday.\n"
    )
    assert datelines == ["Lusaka"]


def test_a_date_and_a_place_after_a_bar_give_where_a_release_was_issued() -> None:
    # NHTSA releases of 2018 and 2024 (public domain).
    text = (
        "NHTSA Issues Consumer Safety Advisory: Ford and Mazda Expand \u2018Do Not Drive\u2019\n"
        "February 12, 2018 | Washington, DC\n"
        "Ford and Mazda announced today that they are expanding their warning.\n"
    )
    page = layout(text)
    assert [text[s.start : s.end] for s in page.dateline] == ["Washington", "DC"]
    assert page.date is not None and text[page.date.start : page.date.end] == "February 12, 2018"
    _, _, datelines, body = parts(
        "NHTSA Releases Early Estimates\n\n| Washington, DC\n\n"
        "The National Highway Traffic Safety Administration today released its estimates.\n"
    )
    assert datelines == ["Washington", "DC"]
    assert body == [
        "The National Highway Traffic Safety Administration today released its estimates."
    ]


def test_a_hyphenated_name_in_capitals_is_no_dateline() -> None:
    # A U.S. Attorney's release of 2011 (public domain).
    _, _, datelines, body = parts(
        "ILLEGAL ALIEN PLEADS GUILTY\n"
        "MILTON EDILBERTO ESCOTO-GALINDO, age 29, a citizen of Honduras, pled guilty.\n"
    )
    assert datelines == []
    assert body == ["MILTON EDILBERTO ESCOTO-GALINDO, age 29, a citizen of Honduras, pled guilty."]


def test_datelines_in_brackets_without_a_dash_and_below_notices() -> None:
    assert parts("(WASHINGTON) - Interior Secretary Gale Norton announced grants.\n")[2] == [
        "WASHINGTON"
    ]
    assert parts("(WASHINGTON, D.C.) – The Secretary withdrew a rule.\n")[2] == [
        "WASHINGTON",
        "D.C.",
    ]
    notices = (
        "Please note: As of January 20, 2021, information in some news releases may be out of "
        "date.\n\nHighwall failure at Maryland surface mine killed 2 miners\n\n"
        "ARLINGTON, Va. The Mine Safety and Health Administration settled.\n"
    )
    assert parts(notices)[2] == ["ARLINGTON", "Va."]
    dated = "WASHINGTON, D.C., November 4, 2011 Two new Peace Corps directors start work.\n"
    assert parts(dated)[2] == ["WASHINGTON", "D.C."]
    caption = (
        "A helicopter crew hoists a man offshore from Fort Morgan, Alabama, April 29, 2023.\n\n"
        "Editor's Note: Click on image to view and download video.\n\n"
        "NEW ORLEANS — The Coast Guard medevaced a man from a cruise ship.\n"
    )
    assert parts(caption)[2] == ["NEW ORLEANS"]


def test_a_shouted_headline_run_into_the_dateline_is_the_title() -> None:
    text = (
        "LOCAL FIRM PLEADS GUILTY IN PRICE FIXING CASE WASHINGTON, D.C. -- A firm pleaded guilty."
    )
    title, _, datelines, body = parts(text)
    assert title == "LOCAL FIRM PLEADS GUILTY IN PRICE FIXING CASE"
    assert datelines == ["WASHINGTON", "D.C."]
    assert body == ["A firm pleaded guilty."]


def test_a_hard_wrapped_paragraph_is_one_unit_but_a_byline_is_not_story() -> None:
    text = (
        "Jan 5, 2026 2:15 PM - Newsroom - Jane Doe\n\n"
        "     The Department of Justice today reached a settlement with\n"
        "two salt producers, allowing the merger to go ahead if they\n"
        "sell plants in New York and Ohio.\n"
    )
    title, _, _, body = parts(text)
    assert title is None
    assert len(body) == 1 and body[0].startswith("The Department") and body[0].endswith("Ohio.")


def test_a_lede_line_that_ends_in_a_small_word_goes_on_below_the_headline() -> None:
    # U.S. Attorney's Office, District of Minnesota, Nov. 16, 2011 (public domain)
    lede = "MINNEAPOLIS - U.S. Attorney B. Todd Jones announced today that the District of"
    title, _, _, body = parts(
        "Minnesota U.S. Attorney’s Office Collects $276 Million In Fiscal Year 2011\n\n"
        f"{lede}\nMinnesota collected $276,523,300.55 in Fiscal Year (FY) 2011.\n"
    )
    assert title is not None and title.startswith("Minnesota U.S. Attorney")
    assert body and body[0].startswith("U.S. Attorney B. Todd Jones")


def test_a_story_on_one_long_line_between_captions_is_not_wrapped() -> None:
    # A Wikinews page of 2012 (CC BY 2.5), with no blank line anywhere: the story is one long
    # line, the captions short ones.
    story = (
        "London, England — At London's Olympic Basketball Arena last night, Australia men's "
        "national wheelchair basketball team decisively beat South Africa by a score of 93 to 39 "
        "before a crowd of 2,106. Justin Eveson led Australia in scoring with 21 points."
    )
    text = (
        "From Wikinews, the free news source you can write!\nFriday, August 31, 2012\n"
        + story
        + "\nSouth Africa listens to their national anthem before the game is played Image: Laura "
        "Hale.\n14 Nick Taylor and 12 Grant Mizens slap hands after a play Image: Laura Hale.\n"
        "Brad Ness brings the ball down the floor for Australia Image: Laura Hale.\n"
    )
    _, date, datelines, body = parts(text)
    assert date == "Friday, August 31, 2012"
    assert datelines == ["London", "England"]
    assert body == [story.removeprefix("London, England — ")]


def test_an_ice_header_of_a_date_run_into_a_place_is_no_title() -> None:
    # An ICE release of 2013 (public domain).
    title, _, _, _ = parts(
        "Skip to main content\nDecember 17, 2013El Paso, TX, United StatesIntellectual Property "
        "Rights and Commercial Fraud\n\nHSI El Paso seizes nearly $3.5 million in counterfeit "
        "merchandise\n\nEL PASO, Texas – Special agents have seized almost 9,000 items.\n"
    )
    assert title == "HSI El Paso seizes nearly $3.5 million in counterfeit merchandise"


def test_headings_and_table_rows_inside_the_story_are_not_sentences() -> None:
    text = "Vote Count Begins\n\nThe count began at noon.\n\nEast\n\nWest Region Results Table\n"
    title, _, _, body = parts(text)
    assert title == "Vote Count Begins"
    assert body == ["The count began at noon."]
    # SBA release, 2019 (public domain), each link on a line of its own: a list of names and a
    # line that stops mid-sentence are story
    covers = "The disaster declaration covers Auglaize, Darke, Mahoning and Pickaway counties in"
    listed = "Coshocton, Fairfield, Fayette, Franklin, Guernsey, Hardin and Warren in"
    counties = "Coshocton, Fairfield, Fayette, Franklin, Guernsey, Hardin, Licking, Logan"
    _, _, _, body = parts(
        f"SBA Closes Centers\n\nThe SBA announced the closings today.\n{covers}\nOhio\n"
        f"which are eligible for loans.\n{listed}\n{counties}\n"
    )
    assert covers in body and listed in body and counties in body
    # BLM release, 2018 (public domain): a table's rows, each ended by a bar
    _, _, _, body = parts(
        "Payments Made\n\nThe BLM paid counties today.\nMontana | Blaine | $36,707.50 |\n"
        "| Custer | $6,799.07 |\n"
    )
    assert body[1:] == ["Montana | Blaine | $36,707.50 |", "| Custer | $6,799.07 |"]
    # Indian Affairs release, 2023 (public domain): a table, one cell to a line
    _, _, _, body = parts(
        "Tourism Grants Awarded\n\nIndian Affairs announced the grants today.\n\n"
        "Haida Corporation\n\nHydaburg\n\nAlaska\n\n$150,000\n"
    )
    assert body[1:] == ["Haida Corporation", "Hydaburg", "Alaska", "$150,000"]


def test_lines_listed_under_a_colon_are_story_but_a_label_ends_the_list() -> None:
    # NASA (2025) and NIST (2009) pages (public domain)
    text = (
        "NASA Awards Space Grants\n\nNASA is awarding up to $870,000 to 52 institutions.\n\n"
        "The following is a complete list of awardees:\n\nUniversity of Alaska, Fairbanks\n\n"
        "University of Arizona\n\nThe awards start in March.\n\nRelated Stories\n"
    )
    _, _, _, body = parts(text)
    assert body[2:] == [
        "University of Alaska, Fairbanks",
        "University of Arizona",
        "The awards start in March.",
    ]
    text = (
        "Tech Beat - February 24, 2009\n\nSubmit an email address to receive news from NIST:"
        "\n\nEditor: Michael Baum\n\nProbing and Controlling Molecular Rattling\n\nFor "
        "centuries, people have preserved fruit with sugar.\n"
    )
    _, _, _, body = parts(text)
    assert "Editor: Michael Baum" not in body
    assert "Probing and Controlling Molecular Rattling" not in body
    # Education release, Sept. 2007 (public domain): a sentence opening the list is no label
    _, _, _, body = parts(
        "Magnet School Grants\n\nThe Secretary announced grants today.\n\nMedia Contact:\n\n"
        "Following is a list of grantees:\n\nArkansas\n\nCalifornia\n"
    )
    assert body == [
        "The Secretary announced grants today.",
        "Following is a list of grantees:",
        "Arkansas",
        "California",
    ]


def test_spans_index_the_page_as_it_came() -> None:
    for text in (WIKI, RELEASE):
        page = layout(text)
        for span in page.body:
            assert text[span.start : span.end].strip() == text[span.start : span.end]


ARCHIVED = """THIS IS AN ARCHIVED SITE
This site contains information from January 2009-December 2014.
Click HERE to go the CURRENT agency website.

Home / Press Room / Press Releases / HUD No. 23-028
U.S. Agency  [Contents][Next][Previous][Region 3 Home][Agency Home]
HUD No. 23-028
HUD Public Affairs
Thursday
Newsroom
Release Date: 11/19/2001
Contact Information:
Dave Ryan 202-564-7827 / ryan.dave@example.gov

Agency Awards $21 Million to Support Job Growth in 11 States

Secretary Jane Roe today announced $21 million in grants to Alabama and Texas.
"""


def test_an_archived_release_drops_its_banners_links_and_contacts() -> None:
    title, _, _, body = parts(ARCHIVED)
    assert title == "Agency Awards $21 Million to Support Job Growth in 11 States"
    assert body == [
        "Secretary Jane Roe today announced $21 million in grants to Alabama and Texas."
    ]


def test_an_agency_archive_banner_is_furniture() -> None:
    text = (
        "You are viewing:\n"
        "Information released online before January, 2021.\n"
        "Note: Content in this archive site is NOT UPDATED, and external links may not function.\n"
        "You are entering the 2017-2020 Archive for the\n"
        "United States Agency for International Development web site.\n"
        "If you are looking for current information, visit www.usaid.gov.\n"
        "Today the United States announced $3.4 million in food assistance for Mozambique.\n"
    )
    _, _, _, body = parts(text)
    assert body == [
        "Today the United States announced $3.4 million in food assistance for Mozambique."
    ]


def test_an_archive_s_notices_numbered_dates_and_release_numbers_are_furniture() -> None:
    # The heads of an HHS release of 2002, an Interior release of 2016, a FEMA release of 2009
    # and an EPA page (public domain).
    for notice, story in [
        (
            "This is an archive page. The links are no longer being updated.\n\n"
            "FOR IMMEDIATE RELEASE\nThursday, Aug. 8, 2002\n\n"
            "HHS PROVIDES ADDITIONAL FUNDS TO HELP STATES COMBAT WEST NILE VIRUS\n\n",
            "HHS Secretary Tommy G. Thompson today announced $10 million in additional funds.",
        ),
        (
            "Secretary Jewell Announces $452 Million in Payments to Local Communities\n\n"
            "06/22/2016\n\n",
            "U.S. Secretary of the Interior Sally Jewell today announced $452 million.",
        ),
        (
            "This is historical material “frozen in time”. The website is no longer updated.\n\n"
            "Making History: $142.3 Million for 155 Communities Nationwide\n\n",
            "Treasury will distribute a total of $142,302,667 to 155 financial institutions.",
        ),
        (
            "Five Florida Counties Get FEMA Public Assistance Aid\n\n1840-008\n\n",
            "FEMA has announced that five more Florida counties are eligible for aid.",
        ),
        (
            "We've made some changes to EPA.gov. If the information you are looking for is not "
            "here, you may be able to find it on the EPA Web Archive.\n\n"
            "EPA Selects 20 Communities for Brownfield Grants\n\n",
            "Today, the U.S. Environmental Protection Agency announced the selection of 20 "
            "communities.",
        ),
    ]:
        title, _, _, body = parts(notice + story + "\n")
        assert title is not None
        assert body == [story]


def test_a_date_line_run_into_the_story_is_the_date() -> None:
    text = (
        "From Wikinews, the free news source you can write!\n"
        "Wednesday, November 9, 2005European Space Agency's probe to Venus was launched on "
        "Wednesday from the Baikonur Cosmodrome.\n"
    )
    _, date, _, body = parts(text)
    assert date == "Wednesday, November 9, 2005"
    assert body == [
        "European Space Agency's probe to Venus was launched on Wednesday from the "
        "Baikonur Cosmodrome."
    ]


def test_a_site_s_navigation_is_furniture() -> None:
    text = (
        "Skip Links\n"
        "HomeHot Topics, press releases, and morepassports, visas, hotline, and morecountry "
        "names, regions, embassies, and more\n"
        " You are in: Under Secretary for Public Diplomacy and Public Affairs > Bureau of Public "
        "Affairs > Press Releases (Other) > 2006 > July\n"
        "Today, Secretary of State Rice authorized $30 million in humanitarian assistance.\n"
    )
    _, _, _, body = parts(text)
    assert body == [
        "Today, Secretary of State Rice authorized $30 million in humanitarian assistance."
    ]


def test_an_unchecked_wikinews_page_s_status_is_no_title() -> None:
    text = (
        "From Wikinews, the free news source you can write!\n"
        "Page version status\n"
        "The page has not been checked\n"
        "There are no reviewed versions of this page, so it may not have been checked.\n"
        "Wednesday, February 6, 2008\n"
        "The space shuttle Atlantis is ready for launch from the Kennedy Space Center.\n"
    )
    title, date, _, body = parts(text)
    assert title is None and date == "Wednesday, February 6, 2008"
    assert body == ["The space shuttle Atlantis is ready for launch from the Kennedy Space Center."]


def test_the_place_above_a_press_statement_s_date_is_its_dateline() -> None:
    text = (
        "Venezuelan Government Detains Key Opposition Figure\n\nPress Statement\nJen Psaki\n"
        "Department Spokesperson\nWashington, DC\nFebruary 20, 2015\n\n"
        "The United States condemns the detention of Caracas Mayor Antonio Ledezma.\n"
    )
    page = layout(text)
    assert [text[s.start : s.end] for s in page.dateline] == ["Washington", "DC"]


def test_a_first_line_in_sentence_case_is_the_title_and_navigation_is_furniture() -> None:
    text = (
        "UN Secretary General releases new statement as UN aid starts to reach Myanmar\n\n"
        "From Wikinews, the free news source you can write!\n\n"
        "Aid from the United Nations has started to reach Myanmar.\n"
    )
    page = layout(text)
    assert page.title is not None and text[page.title.start : page.title.end].startswith("UN ")
    nav = (
        "U.S. Public Diplomacy and the War of Ideas  |  Daily Press Briefing | What's New\n"
        "May 4, 2006\n\nToday, Secretary of State Rice authorized $30 million in aid.\n"
        "This material is available primarily for archival purposes. Telephone numbers may be "
        "out of date.\n"
    )
    page = layout(nav)
    assert page.title is None
    assert [nav[s.start : s.end][:5] for s in page.body] == ["Today"]


def test_a_military_site_s_banner_and_breadcrumbs_are_furniture() -> None:
    text = (
        "An official website of the United States government\n"
        "A .mil website belongs to an official U.S. Department of Defense organization in the "
        "United States.\n\nHome : News : Article View\n\n"
        "Guard Responding to Domestic Crises Nationwide\n\n"
        "WASHINGTON - The National Guard continues to respond to floods.\n"
    )
    page = layout(text)
    assert page.title is not None and text[page.title.start : page.title.end].startswith("Guard")
    assert len(page.body) == 1


def test_a_government_site_s_own_notice_is_furniture_but_a_company_s_name_is_not() -> None:
    text = (
        "Commerce.gov is getting a facelift soon. See the new design.\n\n"
        "Commerce Secretary John Bryson Visits Patent and Trademark Office Headquarters\n\n"
        "Printer-friendly version\n"
        "Secretary John Bryson stopped by the USPTO on Friday.\n"
        "Amazon.com said it would open a warehouse nearby.\n"
    )
    page = layout(text)
    assert [text[s.start : s.end][:9] for s in page.body] == ["Secretary", "Amazon.co"]


def test_a_statement_s_header_names_its_speaker_but_not_a_spokesperson_or_a_site() -> None:
    kerry = (
        "Elections in Ukraine\n\nPress Statement\nJohn Kerry\nSecretary of State\n"
        "Washington, DC\nMay 26, 2014\n\nThe United States congratulates the people of Ukraine.\n"
    )
    power = (
        "Malaria Vaccine\n\nStatement By Administrator Samantha Power\n\n"
        "For Immediate Release\n\nUSAID welcomes the news.\n"
    )
    nuland = (
        "Liberia Runoff\n\nPress Statement\nVictoria Nuland\nDepartment Spokesperson\n"
        "Washington, DC\nNovember 4, 2011\n\nThe United States regrets the boycott.\n"
    )
    site = (
        "The White House\nPresident George W. Bush\nPrint this document\n\nGlobal Message\n\n"
        "The United States sends its condolences.\n"
    )
    # A CPSC statement of 2016 and a Justice statement of 2008 (public domain): what the
    # statement is on follows the name.
    robinson = (
        "Statement of Commissioner Marietta S. Robinson on the Gree Dehumidifiers Civil Penalty\n"
        "\nThe Commission voted to approve the settlement.\n"
    )
    roehrkasse = (
        "Statement of Brian Roehrkasse, Director of Public Affairs, on Department’s Settlement\n"
        "\nThe Department settled the case today.\n"
    )
    # An embassy's menu of 2007: two words of English over a title are no one.
    menu = (
        "Job Opportunities\nSponsored Events\nAmbassador Corner\n\nHistoric Day\n\n"
        "Statement by Ambassador Antonio O. Garza\n\nToday both peoples can celebrate.\n"
    )
    # A Treasury statement of 2005 (public domain).
    snow = (
        "Press Room\nJune 30, 2005\nStatement by Treasury Secretary John Snow following meeting\n"
        'with Senators Lindsay Graham and Chuck Schumer\n"I appreciate the accommodation shown '
        'by Senators Graham and Schumer."\n'
    )
    for text, speaker, title in [
        (snow, "John Snow", "Treasury Secretary"),
        (kerry, "John Kerry", "Secretary of State"),
        (power, "Samantha Power", "Administrator"),
        (robinson, "Marietta S. Robinson", "Commissioner"),
        (roehrkasse, "Brian Roehrkasse", None),
        (menu, "Antonio O. Garza", "Ambassador"),
        # U.S. Embassy Tirana, 2020 (public domain): remarks, as a statement
        (
            "Remarks by Ambassador Yuri Kim at the AFCP Signing Ceremony\n\nGood morning.\n",
            "Yuri Kim",
            "Ambassador",
        ),
        # the same page as it came, the headline's deck above the header
        (
            "Historic Day of Extraditions from Mexico to the United States\n\nMexican and U.S. "
            "law enforcement officials extradite some of the world’s most wanted criminals\n\n"
            "Statement by Ambassador Antonio O. Garza\n\n“Today both peoples can celebrate.”\n",
            "Antonio O. Garza",
            "Ambassador",
        ),
    ]:
        page = layout(text)
        assert page.speaker is not None
        assert (text[page.speaker.start : page.speaker.end], page.speaker_title) == (speaker, title)
    # A Transportation speech page of 2015 (public domain): the event's name over the speaker.
    remarks = (
        "Speech\n\nTakata Press Conference\n\nSecretary Anthony R. Foxx\n\n"
        "Remarks at Takata Press Conference\n\nMay 18, 2015 – Washington, DC\n\n"
        "At USDOT, safety is our first task.\n"
    )
    assert layout(nuland).speaker is None and layout(site).speaker is None
    assert layout(remarks).speaker is None
    names = {n.text: (n.kind, n.title) for n in find_candidates(kerry).names}
    assert names["John Kerry"] == ("person", "Secretary of State")


def test_the_gov_banner_and_a_javascript_notice_are_furniture_so_the_title_is_found() -> None:
    text = (
        "Sorry, you need to enable JavaScript to visit this website.\n"
        "The .gov means it’s official.\n"
        "Federal government websites often end in .gov or .mil. Before sharing sensitive "
        "information, make sure you’re on a federal government site.\n"
        "The site is secure.\n"
        "The https:// ensures that you are connecting to the official website.\n\n"
        "Department of Commerce’s NTIA Awards $277M in Grants to Expand Broadband\n\n"
        "The agency announced today it has awarded 13 grants.\n"
    )
    title, _, _, body = parts(text)
    assert title == "Department of Commerce’s NTIA Awards $277M in Grants to Expand Broadband"
    assert body == ["The agency announced today it has awarded 13 grants."]
    # The flag's caption over an FDA release of 2017 (public domain).
    title, _, _, _ = parts(
        "U.S. flag An official website of the United States government\n\n"
        "U.S. Marshals Seize Adulterated Food from St. Paul Warehouse\n\n"
        "The U.S. Food and Drug Administration announced that the U.S. Marshals Service seized "
        "food products.\n"
    )
    assert title == "U.S. Marshals Seize Adulterated Food from St. Paul Warehouse"


def test_wikinews_notices_about_the_page_are_furniture() -> None:
    text = (
        "Magnitude 5.3 earthquake strikes Taiwan\n\n"
        "This article mentions the Wikimedia Foundation, one of its projects, or people related "
        "to it. Wikinews is a project of the Wikimedia Foundation.\n\n"
        "This article features first-hand journalism by Wikinews members. See the collaboration "
        "page for more details.\n\n"
        "Thursday, August 9, 2007\n\n"
        "A magnitude 5.3 earthquake has struck Taiwan, the USGS said.\n"
    )
    _, date, _, body = parts(text)
    assert date == "Thursday, August 9, 2007"
    assert body == ["A magnitude 5.3 earthquake has struck Taiwan, the USGS said."]


def test_a_masthead_with_a_web_address_is_not_the_title() -> None:
    text = (
        "Moving the American Economy - U.S. Department of Transportation, Office of Public "
        "Affairs, Washington, D.C., www.dot.gov/affairs/briefing.htm - News\n\n"
        "Monday, July 23, 2007\n\n"
        "U.S. Transportation Secretary Mary E. Peters Releases More Than $871 Million In "
        "Emergency Funds To Repair Damaged Roads\n\n"
        "More than $871 million in emergency relief funds is now available, announced "
        "Secretary Peters today.\n"
    )
    title, date, _, body = parts(text)
    assert title is not None and title.startswith("U.S. Transportation Secretary")
    assert date == "Monday, July 23, 2007" and len(body) == 1


def test_a_usaid_tagline_and_a_story_teaser_are_furniture() -> None:
    text = (
        "USAID: From The American People Press Release Anti-malaria campaign reduces the "
        "number of infections - Click to read this story\n\n"
        "WASHINGTON, D.C. - The U.S. Government is providing $100,000 in emergency relief.\n"
    )
    title, _, _, body = parts(text)
    assert title is None
    assert body == ["The U.S. Government is providing $100,000 in emergency relief."]


def test_a_dateline_credits_its_news_service_and_date_in_brackets() -> None:
    _, _, datelines, body = parts(
        "National Guard battles flood waters in four states\n"
        "Sgt. Bernard Friend provides security to evacuated homes June 22 in Louisiana, Mo.\n\n"
        "ARLINGTON, Va. (Army News Service, June 29, 2010) -- Almost 300 National Guard "
        "members from four states helped to battle flood waters last week."
    )
    assert datelines == ["ARLINGTON", "Va."]
    assert body[-1].startswith("Almost 300")


def test_a_dateline_on_a_line_of_its_own_above_the_story() -> None:
    _, _, datelines, body = parts(
        "Coast Guard rescues mariner from disabled sailboat\n\n"
        "Coast Guard 5th District External Affairs\n\n"
        "PORTSMOUTH, Va.   –  \n\n"
        "The Coast Guard rescued a mariner Monday from a disabled sailboat."
    )
    assert datelines == ["PORTSMOUTH", "Va."]
    assert body == ["The Coast Guard rescued a mariner Monday from a disabled sailboat."]
    _, _, datelines, _ = parts(
        "WASHINGTON, Aug., 2, 2016–Agriculture Secretary Tom Vilsack today announced grants."
    )
    assert datelines == ["WASHINGTON"]
    # In brackets, or closed by a full stop (a DEA release of 2006, an embassy's of 2014).
    for line, places in [("(HOUSTON, TX.)", ["HOUSTON", "TX."]), ("Lusaka.", ["Lusaka"])]:
        _, _, datelines, body = parts(
            f"Hospital Pays $750,000 For Violations\n\n{line}\n\nThe hospital paid $750,000.\n"
        )
        assert (datelines, body) == (places, ["The hospital paid $750,000."])
    _, _, datelines, body = parts(
        "Hospital Pays $750,000 For Violations\n\n(HOUSTON, TX.) St. Joseph Regional Health "
        "Center has paid $750,000.\n"
    )
    assert (datelines, body) == (
        ["HOUSTON", "TX."],
        ["St. Joseph Regional Health Center has paid $750,000."],
    )


def test_a_page_with_no_blank_line_keeps_its_header_out_of_the_wrapped_story() -> None:
    text = (
        "News Release\nFOR IMMEDIATE RELEASE\nAugust 7, 2006\nHospital\n"
        "Pays US $750,000 For Regulatory Violations Of The\n"
        "Comprehensive Drug Abuse Prevention And Control Act\nAUG 07 --\n"
        "St. Joseph Regional Health Center, which serves the Brazos Valley area, has\n"
        "entered into an agreement to pay the United States $750,000 to resolve alleged\n"
        "violations, United States Attorney Don DeGabrielle announced today. The hospital\n"
        "is based in Bryan, Texas. A series of calls expressing concern that the center\n"
        "was failing to comply with regulations brought the hospital to the attention of\n"
        "the Drug Enforcement Administration, whose investigators executed a warrant in\n"
        "February 2002, seized records and conducted an audit of controlled substances\n"
        "for the time period beginning in May 2000 through March 12, 2003. The audit\n"
        "confirmed the failure to keep adequate records as required by law, and the case\n"
        "was referred to the U.S. Attorney's Office for civil prosecution last year.\n"
    )
    page = layout(text)
    assert page.title is not None
    assert " ".join(text[page.title.start : page.title.end].split()) == (
        "Hospital Pays US $750,000 For Regulatory Violations Of The Comprehensive Drug Abuse "
        "Prevention And Control Act"
    )
    assert [text[b.start : b.end].split()[:3] for b in page.body] == [["St.", "Joseph", "Regional"]]


def test_a_bare_washington_dc_dateline_below_a_deck_is_the_dateline() -> None:
    # Once a traceback: the bare dateline's "Washington, DC" shape has no "place" group.
    text = (
        "CDFI Fund Announces Nearly $25 Million in Bank Enterprise Awards for Investments\n\n"
        "The awards support lending in highly distressed communities.\n\n"
        "Washington, DC  Today, the U.S. Department of the Treasury's Community Development "
        "Financial Institutions Fund announced awards to 81 banks.\n"
    )
    page = layout(text)
    assert [text[s.start : s.end] for s in page.dateline] == ["Washington", "DC"]


def test_a_page_copied_without_line_breaks_is_story_not_furniture() -> None:
    # A Justice Department release of 1996 (public domain), stored as one line.
    text = (
        "FOR IMMEDIATE RELEASE DOJ -- 202-514-2008 THURSDAY, MARCH 7, 1996 EPA -- 406-441-1123 "
        "JUSTICE, EPA ANNOUNCE $37 MILLION SETTLEMENT FOR MONTANA CLEANUP WASHINGTON, D.C. -- "
        "Five parties, including Atlantic Richfield Company and Burlington Northern Railroad, "
        "agreed today to a $37.7 million settlement to clean up land near Butte, Montana, the "
        "Department of Justice and the Environmental Protection Agency announced today. Under "
        "the agreement, property owners or users of the Montana Pole and Treating Plant, a "
        "Superfund site in Silver Bow County, will reimburse EPA $2.7 million in past response "
        "costs and pay $35 million for future cleanup."
    )
    assert layout(text).body


def test_a_site_s_breadcrumb_home_news_press_room_is_furniture() -> None:
    # An FBI release of 2010 (public domain).
    text = (
        "Home News Press Room Press Releases Financial Fraud Enforcement Task Force Announces "
        "Results of Largest-Ever Nationwide Operation Targeting Investment...\n\n"
        "Financial Fraud Enforcement Task Force Announces Results of Largest-Ever Nationwide "
        "Operation Targeting Investment Fraud\n\nWashington, D.C. December 06, 2010\n\n"
        "WASHINGTON—Attorney General Eric Holder announced today the results of Operation "
        "Broken Trust.\n"
    )
    page = layout(text)
    assert page.title is not None
    assert text[page.title.start : page.title.end].startswith("Financial Fraud")


def test_a_headline_may_end_in_a_state_s_abbreviation() -> None:
    # A Coast Guard release of 2023 (public domain).
    text = (
        "VIDEO AVAILABLE: Coast Guard medevacs cruise ship passenger 300 miles offshore Fort "
        "Morgan, Ala.\n\nNEW ORLEANS — The Coast Guard medevaced a 67-year-old man Saturday.\n"
    )
    page = layout(text)
    assert page.title is not None
    assert text[page.title.start : page.title.end].endswith("Fort Morgan, Ala.")


def test_a_correction_box_above_the_story_is_furniture() -> None:
    text = (
        "Montenegro secedes from Serbia\n\n"
        "Correction — June 21, 2006\n"
        "The sources used by this article noted that Montenegro actually seceded.\n"
        "The coverage of the actual independence is outlined in another article.\n\n"
        "Monday, May 22, 2006\n\n"
        "After a referendum, the Montenegro region declares independence.\n"
    )
    title, date, _, body = parts(text)
    assert (title, date) == ("Montenegro secedes from Serbia", "Monday, May 22, 2006")
    assert body == ["After a referendum, the Montenegro region declares independence."]


def test_a_site_s_name_for_its_releases_is_no_title() -> None:
    for header in ("National Park Service Press Release", "DHHS, NIH News"):
        text = (
            f"{header}\n\nNPS Announces Centennial Challenge Projects\n\n"
            "WASHINGTON – The National Park Service today announced 100 projects.\n"
        )
        assert parts(text)[0] == "NPS Announces Centennial Challenge Projects", header


def test_a_table_s_rows_are_story_not_headings() -> None:
    text = (
        "Tsunami death toll updated\n\nThursday, March 24, 2005\n\n"
        "New figures on the tsunami death toll have been released.\n\n"
        "Country dead missing total\nIndia 10,749 5,640 16,389\nThailand 5,595 3,001 8,596\n"
    )
    body = parts(text)[3]
    assert "India 10,749 5,640 16,389" in body and "Thailand 5,595 3,001 8,596" in body
    assert "Country dead missing total" not in body


def test_a_photo_s_text_repeated_as_its_caption_is_furniture() -> None:
    text = (
        "Tsunami death toll updated\n\nThursday, March 24, 2005\n\n"
        "A village near the coast of Sumatra, devastated after the tsunami\n"
        "A village near the coast of Sumatra, devastated after the tsunami\n\n"
        "New figures on the tsunami death toll have been released.\n"
    )
    title, _, _, body = parts(text)
    assert title == "Tsunami death toll updated"
    assert body == ["New figures on the tsunami death toll have been released."]


def test_a_lede_repeated_as_the_page_s_summary_opens_the_story_once() -> None:
    # An Office of Naval Research release (public domain): the summary, then the same lede.
    lede = (
        "The Office of Naval Research (ONR) announced, March 3, awards of $25 million through "
        "its 2016 Young Investigator Program (YIP), to 47 scientists whose exceptionally "
        "creative research holds promise across a range of naval-relevant science and "
        "technology areas, from robotics to solar cells."
    )
    text = (
        "Promising Basic Research: The 2016 ONR Young Investigators\n\n04 March 2016\n"
        f"{lede}\n{lede}\n\n"
        "The ONR YIP is one of the oldest research advancement programs in the country.\n"
    )
    title, _, _, body = parts(text)
    assert title == "Promising Basic Research: The 2016 ONR Young Investigators"
    assert body[0] == lede
    assert body.count(lede) == 1


def test_a_box_opened_by_an_image_s_file_name_is_furniture() -> None:
    text = (
        "Industrial relations bill passes House\n\nFriday, November 11, 2005\n\n"
        "Flag of Australia.svg Wikinews Australia has in-depth coverage of this issue: "
        "Australian industrial relations legislation, 2005\n\n"
        "The bill passed the House of Representatives on Thursday.\n"
    )
    title, _, _, body = parts(text)
    assert title == "Industrial relations bill passes House"
    assert body == ["The bill passed the House of Representatives on Thursday."]


def test_a_notice_to_download_a_reader_is_furniture() -> None:
    text = (
        "FinCEN Assesses Penalty against Bank\n\n"
        "To download Adobe Acrobat Reader, download PowerPoint Viewer or download Excel Viewer, "
        "please visit Accessibility page.\n\n"
        "VIENNA, Va. – FinCEN today assessed a penalty against the bank.\n\n"
        "To view or print PDF content, download the free Adobe Acrobat Reader.\n"
    )
    title, _, datelines, body = parts(text)
    assert title == "FinCEN Assesses Penalty against Bank"
    assert datelines == ["VIENNA", "Va."]
    assert body == ["FinCEN today assessed a penalty against the bank."]


def test_a_statement_from_a_titled_person_names_its_speaker() -> None:
    for header, speaker in (
        ("On record statement from State Dept. Deputy Spokesperson Mark Toner", "Mark Toner"),
        (
            "Statement from USAID Acting Administrator Alfonso E. Lenhardt on the Earthquake in "
            "Afghanistan",
            "Alfonso E. Lenhardt",
        ),
    ):
        text = f"{header}\n\nFor Immediate Release\n\nWe are saddened by the loss of life.\n"
        page = layout(text)
        assert page.speaker is not None, header
        assert text[page.speaker.start : page.speaker.end] == speaker


def test_a_release_s_staff_credits_are_furniture() -> None:
    text = (
        "CFTC Orders Meat Processor to Pay Fine\n\n"
        "Washington, D.C. — The Commodity Futures Trading Commission today issued an order.\n\n"
        "The Division of Enforcement staff responsible for this matter are Douglas Snodgrass, "
        "Linda Chalet, and Robert Howell.\n"
    )
    _, _, _, body = parts(text)
    assert body == ["The Commodity Futures Trading Commission today issued an order."]


def test_an_archived_news_release_banner_is_no_dateline() -> None:
    # The head of a Labor Department release of 2002 (public domain): the banner's dash once
    # read as a dateline's, and "Archived News Release" became the event place.
    text = (
        "News Release\n\n"
        "Labor Department Sues Union Labor Life Insurance Co. Over Pension Investment\n\n"
        "Archived News Release — Caution: Information may be out of date.\n\n"
        "Washington, DC - The U.S. Department of Labor sued Trust Fund Advisors on March 22.\n"
    )
    _, _, _, body = parts(text)
    assert body == ["The U.S. Department of Labor sued Trust Fund Advisors on March 22."]


def test_a_share_widget_s_prompt_and_a_dotted_phone_number_are_furniture() -> None:
    # The head of a National Endowment for the Arts release of 2009 (public domain): with
    # "What's this?" and "202.682.5570" read as story, the site's name was the title and the
    # dateline three units down was never reached.
    text = (
        "National Endowment for the Arts  \nNews Room\n\n Share\n What's this?\n\n \n\n"
        "NATIONAL ENDOWMENT FOR THE ARTS ANNOUNCES EMERGENCY FUNDING OPPORTUNITY\n\n \n\n"
        "Contact:\nNEA Communications\n202.682.5570\n \n\nMarch 4, 2009\n\n"
        "The Arts and the Recovery Act of 2009 to support job preservation\n\n"
        "WASHINGTON, DC -- Today, the National Endowment for the Arts announces grants.\n"
    )
    title, _, dateline, _ = parts(text)
    assert title == "NATIONAL ENDOWMENT FOR THE ARTS ANNOUNCES EMERGENCY FUNDING OPPORTUNITY"
    assert dateline == ["WASHINGTON", "DC"]


def test_an_archive_s_date_stamp_gives_the_date_and_leaves_the_line_s_story() -> None:
    banner = (
        " date 2025-07-14 Maintenance window scheduled to begin at February 14th 2200 est.\n\n"
        "    Corps of Engineers awards $639,000 contract for levee repairs\n\n"
        "    07.14.2025\n\n"
        "    ST. PAUL, Minn. – The Corps awarded a $639,000 contract to Three Oaks, Inc. It "
        "will repair the levee.\n"
    )
    title, date, datelines, body = parts(banner)
    assert title == "Corps of Engineers awards $639,000 contract for levee repairs"
    assert date == "2025-07-14" and datelines == ["ST. PAUL", "Minn."]
    assert body[0].startswith("The Corps awarded")
    glued = (
        " date 2022-04-14 NAVFAC Pacific awarded a $35 million task order to Gilbane on Apr. 14 "
        "for an armory on Guam.\n\nThis contract is the seventh of 13 projects.\n"
    )
    _, date, _, body = parts(glued)
    assert date == "2022-04-14" and body[0].startswith("NAVFAC Pacific awarded")


def test_days_before_a_dash_are_no_dateline() -> None:
    _, _, datelines, _ = parts(
        "Total lunar eclipse seen\n\n"
        "On Friday–Saturday —depending on observer's timezone— a total lunar eclipse was seen.\n"
    )
    assert datelines == []


def test_a_dash_lost_in_decoding_still_ends_a_dateline() -> None:
    # A DOE Idaho release of 2010 (public domain), its en dash stored as U+FFFD.
    _, _, datelines, body = parts(
        "EM Awards Two Small Business Contracts\n\n"
        "Cincinnati \ufffd The Department of Energy Office of Environmental Management (EM) "
        "has awarded two small business contracts.\n"
    )
    assert datelines == ["Cincinnati"]
    assert body[0].startswith("The Department of Energy")


def test_a_shutdown_notice_is_furniture() -> None:
    # commerce.gov during the October 2013 shutdown (public domain).
    title, _, _, body = parts(
        "The Federal Government is currently shut down. This website was last updated on "
        "October 1, 2013 and will not be updated until it reopens.\n\n"
        "Secretary Locke Announces Over $11.9 Million in Recovery Act Grants\n\n"
        "Secretary Gary Locke today announced $11.9 million in grants.\n"
    )
    assert title == "Secretary Locke Announces Over $11.9 Million in Recovery Act Grants"
    assert not any("shut down" in line for line in body)


def test_a_story_run_into_its_contact_line_is_story() -> None:
    # A USDA APHIS release of 2010 (public domain), its title and lede on the "Contact:" line.
    _, _, _, body = parts(
        "Newsroom |\n|||\nContact: USDA Begins 2010 Oral Rabies Vaccination Efforts in Eastern "
        "United States WASHINGTON, Aug. 18, 2010 – The U.S. Department of Agriculture’s Animal "
        "and Plant Health Inspection Service‘s (APHIS) wildlife services’ (WS) program will "
        "begin its 2010 distribution of oral rabies vaccination baits in select areas along "
        "the East Coast in an effort to prevent the spread of raccoon rabies.\n"
        "The national rabies management program was established in 1997.\n"
    )
    assert any("Department of Agriculture" in line for line in body)
    _, _, _, body = parts("Contact: Jean Daniel (202) 720-7711\n\nUSDA awarded grants today.\n")
    assert body == ["USDA awarded grants today."]


def test_a_newsroom_s_where_to_find_it_line_is_furniture() -> None:
    # A USGS media advisory of 2016 (public domain).
    _, _, _, body = parts(
        "This release can be found in the USGS Newsroom at:\n\nUSGS main page\n\nNews Release\n\n"
        "March 24, 2016\n\nOn March 28, USGS scientists will release a report and maps.\n"
    )
    assert not any("can be found" in line for line in body)


def test_a_cdc_archive_s_skip_links_and_notice_are_furniture() -> None:
    # A CDC release of 2010 (public domain): the date line comes after the site's furniture.
    _, _, _, body = parts(
        "Skip directly to search Skip directly to A to Z list Skip directly to navigation\n"
        "CDC Home\n\nThis page is a historical archive and is no longer maintained.\n\n"
        "Press Release\n\nFor Immediate Release: July 15, 2010\nContact: Division of News\n\n"
        "CDC Continues Its Public Health Investment with Research Awards for Prevention\n\n"
        "Four research facilities received awards totaling almost $10 million, the Centers "
        "for Disease Control and Prevention announced today.\n"
    )
    assert not any("Skip directly" in line or "historical archive" in line for line in body)
    assert body[0].startswith("Four research facilities")


def test_a_saint_s_town_in_title_case_is_a_dateline() -> None:
    # A Corps of Engineers release of 2012 (public domain).
    _, _, datelines, body = parts(
        "St. Paul, Minn. – The U.S. Army Corps of Engineers, Saint Paul District, and Valley "
        "City, N.D., will enter into a formal agreement to partner in a flood risk study."
    )
    assert datelines == ["St. Paul", "Minn."]
    assert body[0].startswith("The U.S. Army Corps")


def test_a_banner_closing_a_wrapped_block_is_furniture() -> None:
    # An Education Department release of 2004 (public domain): the subtitle, hard-wrapped, runs
    # into the archive banner with no blank line between.
    _, _, _, body = parts(
        "U.S. Department of Education Awards Over $90 Million in No Child Left Behind Grants\n"
        "Early Reading First aims to improve the language, pre-reading skills of young\n"
        "children across the nation in three-year grants to local agencies and groups\n"
        "Archived Information\n\n"
        "Thirty-two local education agencies will share more than $90 million in grants.\n"
    )
    assert not any("Archived Information" in unit for unit in body)


def test_tsa_s_archive_notice_is_furniture() -> None:
    # A TSA release of 2008 (public domain).
    text = (
        "TSA launches millimeter wave technology at Raleigh-Durham International Airport\n\n"
        "Archived Content\n\n"
        "Please note that older content is archived for public record. This page may contain "
        "information that is outdated and may not reflect current policy or programs.\n\n"
        "If you have questions about policies or procedures, please contact the TSA Contact "
        "Center.\n\n"
        "Members of the news media may contact TSA Public Affairs.\n\n"
        "RALEIGH, N.C. – The Transportation Security Administration (TSA) announced today the "
        "launch of millimeter wave technology.\n"
    )
    names = [n.text for n in find_candidates(text).names]
    assert "TSA Contact Center" not in names
    assert "Transportation Security Administration" in names


def test_a_dateline_in_capitals_may_lack_the_comma_before_its_state() -> None:
    # A USDA release of 2016 (public domain).
    found = find_candidates(
        "USDA Awards $45 Million\n\nEAU CLAIRE Wis., Oct. 27, 2016 – Agriculture Secretary Tom "
        "Vilsack today announced $45 million in grants."
    )
    assert [n.text for n in found.dateline] == ["EAU CLAIRE"]
    assert "EAU CLAIRE Wis" not in [n.text for n in found.names]


def test_an_e_mail_address_names_no_one() -> None:
    # A COPS Office newsletter story of 2024 (public domain).
    found = find_candidates(
        "The COPS Office celebrated its 30th anniversary in the Great Hall. To provide feedback "
        "on the Community Policing Dispatch, e-mail the editorial board at CPDispatch@usdoj.gov."
    )
    assert "CPDispatch" not in [n.text for n in found.names]


def test_usda_s_closing_notice_is_furniture() -> None:
    # A USDA release of 2014 (public domain).
    text = (
        "Deputy Secretary Harden to Travel to China\n\n"
        "WASHINGTON, July 7, 2014 – Agriculture Deputy Secretary Krysta Harden will travel to "
        "Beijing this week.\n\n"
        "USDA is an equal opportunity provider and employer. To file a complaint of "
        "discrimination, write: USDA, Office of the Assistant Secretary for Civil Rights, Office "
        "of Adjudication, 1400 Independence Ave., SW, Washington, DC 20250-9410 or call (866) "
        "632-9992 (Toll-free Customer Service).\n"
    )
    names = [n.text for n in find_candidates(text).names]
    assert "Krysta Harden" in names and "Beijing" in names
    assert not {"Independence Ave", "Office of Adjudication", "Toll-free Customer Service"} & set(
        names
    )


def test_a_dateline_s_dash_may_be_three_hyphens_or_stand_between_spaces() -> None:
    # HHS (2006) and FEMA (2021) releases (public domain).
    found = find_candidates(
        "Administration for Children and Families Awards Grants\n\n\n"
        "WASHINGTON, D.C. --- The Administration for Children and Families (ACF) awarded "
        "grants today.\n"
    )
    assert [n.text for n in found.dateline] == ["WASHINGTON, D.C."]
    found = find_candidates(
        "FEMA AUTHORIZES FUNDS TO FIGHT RED APPLE FIRE IN WASHINGTON Release Date: July 15, "
        "2021 BOTHELL, WASH.  -  The Federal Emergency Management Agency (FEMA) authorized the "
        "use of federal funds.\n"
    )
    assert [n.text for n in found.dateline] == ["BOTHELL", "WASH."]


def test_a_portal_s_loading_lines_are_furniture() -> None:
    # A USDA FSIS recall of 2015 (public domain).
    found = find_candidates(
        "Web Content Viewer (JSR 286)\n\nLoading...\n\nWeb Content Viewer (JSR 286)\n\n"
        "Loading...\n\nWeb Content Viewer (JSR 286)\n\n"
        "WASHINGTON, Jan. 9, 2015 – Shirk’s Meats, a Dundee, N.Y. establishment, is recalling "
        "sausage products.\n"
    )
    assert [n.text for n in found.dateline] == ["WASHINGTON"]


def test_more_dateline_shapes_found_on_release_pages() -> None:
    # EPA (2018), MBDA (2011), USAID (2005), DOE (2000) and NNSA (2008) releases (public domain).
    cases = {
        "Grant to Improve Water Infrastructure in Bartlett, Illinois\n\nCHICAGO − (January 11, "
        "2018) The U.S. Environmental Protection Agency has awarded a grant.": ["CHICAGO"],
        "Funding will support 27 MBDA Business Centers\n\nVisit MBDA Business CentersWASHINGTON, "
        "D.C. (April 6, 2011) —The U.S. Department of Commerce awarded grants.": [
            "WASHINGTON, D.C."
        ],
        "USAID Unveils Education Strategy\n\nContact: USAID Press Office\n\n0526-05-039\n\n"
        "WASHINGTON DC - Wednesday, the U.S. Agency for International Development unveiled its "
        "strategy.": ["WASHINGTON DC"],
        "SRS High-Level Waste Tanks\n\nAIKEN, SC; November 30 - The Department of Energy issued "
        "a draft.": ["AIKEN", "SC"],
        "NNSA Showcases Capabilities\n\nImage Link: Defense Programs Image Link: Naval Reactors\n\n"
        "AVILA, Spain – Spain wrapped up a nuclear emergency training exercise today.": [
            "AVILA",
            "Spain",
        ],
        # DEA releases of 2006 and 2007: the day, then the dateline
        "News Release\nAUG 07 -- (HOUSTON, TX.) St. Joseph Regional Health Center agreed to "
        "pay $750,000.": ["HOUSTON", "TX."],
        "News Release\nAPR 06 -- ATLANTA -- The DEA announced the arrest of a pharmacist.": [
            "ATLANTA"
        ],
        "APR 06 -- ATLANTA Drug Enforcement Administration agents seized $40,000.": ["ATLANTA"],
        "MAR 26 -- MARCH 23 (Indianapolis, IN) Gary G. Olenkiewicz said the funds arrived.": [
            "Indianapolis",
            "IN",
        ],
        # An Army release (2018) and an SBA release (2021): run onto the story
        "Ground broken\n\nLONG BEACH, California-Two U.S. Army Corps of Engineers commanders "
        "helped break ground.": ["LONG BEACH", "California"],
        "Loans for Florida\n\nATLANTAThe U.S. Small Business Administration reminds Florida "
        "businesses.": ["ATLANTA"],
    }
    for text, dateline in cases.items():
        assert [n.text for n in find_candidates(text).dateline] == dateline, text[:40]


def test_a_bracketed_dateline_and_washington_far_into_a_one_line_page() -> None:
    # A Senate release and an FCC release of 2013 (public domain).
    found = find_candidates(
        "Durbin: Champaign-Urbana To Receive $15.7 Million Federal TIGER Grant\n\n"
        "[WASHINGTON, D.C.] – U.S. Senator Dick Durbin announced today a grant.\n"
    )
    assert [n.text for n in found.dateline] == ["WASHINGTON, D.C."]
    menu = " ".join(["News Media Information 202 / 418-0500 Internet: http://www.fcc.gov"] * 8)
    found = find_candidates(
        f"NEWS Federal Communications Commission {menu} FCC Proposed Lifeline Fines to $90 "
        "Million in Past Three Months Washington, D.C. – The Federal Communications Commission "
        "has proposed fines.\n"
    )
    assert [n.text for n in found.dateline] == ["Washington, D.C."]


def test_washington_dc_run_into_the_story() -> None:
    # Labor Department (2021) and MCC (2010) releases (public domain).
    for text, dateline in (
        (
            "Grants support training\n\nWASHINGTON, DCThe U.S. Department of Labor’s Mine "
            "Safety and Health Administration today announced grants.",
            ["WASHINGTON, DC"],
        ),
        (
            "For Immediate Release\n\nFebruary 24, 2010\n\nWashington, D.C.The U.S. Government's "
            "Millennium Challenge Corporation signed a grant.",
            ["Washington, D.C."],
        ),
    ):
        found = find_candidates(text)
        assert [n.text for n in found.dateline] == dateline
        assert not any(n.text.startswith(("DCThe", "D.C.The")) for n in found.names)


def test_a_caption_that_ends_in_its_credits_is_furniture() -> None:
    # A NASA Glenn release (public domain): "Credits:" run onto the caption's last word.
    _, _, _, body = parts(
        "Suggested Searches\n\n3 min read\n\nNASA Glenn Announces Awards to After-School "
        "Programs\n\nBlanche Davidson showing the spacecraft harness design she created.\n"
        "Blanche Davidson of Perry Middle School, shows off a harness design for the spacecraft "
        "she created during the professional development workshop at Glenn Credits: NASA / Jef "
        "Janis, Alcyon Technical Services (JV), LLC\n"
        "Rondel Armour-Jones looking at his model of a spacecraft\n"
        "Rondel Armour-Jones gazes intently at his model of a spacecraft that will take humans "
        "to the Moon in 2024. Credits: NASA / Jef Janis, Alcyon Technical Services (JV), LLC\n"
        "NASA's Glenn Research Center gave awards to 14 programs.\n"
    )
    assert not any("Credits" in unit for unit in body)
    assert body[-1] == "NASA's Glenn Research Center gave awards to 14 programs."


def test_a_sentence_broken_across_two_lines_of_a_block_is_one_unit() -> None:
    text = (
        "HUD ANNOUNCES DISASTER ASSISTANCE\n\n"
        "WASHINGTON - Recognizing the needs of Midwest states following recent disasters, U.S.\n"
        "Housing and Urban Development Secretary Steve Preston announced HUD will allocate $100\n"
        "million to Iowa, Indiana and Wisconsin.\n"
    )
    body = parts(text)[3]
    assert any("allocate $100\nmillion to Iowa" in unit for unit in body)
    found = find_candidates(text)
    assert "Steve Preston" in {n.text for n in found.names}


def test_a_caption_that_places_people_in_the_photo_is_furniture() -> None:
    # An Ames Laboratory release (public domain): the photo's caption between two paragraphs.
    _, _, _, body = parts(
        "Energy Secretary Moniz dedicates new research facility at Ames Laboratory\n\n"
        "AMES, IOWA—Energy Secretary Ernest Moniz emphasized the role of materials research "
        "Friday at the dedication of the Ames Laboratory Sensitive Instrument Facility.\n\n"
        "U.S. Department of Energy Secretary Ernest Moniz cuts the ribbon with assistance from "
        "Ames Laboratory Director Adam Schwartz (left) and Iowa State University President "
        "Steven Leath (right).\n\n"
        "From L-R - Maryland State Champion Nora Sandler and National Champion Amber Johnson\n\n"
        "Moniz emphasized the connection between basic research and clean energy.\n"
    )
    assert not any("(left)" in unit or "L-R" in unit for unit in body)
    assert body[-1] == "Moniz emphasized the connection between basic research and clean energy."


def test_a_photo_s_label_and_its_short_line_are_furniture_but_a_story_run_onto_it_is_not() -> None:
    # Marine Corps, DOE and Defense Health Agency pages (public domain).
    _, _, _, body = parts(
        "Marines land in the Philippines\n\n"
        "Photo Information\n\n"
        "1st Lt. Ramon Deleon, Amphibious Assault Vehicle platoon commander, watches the surf.\n\n"
        "Headshot of Dan Ton\n\n"
        "Photographed left to right: Sheriff Tom Schmerber and Port Director Luis Beattie.\n\n"
        "Image of Two men unfold flags. The Defense Health Agency formally establishes the DHA "
        "Region Europe Oct. 25, 2022, marking the final major organizational change that "
        "institutes the DHA as the Defense Department's lead agency.\n"
    )
    assert len(body) == 1 and "Defense Health Agency formally establishes" in body[0]


def test_a_story_typed_at_sixty_columns_under_its_headline_is_story() -> None:
    # A typewritten release: the first sentence's short lines were taken for a second headline
    # and dropped, and with them the agency that announced the grants.
    text = (
        "UNITED STATES\n"
        "ENVIRONMENTAL PROTECTION AGENCY\n"
        "WASHINGTON, D.C. 20460\n"
        "OFFICIAL BUSINESS\n"
        "EPA GRANT AWARDS TOTAL $1.4 BILLION IN JUNE\n"
        "The Environmental Protection Agency today announced that\n"
        "the Agency awarded 1,245 grants amounting to $1,423,957,000\n"
        "during the month of June.\n"
    )
    title, _, _, body = parts(text)
    assert title is not None and title.endswith("EPA GRANT AWARDS TOTAL $1.4 BILLION IN JUNE")
    assert body[0] == "The Environmental Protection Agency today announced that"
    assert "the Agency awarded 1,245 grants amounting to $1,423,957,000" in body
    names = [n.text for n in find_candidates(text).names]
    assert "Environmental Protection Agency" in names


def test_a_caption_wrapped_at_thirty_columns_under_the_headline_is_no_story() -> None:
    text = (
        "Missoula BLM to hold public meeting for Resource Management Plan\n"
        "\n"
        "Looking at a map\n"
        "Jodi Wetzstein (right) points out\n"
        "features on a map of Missoula Field\n"
        "Office lands to a member of the\n"
        "public attending a January 2017\n"
        "open house in Missoula to discuss\n"
        "the field office's proposed plan.\n"
        "(BLM Photo by David Abrams)\n"
        "\n"
        "The Bureau of Land Management will hold an open house on Feb. 21 in Missoula.\n"
    )
    _, _, _, body = parts(text)
    assert not [line for line in body if "Missoula Field" in line or "open house in" in line]
    assert body[-1].startswith("The Bureau of Land Management")


def test_a_letterhead_with_its_short_name_in_brackets_is_no_sentence_of_the_story() -> None:
    # The bracket closing "(NHLBI)" read as the end of a sentence: the letterhead began the
    # story, and the headline under it, naming the director, was skipped as a heading.
    text = (
        "DHHS, NIH News\n"
        "\n"
        "National Heart, Lung, and Blood Institute (NHLBI)\n"
        "\n"
        "Monday, March 7, 2005\n"
        "\n"
        "Statement from Elizabeth G. Nabel, M.D., Director of the National Heart, Lung, and "
        "Blood Institute on the Findings of the Women's Health Study\n"
        "\n"
        "The Women's Health Study is the first large clinical trial to study the use of "
        "low-dose aspirin to prevent heart attack and stroke in women.\n"
    )
    title, _, _, body = parts(text)
    assert title is not None and title.startswith("Statement from Elizabeth G. Nabel")
    assert body[0].startswith("The Women's Health Study")
    assert "Elizabeth G. Nabel" in [n.text for n in find_candidates(text).names]


def test_a_headline_replaces_a_letterhead_with_its_short_name_in_brackets() -> None:
    text = (
        "Wage and Hour Division (WHD)\n"
        "\n"
        "US Department of Labor recovers nearly $84,000 in back overtime wages for 19 workers\n"
        "\n"
        "WARREN, Mich. -- The U.S. Department of Labor's Wage and Hour Division has recovered "
        "$83,734 in back wages.\n"
    )
    title, _, _, body = parts(text)
    assert title is not None and title.startswith("US Department of Labor recovers")
    assert body[0].startswith("The U.S. Department of Labor's")


def test_a_logo_s_words_run_into_the_story_s_first_line_are_no_story() -> None:
    # An SSA release (2023, public domain), shortened.
    _, _, _, body = parts(
        "Martin J. O’Malley Sworn in as Commissioner of Social Security Administration\n\n"
        "December 20, 2023\n\n"
        "Social Security Administration LogoMartin J. O’Malley was sworn in today by Senator "
        "Ben Cardin as Commissioner of Social Security to a term that expires on January 19, "
        "2025.\n"
    )
    assert body[0].startswith("Martin J. O’Malley was sworn in")


def test_a_headline_replaces_a_site_s_line_saying_what_its_agency_is() -> None:
    # An EDA release (2014, public domain), shortened.
    title, _, _, _ = parts(
        "A bureau within the U.S. Department of Commerce\nNewsroom\n\nPress Release\n\n"
        "U.S. Department of Commerce Invests $1 Million to Support Critical Infrastructure at "
        "Port of Port Arthur, Texas\n\n"
        "WASHINGTON - U.S. Secretary of Commerce Penny Pritzker today announced a grant.\n"
    )
    assert title is not None and title.startswith("U.S. Department of Commerce Invests")


def test_a_site_s_menu_labels_and_press_contact_are_no_headline() -> None:
    # NOAA (2020), HUD (2003) and Treasury (2010) pages as stored (public domain), shortened.
    title, _, _, _ = parts(
        "Stay Connected\n\nNOAA Research News\n\n"
        "Congress reauthorizes NOAA Sea Grant through 2025\n\n"
        "Congress reauthorizes NOAA Sea Grant through 2025\n\n"
        "The National Sea Grant College Act was reauthorized and amended by Congress.\n"
    )
    assert title == "Congress reauthorizes NOAA Sea Grant through 2025"
    title, _, _, body = parts(
        "HUD No. 03-020\nDonna White\n(202) 708-0685\n\nFor Release\nMarch 5, 2003\n\n"
        "WASHINGTON - Today the Department of Housing and Urban Development awarded 28 cities "
        "$494 million in HOPE VI grants.\n"
    )
    assert title is None and body[0].startswith("Today the Department")
    title, _, _, _ = parts(
        "Skip to content Skip to footer site map\n\nNavigate Up\nSign In\n"
        "AboutExpand About\nConnect with UsExpand Connect with Us\n\nPress Center\n\n"
        " Statement of Secretary Geithner on House Passage of the Small Business Lending Fund "
        "Act\n\n\n"
        "WASHINGTON – The U.S. Department of the Treasury today released the following statement."
        "\n"
    )
    assert title is not None and title.startswith("Statement of Secretary Geithner")


def test_a_field_office_s_trail_before_its_headline_is_no_part_of_it() -> None:
    # An FBI Cleveland page of 2011 as stored (public domain), shortened.
    title, _, _, _ = parts(
        "Home Cleveland Press Releases 2011 Two More Charged in Ongoing Cuyahoga County "
        "Corruption Investigation\n\n"
        "CLEVELAND—Two more people were charged today in the investigation.\n"
    )
    assert title == "Two More Charged in Ongoing Cuyahoga County Corruption Investigation"


def test_a_page_s_label_for_itself_is_no_headline_and_a_short_date_is_its_date() -> None:
    # Education Department (2010) and IMLS (2013) pages as stored (public domain), shortened.
    title, date, _, _ = parts(
        "07.01.10\n\nPell Grant Scholarship Increases Today for Millions of Students\n\n"
        "WASHINGTON, D.C. – Student aid benefits increase today.\n"
    )
    assert title == "Pell Grant Scholarship Increases Today for Millions of Students"
    assert date == "07.01.10"
    title, _, _, body = parts(
        "News Releases | September 12, 2013\nShare ThisFOR IMMEDIATE RELEASE\nIMLS Press Contact\n"
        "202-653-4799\nGiuliana Bullard gbullard@imls.gov\n"
        "IMLS Awards Nearly $30 Million in Federal Grants to Museums across the U.S.\n"
        "Washington, DC—Across the country museums are innovating.\n"
    )
    assert title is None  # its headline ends in "U.S.": the story's first sentence
    assert body[0].startswith("IMLS Awards Nearly $30 Million")


def test_a_menu_copied_without_its_spaces_is_no_title() -> None:
    # USDA Rural Development, ARS, DOE and SBA pages of 2001-2013 (public domain).
    for menu, headline in [
        (
            "SpacerHomeDividerAbout RDDividerNewsroomDividerAgencies & OfficesDividerHelp",
            "USDA Helps Fund New Fire Station in Grant City",
        ),
        (
            "ARS News and InformationSearch News and InfoScience for KidsImage Gallery",
            "Two New Corn Viruses Discovered",
        ),
        (
            "About DOE Button Staff & Contractors Button News Button Contact Us Button",
            "DOE Announces up to $4 Million for University Research",
        ),
        ("USA flagAn Official Website of the United States Government", "SBA Honors Small Firms"),
    ]:
        title, _, _, _ = parts(f"{menu}\n{headline}\n\nThe agency announced the awards today.")
        assert title == headline
    # A wiki's story with its links run into it stays the story.
    lede = (
        "The United StatesSpace ShuttleAtlantis and the European space station module Columbus "
        "are ready for launch from the Kennedy Space Center in Florida, NASA said."
    )
    _, _, _, body = parts(f"Atlantis Ready for Launch\n\n{lede}\nThe crew is ready.")
    assert lede in body


def test_a_photo_s_credit_by_or_courtesy_of_someone_makes_its_line_a_caption() -> None:
    # Forest Service (2024), NIEHS (2017) and National Park Service pages (public domain).
    _, _, _, body = parts(
        "Valentine Fire restores forest and community\n\nMay 20, 2024\n\n"
        "Aerial fire ignitions conducted during the Valentine Fire. Spheres, about the size of "
        "ping-pong balls, filled with an incendiary cocktail of potassium permanganate "
        "activated by ethylene glycol, were dropped by firefighters to reduce the fuels "
        "available to the main body of the fire. (USDA Forest Service photo by Danny "
        "Fairchild)\n\n"
        "Forty NIEHS staff were recognized Sept. 1 at the awards in Bethesda, Maryland.\n\n"
        "Archer and Collins Archer received congratulations. (Photo courtesy of NIH)\n\n"
        "Photo courtesy of the Civil War Trust\n\n"
        "The photographer said the photo by the river was taken at dawn.\n"
    )
    assert not any("Fairchild" in unit or "courtesy" in unit for unit in body)
    assert body == [
        "Forty NIEHS staff were recognized Sept. 1 at the awards in Bethesda, Maryland.",
        "The photographer said the photo by the river was taken at dawn.",
    ]


def test_a_bracketed_photo_credit_ends_a_caption_and_a_speech_names_its_speaker() -> None:
    # A US Mission to the OSCE statement of 2017, TSA and USAID pages (public domain).
    text = (
        "On the Attack in New York City\n\n"
        "A man holds a candle during a vigil at Foley square, Nov. 1, 2017, in New York. "
        "(AP image)\n\n"
        "TSA officers detected this loaded handgun at Dulles Airport on Sept. 10. (TSA photo)\n\n"
        "Panay Island fisherfolk rebuild their floating guardhouse. (Courtesy of Tyler Hassig)\n\n"
        "As delivered by Chargé d’Affaires, a.i. Harry Kamian\nto the Permanent Council, Vienna\n"
        "November 2, 2017\n\n"
        "We join you in extending our heartfelt condolences (the vigil was in New York).\n"
    )
    _, _, _, body = parts(text)
    assert body == [
        "We join you in extending our heartfelt condolences (the vigil was in New York)."
    ]
    page = layout(text)
    assert page.speaker is not None
    assert text[page.speaker.start : page.speaker.end] == "Harry Kamian"
