"""Issue 16, item 4: consent texts as versioned content, and the consent's link to the exact version.

Consents recorded before this keep their free-text version label (text_version, text_language) as history and
have no text: nothing is invented for them.
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('accounts', '0002_forget_stored_account_links'),
        ('participants', '0005_esf_tristate_drop_old'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='ConsentText',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('purpose', models.CharField(choices=[('participation_and_data_processing', 'Participation and data processing'), ('share_with_partner', 'Sharing with a named partner organisation'), ('employer_introductions', 'Introductions to employers'), ('esf_reporting', 'ESF+ reporting'), ('follow_up_contact', 'Follow-up contact after exit'), ('case_transfer', 'Case transfer to a named organisation')], max_length=40, verbose_name='purpose')),
                ('language', models.CharField(max_length=10, verbose_name='language')),
                ('version', models.PositiveIntegerField(verbose_name='version')),
                ('title', models.CharField(max_length=200, verbose_name='title')),
                ('body', models.TextField(max_length=20000, verbose_name='text')),
                ('state', models.CharField(choices=[('draft', 'Draft'), ('published', 'Published')], default='draft', max_length=10, verbose_name='status')),
                ('machine_draft', models.BooleanField(default=False, help_text='Untick when a person responsible (for example the data-protection officer) has reviewed the wording.', verbose_name='machine-drafted wording, not yet reviewed')),
                ('created_at', models.DateTimeField(auto_now_add=True)),
                ('updated_at', models.DateTimeField(auto_now=True)),
                ('published_at', models.DateTimeField(blank=True, null=True, verbose_name='published')),
                ('based_on', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='participants.consenttext', verbose_name='based on')),
                ('created_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                ('organisation', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='+', to='accounts.organisation', verbose_name='organisation')),
                ('published_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
            ],
            options={
                'verbose_name': 'consent text',
                'ordering': ['purpose', 'language', '-version'],
            },
        ),
        migrations.AddField(
            model_name='consent',
            name='text',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='consents', to='participants.consenttext', verbose_name='consent text'),
        ),
        migrations.AddConstraint(
            model_name='consenttext',
            constraint=models.UniqueConstraint(fields=('organisation', 'purpose', 'language', 'version'), name='consent_text_version_unique'),
        ),
        migrations.AddConstraint(
            model_name='consenttext',
            constraint=models.UniqueConstraint(condition=models.Q(('state', 'draft')), fields=('organisation', 'purpose', 'language'), name='consent_text_one_draft'),
        ),
    ]
