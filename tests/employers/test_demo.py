from ikut.core.demo import seed_foundation
from ikut.employers.models import Company, Introduction, Offer, Placement


def test_demo_seed_builds_companies_offers_an_introduction_and_a_placement(db):
    from ikut.employers import demo
    from ikut.participants import demo as participants_demo
    from ikut.skills import demo as skills_demo

    world = seed_foundation()
    participants_demo.seed(world)
    skills_demo.seed(world)
    demo.seed(world)
    siisti = Company.objects.get(business_id=demo.SIISTI_ID)
    assert siisti.is_demo and siisti.staff_count == 450 and siisti.organisation == world["organisations"]["company"]
    assert world["users"]["employer"].organisation_id == siisti.organisation_id
    kuu = Company.objects.get(business_id=demo.KUU_ID)
    assert "(demo)" in kuu.name and kuu.commitments.count() == 2
    kitchen = Offer.objects.get(company=kuu)
    assert kitchen.status == "published" and kitchen.skill_links.exists() and kitchen.certificate_links.exists()
    pending = Introduction.objects.get(offer__company=siisti)
    assert pending.status == "interested" and pending.consent_recorded_at is None
    placement = Placement.objects.get(company=kuu)
    assert placement.status == "ongoing" and placement.participant.first_name == "Hieu"
    assert siisti.assessments.count() == 1
    demo.seed(world)  # idempotent
    assert Company.objects.filter(is_demo=True).count() == 2
