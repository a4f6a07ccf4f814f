"""Consent texts (issue 16, item 4): which version a new consent is recorded on, which one is printed for a
participant (their language, else a stated fallback), and the starting texts IKUT ships.

The starting texts are machine-drafted in Finnish, Swedish and English (`machine_draft` stays ticked until a
person reviews them) and say only what IKUT really does: who sees what, what is shared or counted, how to
withdraw. `{organisation}`, `{retention_years}`, `{break_glass_hours}` and `{esf_withdrawal}` (which depends on
IKUT_ESF_BASIS) are filled in when an organisation loads them.
"""

from django.conf import settings

from .models import ConsentPurpose, ConsentText

# When no text is published in the participant's language: English first (the most widely read of the
# three), then Finnish and Swedish. The page says which language was used instead.
FALLBACK = ["en", "fi", "sv"]


def current_texts(organisation):
    return ConsentText.objects.current().filter(organisation=organisation)


def text_for(organisation, purpose, language):
    """(text, used_fallback): the current published text of `purpose` in `language`, else in the first
    FALLBACK language that has one; (None, False) when the organisation has published none."""
    found = {t.language: t for t in current_texts(organisation).filter(purpose=purpose)}
    if language in found:
        return found[language], False
    for code in FALLBACK:
        if code in found:
            return found[code], True
    if found:
        return min(found.values(), key=lambda t: t.language), True
    return None, False


# What withdrawing the ESF+ consent does depends on the deployment's legal basis (settings.IKUT_ESF_BASIS):
# under "consent" it takes the participant out of the reports; under "legal_obligation" the Regulation
# requires the figures, so the text must not promise that.
ESF_WITHDRAWAL = {
    "consent": {
        "en": "If I withdraw this consent, I am left out of ESF+ reports from then on.",
        "fi": "Jos perun tämän suostumuksen, minua ei sen jälkeen lasketa ESR+-raportteihin.",
        "sv": "Om jag återkallar detta samtycke räknas jag inte längre med i ESF+-rapporter.",
    },
    "legal_obligation": {
        "en": "The ESF+ Regulation requires these figures, so they are counted whether or not I give this "
              "consent; answering the questions about disability, foreign background, minority and housing "
              "stays my choice.",
        "fi": "ESR+-asetus edellyttää näitä lukuja, joten ne lasketaan, annoinpa tämän suostumuksen tai en; "
              "vammaisuutta, ulkomaista taustaa, vähemmistöön kuulumista ja asumista koskeviin kysymyksiin "
              "vastaaminen on edelleen oma valintani.",
        "sv": "ESF+-förordningen kräver dessa siffror, så de räknas oavsett om jag ger detta samtycke eller "
              "inte; att svara på frågorna om funktionsnedsättning, utländsk bakgrund, minoritet och boende är "
              "fortfarande mitt eget val.",
    },
}


