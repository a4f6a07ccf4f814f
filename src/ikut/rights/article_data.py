"""Shipped rights-library content. English is the source text; every other language is machine-drafted
and loaded with status "draft" until a named reviewer marks it reviewed in the UI.

Provenance (rights/provenance.py): every legal reference carries `source` (the statute on Finlex) and every
source row its `url`; `checked_on` is the date someone read that source for the fact, else "" ("not yet
checked"). The readings of 2026-11-30 are in ../shared/FACTS.md. Texts were corrected on 2026-11-30 from
FACTS.md (written terms: 7 days / one month; daily rest; a day over 8 h vs a week over 40 h; the 1.1.2026
reorganisation of authorities).
"""

CHECKED = "2026-11-30"
FINLEX_AJANTASA = "https://www.finlex.fi/fi/laki/ajantasa/"

ECA = {"statute": "Employment Contracts Act", "number": "55/2001", "source": FINLEX_AJANTASA + "2001/20010055"}
WHA = {"statute": "Working Hours Act", "number": "872/2019", "source": FINLEX_AJANTASA + "2019/20190872"}
AHA = {"statute": "Annual Holidays Act", "number": "162/2005", "source": FINLEX_AJANTASA + "2005/20050162"}
OSHA = {"statute": "Occupational Safety and Health Act", "number": "738/2002",
        "source": FINLEX_AJANTASA + "2002/20020738"}
CC = {"statute": "Criminal Code", "number": "39/1889", "source": FINLEX_AJANTASA + "1889/18890039001"}
NDA = {"statute": "Non-discrimination Act", "number": "1325/2014", "source": FINLEX_AJANTASA + "2014/20141325"}
ALIENS = {"statute": "Aliens Act", "number": "301/2004", "source": FINLEX_AJANTASA + "2004/20040301"}
SEASONAL = {"statute": "Seasonal Workers Act", "number": "907/2017", "source": FINLEX_AJANTASA + "2017/20170907"}
BERRY = {"statute": "Act on the legal status of foreigners picking natural products", "number": "487/2021",
         "source": "https://finlex.fi/fi/laki/alkup/2021/20210487"}


def r(base, section, source=None, checked_on=""):
    """A legal reference; `source`/`checked_on` override the statute's Finlex page when a specific page was
    read for this fact."""
    return base | {"section": section, "source": source or base["source"], "checked_on": checked_on}


def src(title, url, checked_on=""):
    return {"title": title, "url": url, "checked_on": checked_on}


# Fact check of 2026-11-30 (docs/rights.md, "Fact check 2026-11-30"): pages read through the search tool that
# day. Where a row now names one of them, checked_on is set and a comment quotes the decisive words. A page
# found only as an older copy is still a source for a statute's section number (not for an authority's
# contact details, which changed on 1.1.2026).
#
# The OSH site's stored copy is at /en/employment-relationship/foreign-employee (the old /web/en/...-employees
# address is not in the stored pages). Generic source: not a check of every article that lists it.
TYOSUOJELU = src("Työsuojelu.fi — Foreign employee (OSH authorities' information site)",
                 "https://tyosuojelu.fi/en/employment-relationship/foreign-employee")
FINLEX = src("Finlex — Finnish legislation", "https://www.finlex.fi/")
# migri.fi: "You can call us at +358 2954 63177 (24 h) ... We will help you even if you are in Finland illegally."
MIGRI_HELP = src("Migri — Assistance system for victims of human trafficking",
                 "https://migri.fi/en/assistance-system-for-victims-of-human-trafficking", CHECKED)
# syrjinta.fi (Non-Discrimination Ombudsman, national rapporteur on trafficking): "In Finland, human
# trafficking is criminalised through the provisions of chapter 25 sections 3 and 3a of the Criminal Code."
TRAFFICKING_SECTIONS = "https://www.syrjinta.fi/web/EN/what-is-trafficking-in-human-beings-"
# finlex.fi, Act 302/2004 amending chapter 47 of the Criminal Code (Swedish text): "3 § Diskriminering i
# arbetslivet" and "3 a § Ockerliknande diskriminering i arbetslivet" (extortionate work discrimination).
WORK_DISCRIMINATION_SECTIONS = "https://finlex.fi/sv/laki/alkup/2004/20040302"
# finlex.fi, Act 398/2013 "Laki työsopimuslain 2 luvun 16 §:n muuttamisesta": "16 § Palkan maksaminen. Palkka
# on maksettava työntekijän osoittamalle pankkitilille ... Maksaessaan palkan työnantajan on annettava
# työntekijälle laskelma".
PAY_PAYMENT_SECTION = "https://finlex.fi/fi/laki/alkup/2013/20130398"
# tes.pam.fi (PAM collective agreement text): "Koeajan pituus on enintään kuusi kuukautta. 12 kuukautta
# lyhyemmässä määräaikaisessa työsuhteessa koeaika saa olla enintään puolet ... työsopimuslain 1 luvun 4 §:ssä".
TRIAL_PERIOD_SECTION = "https://tes.pam.fi/huvipuisto-tes-tyosopimus/"
# eduskunta.fi HE 215/2022 (in force 1.7.2023): "työsopimuslain soveltamisalasäännöstä [1 luvun 1 §]
# muutettaisiin ... kokonaisharkinnan tekemistä koskeva säännös", for work between employment and
# self-employment.
EMPLOYEE_DEFINITION_SECTION = "https://eduskunta.fi/FI/vaski/HallituksenEsitys/Sivut/HE_215+2022.aspx"
HOLIDAY_SECTIONS = "https://www.vuosilomaopas.fi/fi/lomakorvaus-2/lomakorvaus-tyosuhteen-paattyessa.html"
# tyosuojelu.fi, supervision guideline 3/2023: "työturvallisuuslain • 8 § työnantajan yleinen
# huolehtimisvelvoite ... • 14 § työntekijälle annettava opetus ja ohjaus".
SAFETY_SECTIONS = ("https://tyosuojelu.fi/tietoa-meista/toiminta/valvontaohjeet/"
                   "psykososiaalisen-tyokuormituksen-valvontaohje")
# FACTS.md 2026-11-30: written terms within 7 days / one month (ECA ch. 2 s. 4 as amended from 1.8.2022).
WRITTEN_TERMS = src("Työsuojelu.fi — Selvitys työnteon keskeisistä ehdoista (written statement of key terms)",
                    "https://www.tyosuojelu.fi/tyosuhde/tyosopimus/selvitys-tyonteon-ehdoista", CHECKED)
HELP_CONTACTS = src("e-justice.europa.eu — Finland: support for victims of crime (help numbers)",
                    "https://e-justice.europa.eu/content_rights_of_victims_of_crime_in_criminal_proceedings-171-FI-"
                    "maximizeMS-en.do?clang=fi&idSubpage=9&member=1", CHECKED)
OMBUDSMAN = src("Non-Discrimination Ombudsman — customer service",
                "https://yhdenvertaisuusvaltuutettu.fi/en/customer-service", CHECKED)

