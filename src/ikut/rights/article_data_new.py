"""Articles added on 2026-11-30 (issue 14): kickbacks, forced "self-employment", unpaid trial days, free
protective equipment, threats about the residence permit or the police, wild-berry picking (Act 487/2021),
seasonal workers' housing, the residence permit for victims of trafficking, recruitment fees.

English is the source text; Finnish and Swedish are machine-drafted; all load as "draft". Facts come from
../shared/FACTS.md; references FACTS.md marks **check** carry no checked_on date.
"""

from .article_data import (
                           ALIENS,
                           BERRY,
                           CC,
                           CHECKED,
                           ECA,
                           EMPLOYEE_DEFINITION_SECTION,
                           HELP_CONTACTS,
                           MIGRI_HELP,
                           OSHA,
                           PAY_PAYMENT_SECTION,
                           SEASONAL,
                           TRAFFICKING_SECTIONS,
                           TRIAL_PERIOD_SECTION,
                           TYOSUOJELU,
                           WORK_DISCRIMINATION_SECTIONS,
                           r,
                           src,
)

BERRY_FINLEX = src("Finlex — Act 487/2021 on foreigners picking natural products",
                   "https://finlex.fi/fi/laki/alkup/2021/20210487", CHECKED)
BERRY_TYOSUOJELU = src("Työsuojelu.fi — Picking natural products (luonnontuotteiden keruu)",
                       "https://www.tyosuojelu.fi/tyoolot/luonnontuotteiden-keruu", CHECKED)
# The normlex page was not in the stored pages; the article's Art. 7 reference is checked against the Czech
# official text instead (below). Unchecked.
ILO_C181 = src("ILO Private Employment Agencies Convention C181",
               "https://normlex.ilo.org/dyn/normlex/en/f?p=NORMLEXPUB:12100:0::NO::P12100_ILO_CODE:C181")
# codexis.cz (C181 as published in the Czech collection of treaties, 38/2003 Sb. m. s.): "Článek 7 1. Soukromé
# agentury práce nebudou pracovníkům účtovat přímo nebo nepřímo, zcela nebo zčásti, žádné poplatky nebo náklady."
C181_ARTICLE_7 = ("https://public.codexis.cz/zakon/38-2003-sb-m-s-sdeleni-o-prijeti-umluvy-c-181-o-soukromych-"
                  "agenturach-prace-CR8456/clanek-7-CL7")
# EUR-Lex was not in the stored pages. gesetze.legal (EU text, German): "Die Miete darf nicht automatisch vom Lohn
# des Saisonarbeitnehmers abgezogen werden" and rent "im Vergleich zu seiner Nettovergütung ... nicht übermäßig".
SEASONAL_DIRECTIVE = src("Directive 2014/36/EU on seasonal workers (Art. 20, accommodation; text in German)",
                         "https://gesetze.legal/eu/rl_2014_36_eu/20", CHECKED)
# sak.fi: "This free service is open to all and does not require trade union membership." (tyoelamanpelisaannot.fi,
# SAK's site, says the same in December 2024.)
SAK = src("SAK — Employee rights advisory service for immigrants", "https://www.sak.fi/en/working-life/immigrants",
          CHECKED)
# migri.fi, "Significant negligence or exploitation by employer": "considerable underpayment or taking back
# salaries already paid to you" and "threatens to make the authorities cancel your residence permit or remove you
# from the country".
VICTIM_PERMIT_SECTIONS = "https://www.edilex.fi/virallistieto/he/20060183"  # the stored copy is at http://
MIGRI_EXPLOITATION = src("Migri — Significant negligence or exploitation by employer",
                         "https://migri.fi/en/significant-negligence-or-exploitation-by-employer", CHECKED)