def starting_values(organisation, language="en"):
    from .models import BreakGlassGrant

    basis = settings.IKUT_ESF_BASIS if settings.IKUT_ESF_BASIS in ESF_WITHDRAWAL else "consent"
    return {"organisation": organisation.name, "retention_years": max(1, settings.IKUT_RETENTION_DAYS // 365),
            "break_glass_hours": BreakGlassGrant.HOURS, "esf_withdrawal": ESF_WITHDRAWAL[basis][language]}


P = ConsentPurpose
STARTING_TEXTS = {
    P.PARTICIPATION: {
        "en": ("Taking part in the working-life pathway and the processing of my data", """\
{organisation} uses the IKUT service to support me on a working-life pathway: finding my skills, learning about my rights at work, training and looking for work.

What is recorded: my name, date of birth, contact details and languages; my goals in my own words; the plan, meetings and notes; documents I choose to give.

Who sees it: the workers assigned to me. In an emergency a worker of {organisation} may open my record; that access lasts at most {break_glass_hours} hours, is logged and is reviewed by a supervisor. Every opening of my record is logged.

How it is kept: my name, contact details and notes are stored encrypted. {retention_years} years after my pathway ends, everything that identifies me is removed; only coded figures remain.

Taking part is my choice. I can withdraw this consent at any time by telling my worker; it takes effect at once. I can ask for a copy of everything held about me."""),
        "fi": ("Osallistuminen työelämäpolulle ja tietojeni käsittely", """\
{organisation} käyttää IKUT-palvelua tukeakseen minua työelämäpolulla: osaamiseni tunnistamisessa, työelämän oikeuksien oppimisessa, koulutuksessa ja työnhaussa.

Mitä kirjataan: nimeni, syntymäaikani, yhteystietoni ja kieleni; tavoitteeni omin sanoin; suunnitelma, tapaamiset ja muistiinpanot; asiakirjat, jotka annan itse.

Kuka näkee tiedot: minulle nimetyt työntekijät. Hätätilanteessa organisaation {organisation} työntekijä voi avata tietoni; pääsy kestää enintään {break_glass_hours} tuntia, se kirjataan lokiin ja esihenkilö tarkistaa sen. Jokainen tietojeni avaaminen kirjataan lokiin.

Miten tiedot säilytetään: nimeni, yhteystietoni ja muistiinpanot tallennetaan salattuina. {retention_years} vuotta polkuni päättymisen jälkeen kaikki minut tunnistettavat tiedot poistetaan; jäljelle jää vain koodattuja lukuja.

Osallistuminen on vapaaehtoista. Voin perua tämän suostumuksen milloin tahansa kertomalla siitä työntekijälleni; peruminen tulee voimaan heti. Voin pyytää kopion kaikista minusta tallennetuista tiedoista."""),
        "sv": ("Deltagande i arbetslivsstigen och behandlingen av mina uppgifter", """\
{organisation} använder tjänsten IKUT för att stödja mig på en arbetslivsstig: att kartlägga min kompetens, lära mig om mina rättigheter i arbetet, utbildning och att söka arbete.

Vad som registreras: mitt namn, mitt födelsedatum, mina kontaktuppgifter och mina språk; mina mål med egna ord; planen, mötena och anteckningarna; dokument som jag själv ger.

Vem som ser uppgifterna: de arbetstagare som har utsetts för mig. I en nödsituation kan en arbetstagare vid {organisation} öppna mina uppgifter; åtkomsten varar högst {break_glass_hours} timmar, loggas och granskas av en förman. Varje gång någon öppnar mina uppgifter loggas det.

Hur uppgifterna bevaras: mitt namn, mina kontaktuppgifter och anteckningarna lagras krypterade. {retention_years} år efter att min stig har avslutats tas allt som kan identifiera mig bort; bara kodade siffror finns kvar.

Deltagandet är frivilligt. Jag kan när som helst återkalla detta samtycke genom att säga det till min arbetstagare; det gäller genast. Jag kan be om en kopia av allt som finns sparat om mig."""),
    },
    P.SHARE_WITH_PARTNER: {
        "en": ("Sharing my data with a named partner organisation", """\
My worker at {organisation} may refer me to the partner organisation named on this form, for a service I need, and share with it the data I agree to.

Only the data chosen for that referral is sent, and my code always. What was shared, with whom and when is recorded.

If I withdraw this consent, nothing more is shared with that organisation, and open referrals made under it are cancelled at once."""),
        "fi": ("Tietojeni luovuttaminen nimetylle kumppaniorganisaatiolle", """\
Työntekijäni organisaatiossa {organisation} voi ohjata minut tällä lomakkeella nimetylle kumppaniorganisaatiolle tarvitsemaani palveluun ja luovuttaa sille tiedot, joihin suostun.

Vain kyseistä ohjausta varten valitut tiedot lähetetään, sekä aina tunnukseni. Se, mitä luovutettiin, kenelle ja milloin, kirjataan.

Jos perun tämän suostumuksen, tälle organisaatiolle ei luovuteta enää mitään, ja sen perusteella tehdyt avoimet ohjaukset perutaan heti."""),
        "sv": ("Utlämnande av mina uppgifter till en namngiven partnerorganisation", """\
Min arbetstagare vid {organisation} kan hänvisa mig till den partnerorganisation som nämns på denna blankett, för en tjänst som jag behöver, och lämna ut de uppgifter som jag samtycker till.

Endast de uppgifter som valts för hänvisningen skickas, och alltid min kod. Vad som lämnades ut, till vem och när registreras.

Om jag återkallar detta samtycke lämnas inget mer ut till organisationen, och öppna hänvisningar som gjorts med stöd av det avbryts genast."""),
    },
    P.EMPLOYER_INTRODUCTIONS: {
        "en": ("Introductions to employers", """\
My worker at {organisation} may introduce me to employers who offer suitable work.

An employer first sees only a profile without my name, under a random handle: my skills, certificates and language levels. The employer does not see my name, code, nationality, photo or history.

My name is given to an employer only after I have said yes to that employer.

If I withdraw this consent, the employers I was introduced to no longer see my name."""),
        "fi": ("Esittely työnantajille", """\
Työntekijäni organisaatiossa {organisation} voi esitellä minut työnantajille, joilla on minulle sopivaa työtä.

Työnantaja näkee ensin vain profiilin ilman nimeäni, satunnaisella tunnisteella: osaamiseni, todistukseni ja kielitaitoni tason. Työnantaja ei näe nimeäni, tunnustani, kansalaisuuttani, kuvaani eikä taustaani.

Nimeni kerrotaan työnantajalle vasta, kun olen suostunut siihen juuri tämän työnantajan kohdalla.

Jos perun tämän suostumuksen, työnantajat, joille minut on esitelty, eivät enää näe nimeäni."""),
        "sv": ("Presentation för arbetsgivare", """\
Min arbetstagare vid {organisation} kan presentera mig för arbetsgivare som erbjuder lämpligt arbete.

En arbetsgivare ser först bara en profil utan mitt namn, under en slumpmässig beteckning: min kompetens, mina intyg och mina språknivåer. Arbetsgivaren ser inte mitt namn, min kod, mitt medborgarskap, mitt foto eller min bakgrund.

Mitt namn ges till en arbetsgivare först när jag har sagt ja till just den arbetsgivaren.

Om jag återkallar detta samtycke ser de arbetsgivare som jag har presenterats för inte längre mitt namn."""),
    },
    P.ESF_REPORTING: {
        "en": ("Counting me in ESF+ reports", """\
The pathway at {organisation} is funded by the European Social Fund Plus (ESF+). Its reports count participants by coded facts: age group, gender, employment situation and education when I start; my situation when I leave and six months later.

Reports contain numbers only — never my name, code or contact details — and numbers under five are hidden. Questions about disability, foreign background, minority and housing are recorded only if I want to answer.

{esf_withdrawal}"""),
        "fi": ("Mukanani ESR+-raportoinnissa", """\
Organisaation {organisation} työelämäpolkua rahoittaa Euroopan sosiaalirahasto plus (ESR+). Sen raporteissa osallistujat lasketaan koodattujen tietojen mukaan: ikäryhmä, sukupuoli, työmarkkina-asema ja koulutus aloittaessani; tilanteeni lopettaessani ja kuusi kuukautta myöhemmin.

Raporteissa on vain lukuja — ei koskaan nimeäni, tunnustani tai yhteystietojani — ja alle viiden suuruiset luvut piilotetaan. Vammaisuutta, ulkomaista taustaa, vähemmistöön kuulumista ja asumista koskevat kysymykset kirjataan vain, jos haluan vastata.

{esf_withdrawal}"""),
        "sv": ("Att jag räknas i ESF+-rapporter", """\
Arbetslivsstigen vid {organisation} finansieras av Europeiska socialfonden plus (ESF+). Dess rapporter räknar deltagare enligt kodade uppgifter: åldersgrupp, kön, sysselsättning och utbildning när jag börjar; min situation när jag slutar och sex månader senare.

Rapporterna innehåller bara siffror — aldrig mitt namn, min kod eller mina kontaktuppgifter — och siffror under fem döljs. Frågor om funktionsnedsättning, utländsk bakgrund, minoritet och boende registreras bara om jag vill svara.

{esf_withdrawal}"""),
    },
    P.FOLLOW_UP_CONTACT: {
        "en": ("Follow-up contact after the pathway", """\
About six months after I leave the pathway, my worker at {organisation} may contact me, in the way I chose as safe, to ask whether I am working or studying. My answer is used for the ESF+ result figures.

If I withdraw this consent, I will not be contacted for the follow-up."""),
        "fi": ("Seurantayhteydenotto polun jälkeen", """\
Noin kuusi kuukautta polun päättymisen jälkeen työntekijäni organisaatiossa {organisation} voi ottaa minuun yhteyttä valitsemallani turvallisella tavalla ja kysyä, olenko töissä tai opiskelemassa. Vastaustani käytetään ESR+-tulosindikaattoreihin.

Jos perun tämän suostumuksen, minuun ei oteta yhteyttä seurantaa varten."""),
        "sv": ("Uppföljningskontakt efter stigen", """\
Ungefär sex månader efter att jag har lämnat stigen kan min arbetstagare vid {organisation} kontakta mig, på det sätt som jag har valt som säkert, och fråga om jag arbetar eller studerar. Mitt svar används för ESF+-resultatindikatorerna.

Om jag återkallar detta samtycke kontaktas jag inte för uppföljningen."""),
    },
    P.CASE_TRANSFER: {
        "en": ("Transferring my case to a named organisation", """\
My case at {organisation} may be transferred to the organisation named on this form, so that it can continue to support me. My data is sent to that organisation in the IOM Human Trafficking Case Data Standard format (HTCDS), and the transfer is logged.

If I withdraw this consent before the transfer, nothing is sent."""),
        "fi": ("Asiani siirtäminen nimetylle organisaatiolle", """\
Asiani organisaatiossa {organisation} voidaan siirtää tällä lomakkeella nimetylle organisaatiolle, jotta se voi jatkaa tukeani. Tietoni lähetetään sille IOM:n ihmiskaupan tapaustietostandardin (HTCDS) muodossa, ja siirto kirjataan lokiin.

Jos perun tämän suostumuksen ennen siirtoa, mitään ei lähetetä."""),
        "sv": ("Överföring av mitt ärende till en namngiven organisation", """\
Mitt ärende vid {organisation} kan överföras till den organisation som nämns på denna blankett, så att den kan fortsätta att stödja mig. Mina uppgifter skickas till organisationen i formatet för IOM:s standard för ärendeuppgifter om människohandel (HTCDS), och överföringen loggas.

Om jag återkallar detta samtycke före överföringen skickas ingenting."""),
    },
}