ARTICLES = [
    {"slug": "contract", "icon": "contract",
     # ch. 1 s. 3 (form of the contract): no page naming the section was found on 2026-11-30; unchecked.
     "legal_references": [r(ECA, "ch. 2 s. 4", WRITTEN_TERMS["url"], CHECKED), r(ECA, "ch. 1 s. 3")],
     "sources": [WRITTEN_TERMS, TYOSUOJELU, FINLEX],
     "text": {
         "en": {"title": "Employment contract and written terms",
                "summary": "What your contract must say, and why you should get it in writing.",
                "body": """An employment contract can be made orally, in writing or electronically. A written contract is the best proof of what was agreed.

If you do not get a written contract, the employer must still give you the key terms in writing. Within 7 days of starting work: who the employer is, when the work starts, when a fixed-term job ends and why, any trial period, where you work, what work you do, your pay and pay period, and your working hours. The other terms, such as annual holiday, the notice period and which collective agreement applies, within one month. This applies when you work more than 12 hours in four weeks.

Do not sign anything you do not understand. You may take the contract home, ask for it in a language you understand, and ask a trade union or a support worker to read it with you."""},
         "fi": {"title": "Työsopimus ja kirjalliset ehdot",
                "summary": "Mitä työsopimuksessa pitää lukea ja miksi se kannattaa saada kirjallisena.",
                "body": """Työsopimuksen voi tehdä suullisesti, kirjallisesti tai sähköisesti. Kirjallinen sopimus on paras todiste siitä, mitä on sovittu.

Jos et saa kirjallista sopimusta, työnantajan on silti annettava sinulle työn keskeiset ehdot kirjallisesti. 7 päivän kuluessa työn aloittamisesta: kuka on työnantaja, milloin työ alkaa, milloin määräaikainen työ päättyy ja miksi, mahdollinen koeaika, missä teet työtä, mitä työtä teet, palkka ja palkanmaksukausi sekä työaika. Muut ehdot, kuten vuosiloma, irtisanomisaika ja mitä työehtosopimusta noudatetaan, kuukauden kuluessa. Tämä koskee työtä, jota on yli 12 tuntia neljässä viikossa.

Älä allekirjoita mitään, mitä et ymmärrä. Voit ottaa sopimuksen kotiin, pyytää sitä kielellä, jota ymmärrät, ja pyytää ammattiliittoa tai tukityöntekijää lukemaan sen kanssasi."""},
         "sv": {"title": "Arbetsavtal och skriftliga villkor",
                "summary": "Vad ditt arbetsavtal ska innehålla och varför du ska få det skriftligt.",
                "body": """Ett arbetsavtal kan ingås muntligt, skriftligt eller elektroniskt. Ett skriftligt avtal är det bästa beviset på vad ni har kommit överens om.

Om du inte får ett skriftligt avtal måste arbetsgivaren ändå ge dig de centrala villkoren skriftligt. Inom 7 dagar från att arbetet började: vem arbetsgivaren är, när arbetet börjar, när en visstidsanställning upphör och varför, eventuell prövotid, var du arbetar, vilket arbete du gör, lönen och lönebetalningsperioden samt arbetstiden. Övriga villkor, till exempel semester, uppsägningstid och vilket kollektivavtal som tillämpas, inom en månad. Detta gäller när du arbetar mer än 12 timmar på fyra veckor.

Skriv inte under något du inte förstår. Du får ta med avtalet hem, be om det på ett språk du förstår och be ett fackförbund eller en stödperson läsa det med dig."""},
     }},
    {"slug": "pay", "icon": "pay",
     # ch. 2 s. 7 and s. 10: no page naming these sections was found in the stored corpus (searched "työsopimuslain
     # 2 luvun 7 §", "TSL 2:7", "2 luvun 10 §"); only wageindicator.fi (a page that still gives the pre-2022
     # written-terms rule) names s. 10, so both stay unchecked.
     "legal_references": [r(ECA, "ch. 2 s. 7"), r(ECA, "ch. 2 s. 10")],
     # tyosuojelu.fi: "Suomessa ei ole minimipalkkalakia ... Työnantaja ei voi työsopimuksellakaan alittaa häntä
     # velvoittavan työehtosopimuksen vähimmäispalkkamääräyksiä ... yleissitovaksi".
     "sources": [src("Työsuojelu.fi — Palkka (pay; no minimum wage law, generally applicable agreements)",
                     "https://tyosuojelu.fi/tyosuhde/palkka", CHECKED),
                 # Not checked: the Finlex address was not in the stored pages. The confirmation board's own page
                 # (tyoehtosopimuksenyleissitovuudenvahvistamislautakunta.fi/toiminta, 2013) says it publishes the
                 # generally applicable agreements in Finlex, but gives no address.
                 src("Finlex — generally applicable collective agreements",
                     "https://finlex.fi/fi/viranomaiset/tyoehto/")],
     "text": {
         "en": {"title": "Pay and collective agreements",
                "summary": "Finland has no minimum wage law: the collective agreement of your sector sets the lowest pay.",
                "body": """Finland has no general minimum wage set by law. Instead, most sectors have a generally applicable collective agreement. Every employer in that sector must pay at least what the agreement says, even if the employer or you are not members of any union or employers' association.

The agreement also sets extra pay for evenings, nights, Sundays and overtime, and other rights such as sick pay. Ask which agreement applies to your job; it should be written in your contract.

If no collective agreement applies, the pay must still be reasonable and normal for that kind of work. Pay that is clearly too low can be a crime (extortionate work discrimination)."""},
         "fi": {"title": "Palkka ja työehtosopimukset",
                "summary": "Suomessa ei ole lakisääteistä minimipalkkaa: alan työehtosopimus määrää alimman palkan.",
                "body": """Suomessa ei ole lailla säädettyä yleistä minimipalkkaa. Useimmilla aloilla on sen sijaan yleissitova työehtosopimus. Jokaisen alan työnantajan on maksettava vähintään sopimuksen mukainen palkka, vaikka työnantaja tai sinä ette kuuluisi liittoon.

Työehtosopimuksessa sovitaan myös ilta-, yö-, sunnuntai- ja ylityölisistä sekä muista oikeuksista, kuten sairausajan palkasta. Kysy, mitä sopimusta työhösi sovelletaan; sen pitäisi lukea työsopimuksessa.

Jos työehtosopimusta ei ole, palkan on silti oltava kohtuullinen ja tavanomainen kyseisestä työstä. Selvästi liian pieni palkka voi olla rikos (kiskonnantapainen työsyrjintä)."""},
         "sv": {"title": "Lön och kollektivavtal",
                "summary": "Finland har ingen lag om minimilön: branschens kollektivavtal bestämmer den lägsta lönen.",
                "body": """Finland har ingen allmän minimilön i lag. I stället har de flesta branscher ett allmänt bindande kollektivavtal. Varje arbetsgivare i branschen måste betala minst den lön som avtalet anger, även om arbetsgivaren eller du inte är medlem i något förbund.

Avtalet bestämmer också tillägg för kvällar, nätter, söndagar och övertid samt andra rättigheter, till exempel lön under sjukdom. Fråga vilket avtal som gäller för ditt arbete; det ska stå i arbetsavtalet.

Om inget kollektivavtal gäller ska lönen ändå vara skälig och normal för arbetet. En klart för låg lön kan vara ett brott (ockerliknande diskriminering i arbetslivet)."""},
     }},
    {"slug": "payslip", "icon": "bank",
     "legal_references": [r(ECA, "ch. 2 s. 16", PAY_PAYMENT_SECTION, CHECKED)],
     # tyosuojelu.fi: "Palkka tulee maksaa sen erääntymispäivänä työntekijän pankkitilille. Palkanmaksun
     # yhteydessä on annettava palkkalaskelma."
     "sources": [src("Työsuojelu.fi — Palkanmaksu (payment of pay and the payslip)",
                     "https://www.tyosuojelu.fi/fi/tyosuhde/palkka/palkanmaksu", CHECKED), FINLEX],
     "text": {
         "en": {"title": "Payslip and pay into your bank account",
                "summary": "Your pay goes into your own account, with a payslip every time.",
                "body": """Your pay must be paid into a bank account that you choose and control. Keep your bank card, codes and online banking to yourself. Nobody else should hold them.

Every time you are paid, you have the right to a payslip. It shows how much you earned, for which hours, and what was deducted (tax, pension and unemployment insurance contributions, and anything else).

Keep your payslips and write down your own working hours. If pay is missing or late, ask the employer in writing. A trade union or the occupational safety authority can advise you."""},
         "fi": {"title": "Palkkalaskelma ja palkka pankkitilille",
                "summary": "Palkka maksetaan omalle tilillesi, ja saat joka kerta palkkalaskelman.",
                "body": """Palkka on maksettava pankkitilille, jonka sinä valitset ja jota sinä hallitset. Pidä pankkikortti, tunnukset ja verkkopankki itselläsi. Kenenkään muun ei pidä pitää niitä.

Joka palkanmaksun yhteydessä sinulla on oikeus palkkalaskelmaan. Siitä näkyy, paljonko ansaitsit, mistä tunneista ja mitä palkasta vähennettiin (vero, eläke- ja työttömyysvakuutusmaksut ja muut vähennykset).

Säilytä palkkalaskelmat ja kirjaa omat työtuntisi. Jos palkka puuttuu tai myöhästyy, kysy työnantajalta kirjallisesti. Ammattiliitto tai työsuojeluviranomainen voi neuvoa."""},
         "sv": {"title": "Lönespecifikation och lön till bankkonto",
                "summary": "Lönen betalas till ditt eget konto, med en lönespecifikation varje gång.",
                "body": """Lönen ska betalas till ett bankkonto som du själv väljer och styr. Behåll ditt bankkort, dina koder och din nätbank själv. Ingen annan ska ha dem.

Varje gång lön betalas har du rätt till en lönespecifikation. Den visar hur mycket du tjänade, för vilka timmar och vad som drogs av (skatt, pensions- och arbetslöshetsförsäkringsavgifter och annat).

Spara dina lönespecifikationer och skriv upp dina egna arbetstimmar. Om lönen saknas eller är sen, fråga arbetsgivaren skriftligt. Ett fackförbund eller arbetarskyddsmyndigheten kan ge råd."""},
     }},
    {"slug": "working-hours", "icon": "clock",
     # Section numbers not confirmed: the consolidated Working Hours Act is not in the stored pages and no page
     # found names ss. 16, 18, 20, 25 or 27 of Act 872/2019 (searched "työaikalaki 25 § vuorokausilepo", the
     # section titles, the unofficial English translation, stuklex.fi). HE 158/2018 (the bill) is stored but
     # sections can move between bill and Act, so it is not used.
     "legal_references": [r(WHA, "s. 16"), r(WHA, "s. 18"), r(WHA, "s. 20"), r(WHA, "s. 25"), r(WHA, "s. 27")],
     # yrittajat.fi: "vähintään 11 tunnin mittaiseen keskeytymättömään lepoaikaan. Jaksotyössä ... vähintään
     # yhdeksän tunnin ... sopia vuorokausilevon lyhentämisestä. Lepoajan on kuitenkin aina oltava vähintään
     # seitsemän tuntia" and "tunnin mittaiseen lepoaikaan, mikäli vuorokautinen työaika on kuutta tuntia pidempi".
     "sources": [src("Suomen Yrittäjät — Lepoajat (breaks, daily and weekly rest under the Working Hours Act)",
                     "https://www.yrittajat.fi/yrittajan-abc/tyonantajan-abc/tyoaika/lepoajat-318244", CHECKED),
                 src("Finlex — Working Hours Act 872/2019",
                                 "https://www.finlex.fi/fi/laki/ajantasa/2019/20190872")],
     "text": {
         "en": {"title": "Working hours, overtime and rest",
                "summary": "Normal hours, extra pay for overtime, and your right to rest.",
                "body": """Regular working time is usually at most 8 hours a day and 40 hours a week. Working time can also be arranged as an average over several weeks, for example in shift work or period-based work. Then a single longer day can be lawful. Ask how your working time is arranged.

Work beyond your agreed hours needs your agreement. Overtime must be paid extra. If you work more than 40 hours a week, week after week, and get no overtime pay, that is a serious warning sign. In total, working time may not exceed 48 hours a week on average.

The normal rule is at least 11 hours of rest between working days and at least 35 hours of rest in a row every week. In some cases the rest between working days can lawfully be shorter. If you get less than 11 hours, ask why and get advice. On a day of more than 6 hours you get a break, normally at least one hour."""},
         "fi": {"title": "Työaika, ylityö ja lepo",
                "summary": "Säännöllinen työaika, ylityökorvaus ja oikeus lepoon.",
                "body": """Säännöllinen työaika on yleensä enintään 8 tuntia päivässä ja 40 tuntia viikossa. Työaika voidaan järjestää myös keskimääräisenä usean viikon aikana, esimerkiksi vuorotyössä tai jaksotyössä. Silloin yksittäinen pidempi päivä voi olla lain mukainen. Kysy, miten työaikasi on järjestetty.

Sovitun työajan ylittävään työhön tarvitaan suostumuksesi. Ylityöstä on maksettava korotettua palkkaa. Jos teet viikosta toiseen yli 40 tuntia viikossa etkä saa ylityökorvausta, se on vakava varoitusmerkki. Kaikkiaan työaika saa olla keskimäärin enintään 48 tuntia viikossa.

Pääsääntö on vähintään 11 tunnin lepo työpäivien välillä ja vähintään 35 tunnin yhtäjaksoinen viikkovapaa. Joissain tilanteissa työpäivien välinen lepo voi lain mukaan olla lyhyempi. Jos lepoa on alle 11 tuntia, kysy miksi ja pyydä neuvoa. Yli 6 tunnin työpäivänä saat tauon, tavallisesti vähintään tunnin."""},
         "sv": {"title": "Arbetstid, övertid och vila",
                "summary": "Ordinarie arbetstid, ersättning för övertid och rätt till vila.",
                "body": """Den ordinarie arbetstiden är vanligen högst 8 timmar per dag och 40 timmar per vecka. Arbetstiden kan också ordnas som ett genomsnitt över flera veckor, till exempel i skiftarbete eller periodarbete. Då kan en enskild längre dag vara laglig. Fråga hur din arbetstid är ordnad.

Arbete utöver den avtalade arbetstiden kräver ditt samtycke. Övertid ska betalas extra. Om du vecka efter vecka arbetar mer än 40 timmar per vecka utan övertidsersättning är det ett allvarligt varningstecken. Sammanlagt får arbetstiden vara högst 48 timmar per vecka i genomsnitt.

Huvudregeln är minst 11 timmars vila mellan arbetsdagarna och minst 35 timmars sammanhängande vila varje vecka. I vissa fall kan vilan mellan arbetsdagarna lagligt vara kortare. Om du får mindre än 11 timmar, fråga varför och be om råd. En dag på över 6 timmar får du en rast, vanligen minst en timme."""},
     }},
    {"slug": "annual-holiday", "icon": "sun",
     # vuosilomaopas.fi quotes the Act: "17 § Lomakorvaus työsuhteen päättyessä ... 5 §:n 1 momentin ensimmäisen
     # virkkeen mukaan määräytyvää lomaa ... 6 ja 7 §:ssä säädetty määrä työssäolopäiviä tai -tunteja".
     "legal_references": [r(AHA, "s. 5", HOLIDAY_SECTIONS, CHECKED), r(AHA, "s. 6", HOLIDAY_SECTIONS, CHECKED),
                          r(AHA, "s. 17", HOLIDAY_SECTIONS, CHECKED)],
     # yrittajat.fi (2022): "kaksi ja puoli arkipäivää kultakin täydeltä lomanmääräytymiskuukaudelta ... alle
     # vuoden ... kaksi arkipäivää ... vähintään 14 työssäolopäivää ... vähintään 35 työtuntia".
     "sources": [src("Suomen Yrittäjät — Vuosiloma (annual holiday: 2 or 2.5 days a month, 14 days or 35 hours)",
                     "https://www.yrittajat.fi/blogit/vuosiloma/", CHECKED), FINLEX],
     "text": {
         "en": {"title": "Annual holiday",
                "summary": "You earn paid holiday for every month you work.",
                "body": """You earn paid annual holiday for each full month of work (a month with at least 14 working days, or in some cases 35 working hours). In the first year it is 2 days a month; when your employment has lasted at least a year by the end of March, it is 2.5 days a month.

During the holiday you get your normal pay. Many collective agreements also give a holiday bonus.

If your employment ends before you have taken your holiday, the employer must pay holiday compensation instead."""},
         "fi": {"title": "Vuosiloma",
                "summary": "Ansaitset palkallista lomaa jokaiselta työkuukaudelta.",
                "body": """Ansaitset palkallista vuosilomaa jokaiselta täydeltä lomanmääräytymiskuukaudelta (kuukausi, jossa on vähintään 14 työpäivää tai joissain tapauksissa 35 työtuntia). Ensimmäisenä vuonna lomaa kertyy 2 päivää kuukaudessa; kun työsuhde on maaliskuun loppuun mennessä kestänyt vähintään vuoden, 2,5 päivää kuukaudessa.

Loman ajalta saat tavallisen palkkasi. Monissa työehtosopimuksissa on lisäksi lomaraha.

Jos työsuhde päättyy ennen kuin olet pitänyt lomasi, työnantajan on maksettava lomakorvaus."""},
         "sv": {"title": "Semester",
                "summary": "Du tjänar in betald semester för varje månad du arbetar.",
                "body": """Du tjänar in betald semester för varje full kvalifikationsmånad (en månad med minst 14 arbetsdagar eller i vissa fall 35 arbetstimmar). Det första året blir det 2 dagar per månad; när anställningen vid utgången av mars har varat minst ett år blir det 2,5 dagar per månad.

Under semestern får du din vanliga lön. Många kollektivavtal ger också semesterpenning.

Om anställningen upphör innan du har tagit ut din semester ska arbetsgivaren betala semesterersättning."""},
     }},
    {"slug": "sick-leave", "icon": "health",
     # yrittajat.fi: "Työsopimuslain (2 luku 11 §) perusteella työnantaja on velvollinen maksamaan palkkaa
     # sairastumispäivältä ja sitä seuraavilta 9 arkipäivältä (1+9) ... Alle kuukauden jatkuneissa työsuhteissa
     # työntekijällä on oikeus saada puolet palkastaan."
     "legal_references": [r(ECA, "ch. 2 s. 11",
                            "https://www.yrittajat.fi/tyonantajalle-2-old/tyosuhde/palkka-ja-muut-korvaukset/"
                            "sairauspoissaolo-ja-palkanmaksu/", CHECKED)],
     # kela.fi: "Sickness allowance will be paid after the completion of a waiting period. The waiting period
     # usually consists of the first day of illness and the following nine working days."
     "sources": [TYOSUOJELU, src("Kela — Sickness allowance", "https://kela.fi/web/en/sickness-allowance", CHECKED)],
     "text": {
         "en": {"title": "Sick leave",
                "summary": "If you are ill you may stay home, and you are paid for the first days.",
                "body": """If you are too ill to work, tell your employer as soon as you can. The employer can ask for a medical certificate; the rules are in the collective agreement or workplace instructions.

If your employment has lasted at least one month, the employer pays your full pay for the day you fell ill and the following nine working days. If it has lasted less than a month, you get half your pay.

For longer illness you can apply for sickness allowance from Kela. Your employer may not dismiss you just because you are ill."""},
         "fi": {"title": "Sairausloma",
                "summary": "Sairaana saat jäädä kotiin, ja ensimmäisiltä päiviltä maksetaan palkkaa.",
                "body": """Jos olet liian sairas tekemään työtä, ilmoita työnantajalle niin pian kuin voit. Työnantaja voi pyytää lääkärintodistuksen; säännöt ovat työehtosopimuksessa tai työpaikan ohjeissa.

Jos työsuhteesi on kestänyt vähintään kuukauden, työnantaja maksaa täyden palkan sairastumispäivältä ja sitä seuraavalta yhdeksältä arkipäivältä. Jos se on kestänyt alle kuukauden, saat puolet palkasta.

Pidemmän sairauden ajalta voit hakea Kelalta sairauspäivärahaa. Työnantaja ei saa irtisanoa sinua pelkästään sairauden vuoksi."""},
         "sv": {"title": "Sjukledighet",
                "summary": "Om du är sjuk får du stanna hemma, och du får lön för de första dagarna.",
                "body": """Om du är för sjuk för att arbeta, meddela arbetsgivaren så snart du kan. Arbetsgivaren kan be om läkarintyg; reglerna finns i kollektivavtalet eller arbetsplatsens anvisningar.

Om anställningen har varat minst en månad betalar arbetsgivaren full lön för insjuknandedagen och de nio följande vardagarna. Om den har varat kortare tid får du halva lönen.

Vid längre sjukdom kan du söka sjukdagpenning från FPA (Kela). Arbetsgivaren får inte säga upp dig enbart för att du är sjuk."""},
     }},
    {"slug": "trial-period", "icon": "door",
     # ch. 6 s. 3: the notice periods are confirmed (source below) but no page naming the section was found.
     # ch. 7 s. 1 (the general "proper and weighty reason" rule) is out of date: the reform in force 1.1.2026
     # (HE 158/2025, tem.fi below) lowered the personal ground to "a proper reason". The draft repealed 7:1 and put
     # the personal ground in 7:2 (sak.fi statement of 2025 on the draft: "Työsopimuslain irtisanomisia koskeva
     # yleissäännös (7 luvun 1 §) kumotaan. 2. Työsopimuslain 7 luvun 2 §:ssä säädetään työntekijän henkilöön
     # liittyvästä irtisanomisperusteesta."), but the bill changed after the consultation (sttinfo.fi 12.9.2025:
     # the underperformance and warning provisions were dropped) and the enacted text was not found, so ch. 7 s. 2
     # stays unchecked.
     "legal_references": [r(ECA, "ch. 1 s. 4", TRIAL_PERIOD_SECTION, CHECKED), r(ECA, "ch. 6 s. 3"),
                          r(ECA, "ch. 7 s. 2", "https://sak.fi/aineistot/lausunnot/henkiloon-liittyvaa-"
                            "irtisanomisperustetta-koskevan-lainsaadannon-muuttaminen")],
     # tyosuojelu.fi: employer's notice "0–1 vuotta 14 päivää ... yli 12 vuotta 6 kk"; employee's "0–5 vuotta
     # 14 vrk, yli 5 vuotta 1 kk". tem.fi (22.12.2025): "Työsuhteen voi 1.1.2026 alkaen irtisanoa kevyemmin
     # perustein ... Työsopimuksen päättämiseen riittää jatkossa asiallinen syy ... Vähäistä tai syrjivää syytä
     # ei jatkossakaan pidetä asiallisena syynä".
     "sources": [src("Työsuojelu.fi — Irtisanomisajat (notice periods)",
                     "https://tyosuojelu.fi/tyosuhde/tyosuhteen-paattyminen/sopimuksen-irtisanominen/irtisanomisajat",
                     CHECKED),
                 src("Ministry of Economic Affairs and Employment — lower threshold for dismissal from 1.1.2026",
                     "https://tem.fi/-/irtisanomiskynnys-madaltuu-kun-tyontekija-on-rikkonut-velvollisuuksiaan",
                     CHECKED)],
     "text": {
         "en": {"title": "Trial period and ending employment",
                "summary": "How long a trial period may be, and how a job can end.",
                "body": """A trial period can be agreed at the start of the job. It can last at most 6 months. In a fixed-term job shorter than 12 months it can be at most half of the job's length. During the trial period either side can end the employment, but not for a discriminatory reason.

After the trial period the employer needs a proper reason to dismiss you, for example if you neglect your duties or if there is not enough work for financial or production reasons. A minor or discriminatory reason is never enough. The employer must respect the notice period, which depends on how long you have worked, from 14 days upwards.

You may resign too. If your employment has lasted less than five years, your notice period is normally 14 days. Ask for a written employment certificate when the job ends."""},
         "fi": {"title": "Koeaika ja työsuhteen päättyminen",
                "summary": "Kuinka pitkä koeaika saa olla ja miten työsuhde voi päättyä.",
                "body": """Koeajasta voidaan sopia työsuhteen alussa. Se voi kestää enintään 6 kuukautta. Alle 12 kuukauden määräaikaisessa työsuhteessa se voi olla enintään puolet työsuhteen kestosta. Koeaikana kumpikin voi purkaa työsuhteen, mutta ei syrjivällä perusteella.

Koeajan jälkeen työnantaja tarvitsee asiallisen syyn irtisanoakseen sinut, esimerkiksi jos laiminlyöt velvollisuutesi tai jos työtä ei ole tarpeeksi taloudellisista tai tuotannollisista syistä. Vähäinen tai syrjivä syy ei koskaan riitä. Työnantajan on noudatettava irtisanomisaikaa. Irtisanomisaika riippuu siitä, kuinka kauan olet ollut töissä, ja on vähintään 14 päivää.

Voit myös itse irtisanoutua. Jos työsuhde on kestänyt alle viisi vuotta, irtisanomisaikasi on yleensä 14 päivää. Pyydä työsuhteen päättyessä kirjallinen työtodistus."""},
         "sv": {"title": "Prövotid och anställningens upphörande",
                "summary": "Hur lång prövotiden får vara och hur en anställning kan upphöra.",
                "body": """Prövotid kan avtalas i början av anställningen. Den kan vara högst 6 månader. I en visstidsanställning på under 12 månader får den vara högst hälften av anställningens längd. Under prövotiden kan båda parter häva anställningen, men inte av diskriminerande skäl.

Efter prövotiden behöver arbetsgivaren ett sakligt skäl för att säga upp dig, till exempel om du försummar dina skyldigheter eller om det inte finns tillräckligt med arbete av ekonomiska eller produktionsmässiga orsaker. Ett obetydligt eller diskriminerande skäl räcker aldrig. Arbetsgivaren ska iaktta uppsägningstiden. Uppsägningstiden beror på hur länge du har arbetat och är minst 14 dagar.

Du kan också själv säga upp dig. Om anställningen har varat mindre än fem år är din uppsägningstid vanligen 14 dagar. Be om ett skriftligt arbetsintyg när anställningen upphör."""},
     }},
    {"slug": "tax", "icon": "tax",
     "legal_references": [],
     # vero.fi's page was not in the stored pages. infofinland.fi: "Show the tax card to your employer. If you do
     # not show the tax card to your employer, they will deduct 60% of your salary as taxes."
     "sources": [src("InfoFinland — Tax card", "https://www.infofinland.fi/en/living-in-finland/work-and-enterprise/"
                     "taxation/tax-card", CHECKED)],
     "text": {
         "en": {"title": "Tax card and taxes",
                "summary": "Get a tax card so the right tax is taken from your pay.",
                "body": """To work in Finland you need a Finnish personal identity code and a tax card from the Tax Administration (Vero). Give the tax card to your employer. The employer takes the tax from your pay and pays it to Vero.

Without a tax card the employer must take 60 % of your pay as tax. That money is not lost, but you only get the extra back later, after taxation is done.

On construction sites you also need a tax number on your ID card. Your payslip shows how much tax was deducted; check that it matches your tax card."""},
         "fi": {"title": "Verokortti ja verot",
                "summary": "Hanki verokortti, jotta palkastasi pidätetään oikea vero.",
                "body": """Työskentelyyn Suomessa tarvitset suomalaisen henkilötunnuksen ja Verohallinnon (Vero) verokortin. Anna verokortti työnantajalle. Työnantaja pidättää veron palkastasi ja maksaa sen Verolle.

Ilman verokorttia työnantajan on pidätettävä palkastasi 60 % veroa. Raha ei katoa, mutta saat liian suuren pidätyksen takaisin vasta myöhemmin verotuksen valmistuttua.

Rakennustyömailla tarvitset lisäksi veronumeron henkilökorttiisi. Palkkalaskelmasta näet, paljonko veroa pidätettiin; tarkista, että se vastaa verokorttia."""},
         "sv": {"title": "Skattekort och skatter",
                "summary": "Skaffa ett skattekort så att rätt skatt dras från lönen.",
                "body": """För att arbeta i Finland behöver du en finsk personbeteckning och ett skattekort från Skatteförvaltningen (Vero). Ge skattekortet till arbetsgivaren. Arbetsgivaren drar skatten från lönen och betalar den till Skatteförvaltningen.

Utan skattekort måste arbetsgivaren dra 60 % av lönen i skatt. Pengarna försvinner inte, men du får tillbaka det som dragits för mycket först senare, när beskattningen är klar.

På byggarbetsplatser behöver du också ett skattenummer på ditt id-kort. På lönespecifikationen ser du hur mycket skatt som dragits; kontrollera att det stämmer med skattekortet."""},
     }},
    {"slug": "safety", "icon": "helmet",
     # s. 23 (refusing dangerous work): the right is stated on verkkotes.fi (a collective agreement) but no page
     # naming the section was found; unchecked.
     "legal_references": [r(OSHA, "s. 8", SAFETY_SECTIONS, CHECKED), r(OSHA, "s. 14", SAFETY_SECTIONS, CHECKED),
                          r(OSHA, "s. 23")],
     "sources": [TYOSUOJELU],
     "text": {
         "en": {"title": "Safety at work",
                "summary": "Your employer must keep you safe and teach you how to work safely.",
                "body": """Your employer must take care of your safety and health at work. You must be shown how to do the work safely, in a way you understand, before you start.

Protective equipment that the work needs (for example gloves, safety shoes, a helmet or a mask) must be given to you free of charge. The employer must also arrange occupational health care.

If the work puts your life or health in serious danger, you have the right to refuse it. Report accidents to your employer. You can ask the occupational safety and health authority for advice: +358 295 016 620 (0295 016 620), Monday to Friday 9–15."""},
         "fi": {"title": "Työturvallisuus",
                "summary": "Työnantajan on huolehdittava turvallisuudestasi ja opastettava turvalliseen työhön.",
                "body": """Työnantajan on huolehdittava turvallisuudestasi ja terveydestäsi työssä. Sinulle on näytettävä ennen työn aloittamista, miten työ tehdään turvallisesti, tavalla jota ymmärrät.

Työssä tarvittavat suojaimet (esimerkiksi käsineet, turvakengät, kypärä tai maski) on annettava sinulle maksutta. Työnantajan on myös järjestettävä työterveyshuolto.

Jos työ aiheuttaa vakavaa vaaraa hengellesi tai terveydellesi, sinulla on oikeus kieltäytyä siitä. Ilmoita tapaturmista työnantajalle. Työsuojeluviranomaiselta saat neuvoja: +358 295 016 620 (0295 016 620), maanantaista perjantaihin klo 9–15."""},
         "sv": {"title": "Säkerhet i arbetet",
                "summary": "Arbetsgivaren ska skydda dig och lära dig att arbeta säkert.",
                "body": """Arbetsgivaren ska sörja för din säkerhet och hälsa i arbetet. Innan du börjar ska du få visat hur arbetet görs säkert, på ett sätt som du förstår.

Skyddsutrustning som arbetet kräver (till exempel handskar, skyddsskor, hjälm eller mask) ska du få gratis. Arbetsgivaren ska också ordna företagshälsovård.

Om arbetet innebär allvarlig fara för ditt liv eller din hälsa har du rätt att vägra utföra det. Anmäl olyckor till arbetsgivaren. Arbetarskyddsmyndigheten ger råd: +358 295 016 620 (0295 016 620), måndag till fredag kl. 9–15."""},
     }},
    {"slug": "unions", "icon": "people",
     # ch. 13 s. 1 (freedom of association): no page naming the section was found on 2026-11-30; unchecked.
     "legal_references": [r(ECA, "ch. 13 s. 1")],
     # sak.fi: "This free service is open to all and does not require trade union membership."
     "sources": [TYOSUOJELU, src("SAK — Employee rights advisory service for immigrants",
                                             "https://www.sak.fi/en/working-life/immigrants", CHECKED)],
     "text": {
         "en": {"title": "Trade unions and unemployment funds",
                "summary": "You may join a union. It can advise you and help with problems at work.",
                "body": """Everyone working in Finland may join a trade union, whatever their nationality. The employer may not stop you or treat you worse because you are a member. You do not have to tell the employer that you are a member.

A union advises its members on pay and working conditions, checks contracts and payslips, and can help with disputes, also with a lawyer.

Unemployment funds pay earnings-related unemployment allowance to members who lose their job, if they have worked long enough. Many unions include fund membership."""},
         "fi": {"title": "Ammattiliitot ja työttömyyskassat",
                "summary": "Voit liittyä ammattiliittoon. Se neuvoo ja auttaa ongelmissa työssä.",
                "body": """Jokainen Suomessa työskentelevä voi liittyä ammattiliittoon kansalaisuudesta riippumatta. Työnantaja ei saa estää sitä eikä kohdella sinua huonommin jäsenyyden vuoksi. Sinun ei tarvitse kertoa työnantajalle jäsenyydestä.

Liitto neuvoo jäseniään palkassa ja työehdoissa, tarkistaa sopimuksia ja palkkalaskelmia ja voi auttaa riidoissa myös lakimiehen avulla.

Työttömyyskassat maksavat ansiosidonnaista työttömyyspäivärahaa jäsenille, jotka jäävät työttömiksi, jos he ovat olleet töissä riittävän kauan. Monien liittojen jäsenyyteen kuuluu kassajäsenyys."""},
         "sv": {"title": "Fackförbund och arbetslöshetskassor",
                "summary": "Du får gå med i ett fackförbund. Det ger råd och hjälper vid problem i arbetet.",
                "body": """Alla som arbetar i Finland får gå med i ett fackförbund, oberoende av medborgarskap. Arbetsgivaren får inte hindra dig eller behandla dig sämre för att du är medlem. Du behöver inte berätta för arbetsgivaren att du är medlem.

Förbundet ger medlemmarna råd om lön och arbetsvillkor, granskar avtal och lönespecifikationer och kan hjälpa vid tvister, också med en jurist.

Arbetslöshetskassor betalar inkomstrelaterad arbetslöshetsdagpenning till medlemmar som blir arbetslösa, om de har arbetat tillräckligt länge. I många förbund ingår medlemskap i kassan."""},
     }},
    {"slug": "housing", "icon": "house",
     # verkkotes.fi (collective agreement text): "Työnantajan on kuitenkin noudatettava, mitä työsopimuslain 2
     # luvun 17 §:ssä on säädetty kuittausoikeuden rajoittamisesta."
     "legal_references": [r(ECA, "ch. 2 s. 17", "https://www.verkkotes.fi/fi/38-tyosopimuksen-irtisanomisajat-ja-"
                            "tyosuhteen-kestoajan-maaraytyminen", CHECKED),
                          r(CC, "ch. 47 s. 3a", WORK_DISCRIMINATION_SECTIONS, CHECKED)],
     "sources": [TYOSUOJELU, FINLEX],
     "text": {
         "en": {"title": "Housing and deductions from pay",
                "summary": "When the employer is also your landlord, be careful with rent and deductions.",
                "body": """Some employers offer housing. That can help, but it also gives the employer power over you: if you lose the job, you may lose your home.

Ask for a separate written rental agreement that says the rent, what it includes and how the agreement ends. The rent should be normal for the area and the condition of the home.

The employer may deduct money from your pay only within limits set by law, and every deduction must be shown on the payslip. Very high rent or deductions that leave you with little pay are warning signs."""},
         "fi": {"title": "Asuminen ja vähennykset palkasta",
                "summary": "Kun työnantaja on myös vuokranantajasi, ole tarkkana vuokran ja vähennysten kanssa.",
                "body": """Osa työnantajista tarjoaa asunnon. Se voi auttaa, mutta antaa työnantajalle myös valtaa: jos menetät työn, voit menettää myös kodin.

Pyydä erillinen kirjallinen vuokrasopimus, jossa lukee vuokra, mitä siihen sisältyy ja miten sopimus päättyy. Vuokran pitää olla alueelle ja asunnon kunnolle tavanomainen.

Työnantaja saa vähentää palkastasi rahaa vain lain rajoissa, ja jokaisen vähennyksen on näyttävä palkkalaskelmassa. Hyvin korkea vuokra tai vähennykset, joiden jälkeen palkkaa jää vähän, ovat varoitusmerkkejä."""},
         "sv": {"title": "Boende och avdrag från lönen",
                "summary": "När arbetsgivaren också är din hyresvärd, var noga med hyra och avdrag.",
                "body": """Vissa arbetsgivare erbjuder bostad. Det kan hjälpa, men ger också arbetsgivaren makt över dig: om du förlorar jobbet kan du också förlora ditt hem.

Be om ett separat skriftligt hyresavtal där hyran står, vad den omfattar och hur avtalet upphör. Hyran ska vara normal för området och bostadens skick.

Arbetsgivaren får dra pengar från lönen endast inom lagens gränser, och varje avdrag ska synas på lönespecifikationen. Mycket hög hyra eller avdrag som lämnar lite lön kvar är varningstecken."""},
     }},
    {"slug": "residence-permit", "icon": "card",
     # Aliens Act ch. 4 and migri.fi/en/working-in-finland: neither the consolidated Act nor that Migri page is in
     # the stored pages (2026-11-30); both unchecked.
     "legal_references": [r(ALIENS, "ch. 4")],
     "sources": [src("Migri — Working in Finland", "https://migri.fi/en/working-in-finland")],
     "text": {
         "en": {"title": "Residence permit and changing employer",
                "summary": "What your permit allows, and what to do if you want to change jobs.",
                "body": """Many work-based residence permits are tied to a field of work. You can usually change employer within the same field. To work in another field you may need a new permit. Check the terms of your own permit, or ask the Finnish Immigration Service (Migri).

Your employer must check that you have the right to work, but may not keep your residence permit card or passport.

If your employer has exploited you, you can get help to apply for a permit for a new job. Exploitation does not take away your rights: the Assistance System helps victims even if they are in Finland without a valid permit."""},
         "fi": {"title": "Oleskelulupa ja työnantajan vaihtaminen",
                "summary": "Mihin lupasi oikeuttaa ja mitä tehdä, jos haluat vaihtaa työpaikkaa.",
                "body": """Moni työntekijän oleskelulupa on sidottu ammattialaan. Yleensä voit vaihtaa työnantajaa saman alan sisällä. Toisella alalla työskentelyyn voit tarvita uuden luvan. Tarkista oman lupasi ehdot tai kysy Maahanmuuttovirastolta (Migri).

Työnantajan on tarkistettava, että sinulla on oikeus tehdä työtä, mutta se ei saa pitää oleskelulupakorttiasi tai passiasi.

Jos työnantaja on käyttänyt sinua hyväksi, saat apua luvan hakemiseen uutta työtä varten. Hyväksikäyttö ei vie oikeuksiasi: auttamisjärjestelmä auttaa uhreja myös silloin, kun heillä ei ole voimassa olevaa lupaa."""},
         "sv": {"title": "Uppehållstillstånd och byte av arbetsgivare",
                "summary": "Vad ditt tillstånd tillåter och vad du gör om du vill byta jobb.",
                "body": """Många uppehållstillstånd för arbetstagare är bundna till en yrkesbransch. Vanligen kan du byta arbetsgivare inom samma bransch. För att arbeta i en annan bransch kan du behöva ett nytt tillstånd. Kontrollera villkoren i ditt tillstånd eller fråga Migrationsverket (Migri).

Arbetsgivaren ska kontrollera att du har rätt att arbeta, men får inte behålla ditt uppehållstillståndskort eller pass.

Om arbetsgivaren har utnyttjat dig kan du få hjälp att ansöka om tillstånd för ett nytt arbete. Utnyttjandet tar inte bort dina rättigheter: hjälpsystemet hjälper offer även om de saknar giltigt tillstånd."""},
     }},
    {"slug": "seasonal-work", "icon": "berry",
     # finlex.fi, Act 294/2021 amending Act 907/2017: "1 § Lain tarkoitus ja soveltamisala".
     "legal_references": [r(SEASONAL, "s. 1", "https://www.finlex.fi/fi/laki/alkup/2021/20210294", CHECKED)],
     # migri.fi (the English seasonal-work page was not in the stored pages): "Kausityölain mukaisia kausitöitä
     # ovat esimerkiksi maatalous- ja puutarha-alan työt, metsänhoitotyöt ja matkailun alaan kuuluvat työt."
     "sources": [TYOSUOJELU, src("Migri — Kausityöntekijän työnantajalle (seasonal work: farming, gardening, "
                                 "tourism)", "https://migri.fi/kausityontekijan-tyonantajalle", CHECKED)],
     "text": {
         "en": {"title": "Seasonal work and berry picking",
                "summary": "Seasonal workers have the same rights as other workers.",
                "body": """Seasonal workers in farming, gardening and tourism have the same rights as other workers: a contract, pay by the collective agreement, rest and safe housing.

Wild berry pickers who come to pick and sell berries are often not employees. Before you travel, find out who you will sell berries to, what you will pay for travel, housing, food and cars, and whether those costs are taken from what you earn.

Keep your own notes of what you pick and what you are paid. Never give your passport to anyone. If you end up in debt or cannot leave, call the Assistance System."""},
         "fi": {"title": "Kausityö ja marjanpoiminta",
                "summary": "Kausityöntekijöillä on samat oikeudet kuin muilla työntekijöillä.",
                "body": """Maatalouden, puutarha-alan ja matkailun kausityöntekijöillä on samat oikeudet kuin muillakin: työsopimus, työehtosopimuksen mukainen palkka, lepo ja turvallinen asunto.

Luonnonmarjojen poimijat, jotka tulevat poimimaan ja myymään marjoja, eivät usein ole työsuhteessa. Selvitä ennen matkaa, kenelle myyt marjat, mitä maksat matkasta, asunnosta, ruoasta ja autoista ja vähennetäänkö kulut ansioistasi.

Kirjaa itse, mitä poimit ja mitä sinulle maksetaan. Älä koskaan anna passiasi kenellekään. Jos jäät velkaa tai et pääse lähtemään, soita auttamisjärjestelmään."""},
         "sv": {"title": "Säsongsarbete och bärplockning",
                "summary": "Säsongsarbetare har samma rättigheter som andra arbetstagare.",
                "body": """Säsongsarbetare inom jordbruk, trädgård och turism har samma rättigheter som andra: arbetsavtal, lön enligt kollektivavtal, vila och trygg bostad.

Plockare av vilda bär som kommer för att plocka och sälja bär är ofta inte anställda. Ta reda på innan du reser vem du säljer bären till, vad du betalar för resa, bostad, mat och bilar och om kostnaderna dras från det du tjänar.

Anteckna själv vad du plockar och vad du får betalt. Ge aldrig ditt pass till någon. Om du hamnar i skuld eller inte kan lämna, ring hjälpsystemet."""},
     }},
    {"slug": "discrimination", "icon": "scale",
     # NDA s. 8: no page naming the section was found (the Ombudsman's pages list the grounds without it).
     # kookas.fi: "Suomen työsopimuslain (TSL 2:2.1 §) mukaan työnantaja ei saa ilman hyväksyttävää perustetta
     # asettaa työntekijöitä eri asemaan ... kansallisen tai etnisen alkuperän, kansalaisuuden ... kielen".
     "legal_references": [r(NDA, "s. 8"), r(ECA, "ch. 2 s. 2", "https://www.kookas.fi/tyo/tyolait/syrjintakielto",
                                            CHECKED),
                          r(CC, "ch. 47 s. 3", WORK_DISCRIMINATION_SECTIONS, CHECKED),
                          r(CC, "ch. 47 s. 3a", WORK_DISCRIMINATION_SECTIONS, CHECKED)],
     # tyosuojelu.fi: "A foreign employee has the same rights and obligations as a Finnish employee. The employer
     # must treat employees equitably and equally, regardless of nationality."
     "sources": [TYOSUOJELU | {"checked_on": CHECKED}, OMBUDSMAN],
     "text": {
         "en": {"title": "Discrimination and extortionate work discrimination",
                "summary": "You may not be treated worse because of where you come from, and exploiting your situation is a crime.",
                "body": """At work you may not be treated worse because of your origin, nationality, language, religion, sex, age, health or other personal reasons. This covers hiring, pay, working conditions and dismissal.

Extortionate work discrimination is a crime in Finland. It means that an employer puts a worker in a clearly worse position by exploiting the worker's difficult situation, dependence or lack of knowledge, for example with very low pay or very long hours.

You can ask the occupational safety and health authority or the Non-Discrimination Ombudsman for advice, and you can report a crime to the police."""},
         "fi": {"title": "Syrjintä ja kiskonnantapainen työsyrjintä",
                "summary": "Sinua ei saa kohdella huonommin alkuperäsi vuoksi, ja tilanteesi hyväksikäyttö on rikos.",
                "body": """Työssä sinua ei saa kohdella huonommin alkuperän, kansalaisuuden, kielen, uskonnon, sukupuolen, iän, terveyden tai muun henkilöön liittyvän syyn vuoksi. Tämä koskee palkkausta, palkkaa, työoloja ja irtisanomista.

Kiskonnantapainen työsyrjintä on Suomessa rikos. Siinä työnantaja asettaa työntekijän selvästi huonompaan asemaan käyttämällä hyväksi tämän vaikeaa tilannetta, riippuvuutta tai tietämättömyyttä, esimerkiksi hyvin pienellä palkalla tai hyvin pitkillä työajoilla.

Voit kysyä neuvoa työsuojeluviranomaiselta tai yhdenvertaisuusvaltuutetulta, ja voit tehdä rikosilmoituksen poliisille."""},
         "sv": {"title": "Diskriminering och ockerliknande diskriminering i arbetslivet",
                "summary": "Du får inte behandlas sämre på grund av ditt ursprung, och att utnyttja din situation är ett brott.",
                "body": """I arbetet får du inte behandlas sämre på grund av ursprung, medborgarskap, språk, religion, kön, ålder, hälsa eller andra personliga skäl. Det gäller anställning, lön, arbetsvillkor och uppsägning.

Ockerliknande diskriminering i arbetslivet är ett brott i Finland. Det betyder att en arbetsgivare försätter en arbetstagare i en klart sämre ställning genom att utnyttja hens svåra situation, beroende eller okunskap, till exempel med mycket låg lön eller mycket långa arbetsdagar.

Du kan be arbetarskyddsmyndigheten eller diskrimineringsombudsmannen om råd, och du kan göra en brottsanmälan till polisen."""},
     }},
    {"slug": "trafficking-help", "icon": "help",
     "legal_references": [r(CC, "ch. 25 s. 3", TRAFFICKING_SECTIONS, CHECKED),
                          r(CC, "ch. 25 s. 3a", TRAFFICKING_SECTIONS, CHECKED)],
     # ILO page not in the stored pages (seafish.org and respect.international list the eleven indicators and
     # link the ILO booklet); unchecked.
     "sources": [HELP_CONTACTS, MIGRI_HELP, TYOSUOJELU,
                 src("ILO indicators of forced labour", "https://www.ilo.org/publications/ilo-indicators-forced-labour")],
     "text": {
         "en": {"title": "Signs of trafficking and where to get help",
                "summary": "Warning signs, and who helps you — free and confidential, even without papers.",
                "body": """Warning signs include: someone keeps your passport or bank card; you owe a debt to the employer or recruiter; you cannot leave the workplace or the housing; your phone or contacts are controlled; you are threatened; you work very long hours for little or no pay; the job is different from what was promised.

The Assistance System for Victims of Human Trafficking helps you, even if you are in Finland without a valid permit and even if you do not want to go to the police. Call +358 295 463 177 (0295 463 177), 24 hours a day.

For advice on working conditions, call the occupational safety and health authority: +358 295 016 620 (0295 016 620), Monday to Friday 9–15. In danger, call 112."""},
         "fi": {"title": "Ihmiskaupan merkit ja mistä saa apua",
                "summary": "Varoitusmerkit ja kuka auttaa — maksutta ja luottamuksellisesti, myös ilman papereita.",
                "body": """Varoitusmerkkejä ovat esimerkiksi: joku pitää passiasi tai pankkikorttiasi; olet velkaa työnantajalle tai rekrytoijalle; et pääse lähtemään työpaikalta tai asunnosta; puhelintasi tai yhteydenpitoasi valvotaan; sinua uhkaillaan; teet hyvin pitkiä päiviä pienellä palkalla tai ilman palkkaa; työ on erilaista kuin luvattiin.

Ihmiskaupan uhrien auttamisjärjestelmä auttaa sinua, vaikka olisit Suomessa ilman voimassa olevaa lupaa ja vaikka et haluaisi mennä poliisille. Soita +358 295 463 177 (0295 463 177), ympäri vuorokauden.

Työoloja koskevaa neuvontaa saat työsuojeluviranomaiselta: +358 295 016 620 (0295 016 620), maanantaista perjantaihin klo 9–15. Vaaratilanteessa soita 112."""},
         "sv": {"title": "Tecken på människohandel och var du får hjälp",
                "summary": "Varningstecken och vem som hjälper dig — gratis och konfidentiellt, även utan papper.",
                "body": """Varningstecken är till exempel: någon behåller ditt pass eller bankkort; du har en skuld till arbetsgivaren eller rekryteraren; du kan inte lämna arbetsplatsen eller bostaden; din telefon eller dina kontakter kontrolleras; du blir hotad; du arbetar mycket långa dagar för lite eller ingen lön; arbetet är annorlunda än det som lovades.

Hjälpsystemet för offer för människohandel hjälper dig, även om du är i Finland utan giltigt tillstånd och även om du inte vill gå till polisen. Ring +358 295 463 177 (0295 463 177), dygnet runt.

Råd om arbetsvillkor får du av arbetarskyddsmyndigheten: +358 295 016 620 (0295 016 620), måndag till fredag kl. 9–15. Vid fara, ring 112."""},
     }},
]


def _merge_more():
    from .article_data_more import MORE
    from .article_data_new import NEW_ARTICLES

    ARTICLES.extend(NEW_ARTICLES)
    from .article_data_new_more import NEW_MORE

    by_slug = {item["slug"]: item for item in ARTICLES}
    for more in (MORE, NEW_MORE):
        for slug, texts in more.items():
            for lang, text in texts.items():
                by_slug[slug]["text"].setdefault(lang, text)
    # Languages kept as one data module each (rights/i18n/<code>.py); never replaces a text above.
    from . import i18n

    for lang in i18n.codes():
        for slug, item in by_slug.items():
            text = i18n.article(lang, slug)
            if text is not None:
                item["text"].setdefault(lang, text)


_merge_more()