NEW_ARTICLES = [
    {"slug": "paying-back-pay", "icon": "pay",
     "legal_references": [r(ECA, "ch. 2 s. 16", PAY_PAYMENT_SECTION, CHECKED),
                          r(CC, "ch. 47 s. 3a", WORK_DISCRIMINATION_SECTIONS, CHECKED),
                          r(CC, "ch. 25 s. 3", TRAFFICKING_SECTIONS, CHECKED)],
     "sources": [MIGRI_EXPLOITATION, HELP_CONTACTS],
     "text": {
         "en": {"title": "Being made to pay back part of your pay",
                "summary": "Your pay is yours. Nobody may make you give part of it back.",
                "body": """Sometimes the payslip shows the right pay, but the employer or a middleman makes you pay part of it back in cash, to another account or as a "fee". This is a way to pay you less than the law and the collective agreement say.

You do not have to pay back any of your pay. Keep your payslips, bank statements and messages, and write down every time you were asked to pay.

Being forced to pay back pay can be a crime. You can get advice without giving your name. If you are afraid, call the Assistance System for Victims of Human Trafficking, 24 hours a day."""},
         "fi": {"title": "Jos sinut pakotetaan maksamaan osa palkasta takaisin",
                "summary": "Palkkasi on sinun. Kukaan ei saa vaatia osaa siitä takaisin.",
                "body": """Joskus palkkalaskelmassa on oikea palkka, mutta työnantaja tai välittäjä vaatii sinua maksamaan osan siitä takaisin käteisenä, toiselle tilille tai "maksuna". Näin sinulle maksetaan vähemmän kuin laki ja työehtosopimus edellyttävät.

Sinun ei tarvitse maksaa palkastasi mitään takaisin. Säilytä palkkalaskelmat, tiliotteet ja viestit, ja kirjaa joka kerta, kun sinulta vaadittiin rahaa.

Palkan takaisinmaksuun pakottaminen voi olla rikos. Voit kysyä neuvoa nimettömänä. Jos pelkäät, soita ihmiskaupan uhrien auttamisjärjestelmään, joka päivystää ympäri vuorokauden."""},
         "sv": {"title": "Om du tvingas betala tillbaka en del av lönen",
                "summary": "Din lön är din. Ingen får kräva att du betalar tillbaka en del av den.",
                "body": """Ibland visar lönespecifikationen rätt lön, men arbetsgivaren eller en mellanhand kräver att du betalar tillbaka en del kontant, till ett annat konto eller som en "avgift". Så får du mindre än lagen och kollektivavtalet kräver.

Du behöver inte betala tillbaka något av din lön. Spara lönespecifikationer, kontoutdrag och meddelanden, och skriv upp varje gång du krävdes på pengar.

Att tvinga någon att betala tillbaka lön kan vara ett brott. Du kan få råd utan att säga ditt namn. Om du är rädd, ring hjälpsystemet för offer för människohandel, dygnet runt."""},
     }},
    {"slug": "forced-self-employment", "icon": "contract",
     "legal_references": [r(ECA, "ch. 1 s. 1", EMPLOYEE_DEFINITION_SECTION, CHECKED)],
     "sources": [TYOSUOJELU, SAK],
     "text": {
         "en": {"title": "Being made to work as \"self-employed\"",
                "summary": "If someone else decides your work, hours and pay, you are probably an employee.",
                "body": """Some employers tell workers to register a company or take a "light entrepreneur" contract, so that they do not have to pay holiday pay, sick pay, pension or insurance. You may then have to pay all the costs yourself.

What counts is how the work is really done, not what the paper says. If you work for one company, under its instructions, at times it decides and for pay it decides, you are probably an employee with all the rights of an employee.

Do not sign a contract you do not understand. Ask for advice before you register a company. SAK's advice for migrant workers is free and does not need union membership."""},
         "fi": {"title": "Jos sinut pakotetaan työskentelemään \"yrittäjänä\"",
                "summary": "Jos joku muu päättää työstäsi, työajastasi ja palkastasi, olet todennäköisesti työntekijä.",
                "body": """Jotkut työnantajat käskevät työntekijää perustamaan yrityksen tai tekemään työtä kevytyrittäjänä, jotta heidän ei tarvitse maksaa lomapalkkaa, sairausajan palkkaa, eläke- tai vakuutusmaksuja. Silloin joudut ehkä maksamaan kaikki kulut itse.

Ratkaisevaa on, miten työ todella tehdään, ei se, mitä paperissa lukee. Jos teet työtä yhdelle yritykselle sen ohjeiden mukaan, sen päättäminä aikoina ja sen päättämällä palkalla, olet todennäköisesti työntekijä, jolla on kaikki työntekijän oikeudet.

Älä allekirjoita sopimusta, jota et ymmärrä. Kysy neuvoa ennen kuin perustat yrityksen. SAK:n neuvonta maahanmuuttajille on maksutonta eikä vaadi liiton jäsenyyttä."""},
         "sv": {"title": "Om du tvingas arbeta som \"egenföretagare\"",
                "summary": "Om någon annan bestämmer ditt arbete, din arbetstid och din lön är du troligen arbetstagare.",
                "body": """Vissa arbetsgivare säger åt arbetstagare att registrera ett företag eller arbeta som lätt företagare, så att de slipper betala semesterlön, sjuklön, pension eller försäkringar. Då kan du få betala alla kostnader själv.

Det avgörande är hur arbetet verkligen utförs, inte vad som står på papperet. Om du arbetar för ett företag, enligt dess anvisningar, på tider och för en lön som det bestämmer, är du troligen arbetstagare med alla arbetstagarens rättigheter.

Skriv inte under ett avtal du inte förstår. Be om råd innan du registrerar ett företag. SAK:s rådgivning för invandrare är gratis och kräver inget medlemskap."""},
     }},
    {"slug": "unpaid-trial-days", "icon": "clock",
     "legal_references": [r(ECA, "ch. 1 s. 1", EMPLOYEE_DEFINITION_SECTION, CHECKED),
                          r(ECA, "ch. 1 s. 4", TRIAL_PERIOD_SECTION, CHECKED)],
     # pam.fi (2019): "an employer has told an employee that they have to work unpaid during their trial period
     # ... After the unpaid trial period the person is not hired and doesn't get the pay that is due".
     "sources": [src("PAM — SAK's advisory service: unpaid trial periods and outstanding wages",
                     "https://www.pam.fi/en/news/saks-employment-advisory-service-for-immigrants-receives-frequent-"
                     "inquiries-about-outstanding-wages.html", CHECKED), SAK],
     "text": {
         "en": {"title": "Unpaid \"trial days\"",
                "summary": "Work is paid work, also on the first day and during a trial period.",
                "body": """Some employers ask you to work for free for a few days "to show what you can do", and then do not hire you. Work done for an employer is paid work, also on the first day.

A trial period is part of a paid employment: you get your full pay during it. A short unpaid visit to see the workplace is different from doing real work for the employer.

Write down the days and hours you worked, the place and who told you to work. Ask for your pay in writing. A trade union or SAK's free advice for migrant workers can help you claim it."""},
         "fi": {"title": "Palkattomat \"koepäivät\"",
                "summary": "Työ on palkallista, myös ensimmäisenä päivänä ja koeaikana.",
                "body": """Jotkut työnantajat pyytävät tekemään työtä ilmaiseksi muutaman päivän "näyttääksesi osaamisesi" eivätkä sitten palkkaa. Työnantajalle tehty työ on palkallista työtä, myös ensimmäisenä päivänä.

Koeaika on osa palkallista työsuhdetta: saat koeajalta täyden palkan. Lyhyt palkaton tutustumiskäynti työpaikalla on eri asia kuin oikean työn tekeminen työnantajalle.

Kirjaa työpäivät ja -tunnit, paikka ja kuka käski tehdä työtä. Vaadi palkkaa kirjallisesti. Ammattiliitto tai SAK:n maksuton neuvonta maahanmuuttajille voi auttaa sen perimisessä."""},
         "sv": {"title": "Obetalda \"provdagar\"",
                "summary": "Arbete är betalt arbete, också första dagen och under prövotiden.",
                "body": """Vissa arbetsgivare ber dig arbeta gratis några dagar "för att visa vad du kan" och anställer dig sedan inte. Arbete som görs för en arbetsgivare är betalt arbete, också första dagen.

Prövotiden är en del av en betald anställning: du får full lön under den. Ett kort obetalt besök för att se arbetsplatsen är något annat än att utföra verkligt arbete för arbetsgivaren.

Skriv upp dagar och timmar du arbetade, platsen och vem som sade åt dig att arbeta. Kräv lönen skriftligt. Ett fackförbund eller SAK:s kostnadsfria rådgivning för invandrare kan hjälpa dig att få den."""},
     }},
    {"slug": "protective-equipment", "icon": "helmet",
     # verkkotes.fi (collective agreement text): "työnantaja hankkii tällaisen suojaimen työpaikalle työntekijän
     # käyttöön, vaikka sen antaminen työturvallisuuslain 15 tai 20 §:n mukaan ei olisi välttämätöntä".
     "legal_references": [r(OSHA, "s. 15", "https://www.verkkotes.fi/fi/25-henkilonsuojaimet-ja-suojavaatetus",
                            CHECKED)],
     # Also read: turvallinentyopaikka.fi (stored only at an http:// address, so not used as a row): "Jos suojain
     # tarvitaan, työnantajan pitää hankkia se ... Työnantaja ei voi ... kieltäytyä luovuttamasta työntekijälle
     # työn kannalta välttämättömiä henkilönsuojaimia."
     "sources": [TYOSUOJELU],
     "text": {
         "en": {"title": "Protective equipment is free",
                "summary": "Gloves, safety shoes, helmets and masks that the work needs are paid by the employer.",
                "body": """If the work needs protective equipment, such as gloves, safety shoes, a helmet, hearing protection or a mask, the employer must give it to you free of charge. The employer may not take its cost from your pay.

The employer must also show you how to use the equipment, in a way you understand. Use it, and tell the employer if it is broken or does not fit.

If you are asked to pay for protective equipment, or to work without it in a dangerous job, ask for advice from the occupational safety and health authority or a trade union."""},
         "fi": {"title": "Suojaimet ovat maksuttomia",
                "summary": "Työssä tarvittavat käsineet, turvakengät, kypärät ja maskit maksaa työnantaja.",
                "body": """Jos työssä tarvitaan suojaimia, kuten käsineitä, turvakenkiä, kypärää, kuulosuojaimia tai maskia, työnantajan on annettava ne sinulle maksutta. Työnantaja ei saa vähentää niiden hintaa palkastasi.

Työnantajan on myös näytettävä, miten suojaimia käytetään, tavalla jota ymmärrät. Käytä niitä ja kerro työnantajalle, jos suojain on rikki tai ei sovi.

Jos sinua pyydetään maksamaan suojaimista tai tekemään vaarallista työtä ilman niitä, kysy neuvoa työsuojeluviranomaiselta tai ammattiliitolta."""},
         "sv": {"title": "Skyddsutrustning är gratis",
                "summary": "Handskar, skyddsskor, hjälmar och masker som arbetet kräver betalas av arbetsgivaren.",
                "body": """Om arbetet kräver skyddsutrustning, till exempel handskar, skyddsskor, hjälm, hörselskydd eller mask, ska arbetsgivaren ge dig den gratis. Arbetsgivaren får inte dra kostnaden från din lön.

Arbetsgivaren ska också visa hur utrustningen används, på ett sätt som du förstår. Använd den och säg till arbetsgivaren om den är trasig eller inte passar.

Om du ombeds betala för skyddsutrustning eller arbeta utan den i ett farligt arbete, be arbetarskyddsmyndigheten eller ett fackförbund om råd."""},
     }},
    {"slug": "threats-permit-police", "icon": "help",
     # kpflaki.com (law firm): "rikoslain 25:7 §:ää eli laitonta uhkausta ... Rikos on luvun 7 §:ssä".
     "legal_references": [r(CC, "ch. 25 s. 3", TRAFFICKING_SECTIONS, CHECKED),
                          r(CC, "ch. 25 s. 7", "https://www.kpflaki.com/post/milloin-uhkaus-on-laiton", CHECKED)],
     "sources": [HELP_CONTACTS, MIGRI_HELP],
     "text": {
         "en": {"title": "Threats about your residence permit or the police",
                "summary": "An employer cannot take your permit away, and threats are a warning sign.",
                "body": """Some employers say: "If you complain, I will cancel your permit", "The police will deport you" or "Nobody will believe you." These are threats used to keep you quiet. An employer does not decide on your residence permit: the Finnish Immigration Service does.

Threatening someone can be a crime, and it is a common sign of exploitation and trafficking. You have rights at work even if your permit depends on your job or you have no valid permit.

The Assistance System for Victims of Human Trafficking helps you even if you do not want to go to the police. You can call it 24 hours a day. In danger, call 112."""},
         "fi": {"title": "Uhkailu oleskeluluvalla tai poliisilla",
                "summary": "Työnantaja ei voi viedä lupaasi, ja uhkailu on varoitusmerkki.",
                "body": """Jotkut työnantajat sanovat: "Jos valitat, perun lupasi", "Poliisi karkottaa sinut" tai "Kukaan ei usko sinua." Nämä ovat uhkauksia, joilla sinut yritetään saada vaikenemaan. Työnantaja ei päätä oleskeluluvastasi, vaan Maahanmuuttovirasto.

Uhkaaminen voi olla rikos, ja se on yleinen hyväksikäytön ja ihmiskaupan merkki. Sinulla on oikeutesi työssä, vaikka lupasi riippuisi työpaikasta tai sinulla ei olisi voimassa olevaa lupaa.

Ihmiskaupan uhrien auttamisjärjestelmä auttaa, vaikka et haluaisi mennä poliisille. Sinne voi soittaa ympäri vuorokauden. Vaaratilanteessa soita 112."""},
         "sv": {"title": "Hot om ditt uppehållstillstånd eller polisen",
                "summary": "En arbetsgivare kan inte ta ditt tillstånd, och hot är ett varningstecken.",
                "body": """Vissa arbetsgivare säger: "Om du klagar drar jag in ditt tillstånd", "Polisen utvisar dig" eller "Ingen kommer att tro dig." Det är hot för att få dig att tiga. En arbetsgivare beslutar inte om ditt uppehållstillstånd, det gör Migrationsverket.

Att hota någon kan vara ett brott, och det är ett vanligt tecken på utnyttjande och människohandel. Du har dina rättigheter i arbetet även om ditt tillstånd hänger på jobbet eller om du saknar giltigt tillstånd.

Hjälpsystemet för offer för människohandel hjälper dig även om du inte vill gå till polisen. Du kan ringa dygnet runt. Vid fara, ring 112."""},
     }},
    {"slug": "wild-berries", "icon": "berry",
     "legal_references": [r(BERRY, "", BERRY_FINLEX["url"], CHECKED)],
     "sources": [BERRY_FINLEX, BERRY_TYOSUOJELU],
     "text": {
         "en": {"title": "Picking wild berries",
                "summary": "A law from 2021 protects foreign pickers who are not employees.",
                "body": """Many foreign wild-berry pickers are not employees: they pick and sell the berries to a berry company, which arranges their housing and food. Since 2021 a law (487/2021) sets rules for this. It is supervised by the occupational safety and health authorities.

The berry company may not charge you for recruitment. Before you travel, ask what price you get for the berries and what you pay for housing, food and travel. Keep your own notes of what you pick, sell and pay.

If in reality you work under someone's orders and hours, you may be an employee, and then the Employment Contracts Act applies to you with all its rights. Never give your passport to anyone."""},
         "fi": {"title": "Luonnonmarjojen poiminta",
                "summary": "Vuonna 2021 annettu laki suojaa ulkomaisia poimijoita, jotka eivät ole työsuhteessa.",
                "body": """Monet ulkomaiset luonnonmarjojen poimijat eivät ole työsuhteessa: he poimivat marjoja ja myyvät ne marjayritykselle, joka järjestää heille majoituksen ja ruoan. Vuodesta 2021 laki (487/2021) on säätänyt tästä. Sitä valvovat työsuojeluviranomaiset.

Marjayritys ei saa periä sinulta maksua rekrytoinnista. Kysy ennen matkaa, minkä hinnan saat marjoista ja mitä maksat majoituksesta, ruoasta ja matkoista. Kirjaa itse, mitä poimit, myyt ja maksat.

Jos teet todellisuudessa työtä jonkun määräysten ja aikataulujen mukaan, voit olla työntekijä, ja silloin sinuun sovelletaan työsopimuslakia kaikkine oikeuksineen. Älä koskaan anna passiasi kenellekään."""},
         "sv": {"title": "Plockning av vilda bär",
                "summary": "En lag från 2021 skyddar utländska plockare som inte är anställda.",
                "body": """Många utländska plockare av vilda bär är inte anställda: de plockar och säljer bären till ett bärföretag som ordnar boende och mat. Sedan 2021 finns en lag (487/2021) om detta. Den övervakas av arbetarskyddsmyndigheterna.

Bärföretaget får inte ta betalt av dig för rekrytering. Fråga innan du reser vilket pris du får för bären och vad du betalar för boende, mat och resor. Anteckna själv vad du plockar, säljer och betalar.

Om du i verkligheten arbetar enligt någons order och tider kan du vara arbetstagare, och då gäller arbetsavtalslagen med alla dess rättigheter. Ge aldrig ditt pass till någon."""},
     }},
    {"slug": "seasonal-housing", "icon": "house",
     # Section of Act 907/2017 on rent not found (searched "kausityölaki majoitus vuokra ... §"); unchecked.
     "legal_references": [r(SEASONAL, "")],
     "sources": [SEASONAL_DIRECTIVE, TYOSUOJELU],
     "text": {
         "en": {"title": "Housing for seasonal workers",
                "summary": "Rent may not be too high for your pay, and it may not be taken from your pay automatically.",
                "body": """If the employer arranges housing for you as a seasonal worker, the rent must not be excessive compared with your net pay. Rent must not be deducted from your pay automatically.

Ask for a written rental agreement before you travel, with the rent, what it includes and how many people share the room. The housing must be safe and decent.

Keep your payslips and receipts. If rent or other costs take most of your pay, or you cannot leave the housing, ask for advice or call the Assistance System for Victims of Human Trafficking."""},
         "fi": {"title": "Kausityöntekijän asuminen",
                "summary": "Vuokra ei saa olla palkkaasi nähden liian suuri, eikä sitä saa vähentää palkasta automaattisesti.",
                "body": """Jos työnantaja järjestää sinulle kausityöntekijänä asunnon, vuokra ei saa olla liiallinen nettopalkkaasi nähden. Vuokraa ei saa vähentää palkastasi automaattisesti.

Pyydä ennen matkaa kirjallinen vuokrasopimus, jossa lukee vuokra, mitä siihen sisältyy ja montako ihmistä asuu samassa huoneessa. Asunnon on oltava turvallinen ja asianmukainen.

Säilytä palkkalaskelmat ja kuitit. Jos vuokra tai muut kulut vievät suurimman osan palkastasi tai et pääse lähtemään asunnosta, kysy neuvoa tai soita ihmiskaupan uhrien auttamisjärjestelmään."""},
         "sv": {"title": "Boende för säsongsarbetare",
                "summary": "Hyran får inte vara för hög i förhållande till lönen och får inte dras från lönen automatiskt.",
                "body": """Om arbetsgivaren ordnar bostad åt dig som säsongsarbetare får hyran inte vara överdriven i förhållande till din nettolön. Hyran får inte dras från lönen automatiskt.

Be om ett skriftligt hyresavtal innan du reser, med hyran, vad den omfattar och hur många som delar rummet. Bostaden ska vara säker och anständig.

Spara lönespecifikationer och kvitton. Om hyra eller andra kostnader tar största delen av lönen, eller om du inte kan lämna bostaden, be om råd eller ring hjälpsystemet för offer för människohandel."""},
     }},
    {"slug": "victim-residence-permit", "icon": "card",
     # edilex.fi, government bill HE 183/2006: "henkilöön, jolle on annettu ulkomaalaislain 52 b §:ssä tarkoitettu
     # harkinta-aika tai jolle on myönnetty ulkomaalaislain 52 a §:n 1 momentissa tarkoitettu oleskelulupa". The
     # reflection period is s. 52b, not s. 52d (corrected 2026-11-30; ../shared/FACTS.md still says 52d). The
     # consolidated Aliens Act was not in the stored pages; sections inserted in 2006 keep their numbers.
     "legal_references": [r(ALIENS, "s. 52a", VICTIM_PERMIT_SECTIONS, CHECKED),
                          r(ALIENS, "s. 52b", VICTIM_PERMIT_SECTIONS, CHECKED)],
     "sources": [MIGRI_HELP, HELP_CONTACTS],
     "text": {
         "en": {"title": "Residence permit for victims of trafficking and the reflection period",
                "summary": "A victim of trafficking can get time to think and a residence permit of their own.",
                "body": """If you may be a victim of human trafficking, the law gives you a reflection period: time to recover and to decide whether you want to cooperate with the authorities. During this time you are not removed from Finland.

A victim of trafficking can also get a residence permit that does not depend on the employer. Your situation and your safety are considered.

The Assistance System for Victims of Human Trafficking helps you with this, even if you have no valid permit now. Its help is free and confidential. Call it 24 hours a day."""},
         "fi": {"title": "Ihmiskaupan uhrin oleskelulupa ja harkinta-aika",
                "summary": "Ihmiskaupan uhri voi saada harkinta-ajan ja oman oleskeluluvan.",
                "body": """Jos saatat olla ihmiskaupan uhri, laki antaa sinulle harkinta-ajan: aikaa toipua ja päättää, haluatko tehdä yhteistyötä viranomaisten kanssa. Sinä aikana sinua ei poisteta Suomesta.

Ihmiskaupan uhri voi myös saada oleskeluluvan, joka ei riipu työnantajasta. Tilanteesi ja turvallisuutesi otetaan huomioon.

Ihmiskaupan uhrien auttamisjärjestelmä auttaa sinua tässä, vaikka sinulla ei nyt olisi voimassa olevaa lupaa. Apu on maksutonta ja luottamuksellista. Soita ympäri vuorokauden."""},
         "sv": {"title": "Uppehållstillstånd för offer för människohandel och betänketid",
                "summary": "Ett offer för människohandel kan få betänketid och ett eget uppehållstillstånd.",
                "body": """Om du kan vara offer för människohandel ger lagen dig betänketid: tid att återhämta dig och bestämma om du vill samarbeta med myndigheterna. Under den tiden avlägsnas du inte från Finland.

Ett offer för människohandel kan också få ett uppehållstillstånd som inte beror på arbetsgivaren. Din situation och din säkerhet beaktas.

Hjälpsystemet för offer för människohandel hjälper dig med detta, även om du nu saknar giltigt tillstånd. Hjälpen är gratis och konfidentiell. Ring dygnet runt."""},
     }},
    {"slug": "recruitment-fees", "icon": "pay",
     "legal_references": [r({"statute": "ILO Private Employment Agencies Convention", "number": "C181",
                             "source": ILO_C181["url"]}, "Art. 7", C181_ARTICLE_7, CHECKED),
                          r(BERRY, "", BERRY_FINLEX["url"], CHECKED)],
     "sources": [ILO_C181, BERRY_TYOSUOJELU],
     "text": {
         "en": {"title": "Recruitment fees are never yours to pay",
                "summary": "You should not pay anyone to get a job. A fee can become a debt that traps you.",
                "body": """Workers should not pay for getting a job: not to an agency, a recruiter, a middleman or the employer. This includes "fees" for the job offer, the contract, the visa process or a place in a group. For foreign wild-berry pickers, Finnish law forbids charging for recruitment.

A recruitment fee often becomes a debt. A debt to a recruiter or employer can be used to control you, and it is a sign of forced labour.

If you have paid or are asked to pay, keep the receipts and messages and ask for advice. If the debt is used against you, call the Assistance System for Victims of Human Trafficking, 24 hours a day."""},
         "fi": {"title": "Rekrytointimaksut eivät koskaan kuulu sinulle",
                "summary": "Sinun ei pidä maksaa kenellekään saadaksesi työtä. Maksu voi muuttua velaksi, joka sitoo sinut.",
                "body": """Työntekijän ei pidä maksaa työn saamisesta: ei toimistolle, rekrytoijalle, välittäjälle eikä työnantajalle. Tähän kuuluvat myös "maksut" työtarjouksesta, sopimuksesta, viisumiprosessista tai paikasta ryhmässä. Ulkomaisilta luonnonmarjojen poimijoilta Suomen laki kieltää perimästä maksua rekrytoinnista.

Rekrytointimaksusta tulee usein velka. Velkaa rekrytoijalle tai työnantajalle voidaan käyttää sinun hallitsemiseesi, ja se on pakkotyön merkki.

Jos olet maksanut tai sinulta vaaditaan maksua, säilytä kuitit ja viestit ja kysy neuvoa. Jos velkaa käytetään sinua vastaan, soita ihmiskaupan uhrien auttamisjärjestelmään, joka päivystää ympäri vuorokauden."""},
         "sv": {"title": "Rekryteringsavgifter ska du aldrig betala",
                "summary": "Du ska inte betala någon för att få ett jobb. En avgift kan bli en skuld som binder dig.",
                "body": """Arbetstagare ska inte betala för att få ett jobb: inte till en byrå, en rekryterare, en mellanhand eller arbetsgivaren. Det gäller också "avgifter" för jobberbjudandet, avtalet, visumprocessen eller en plats i en grupp. För utländska plockare av vilda bär förbjuder finsk lag avgifter för rekrytering.

En rekryteringsavgift blir ofta en skuld. En skuld till en rekryterare eller arbetsgivare kan användas för att kontrollera dig, och den är ett tecken på tvångsarbete.

Om du har betalat eller ombeds betala, spara kvitton och meddelanden och be om råd. Om skulden används mot dig, ring hjälpsystemet för offer för människohandel, dygnet runt."""},
     }},
]
