"""privacy-report: a short fictional Alliance 8.7 meeting report full of personal data, for tests/test_privacy.py.

Commitments, proposals and a contact block carry e-mail addresses and phone numbers in the forms real PDFs
print them: an address broken across a line after a dot of its domain or after the @, a space after a dot
("@example. org"), written with [at] and [dot], (at) and (dot), or in words; phone numbers with a country code
(+41 22 ..., +1 (212) ..., (+977) 1-4-...), dialled with 00, or national under a label (Tel.:, Tél., Teléfono:,
Mobile:, Fax). Beside them stand numbers that are not personal data and must survive: years and a range of
years, a date, convention numbers, an amount, a UN document symbol, a percentage.

Everything is invented; every address is on an "example" domain. The test suite does not run this script; it
documents how the committed PDF was made (as the genre corpus does, with its kit docgen.py). Regenerate, from
the repository root, with a Python that has reportlab (5.1.0 made the committed file)::

    .docgen/bin/python tests/data/privacy/privacy-report.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "genre", "sources"))

from docgen import A4, Document  # noqa: E402

doc = Document(os.path.join(HERE, "privacy-report.pdf"), size=A4, lang="en",
               header="Alliance 8.7 - Migration Action Group - Consultation report",
               footer="Consultation on safe reporting channels, May 2025", page_numbers="Page {n} of {total}",
               title="Consultation on safe reporting channels for workers at risk")

doc.title("Consultation on safe reporting channels for workers at risk",
          subtitle="Alliance 8.7 Migration Action Group, Hanoi, 14-15 May 2025: meeting report")

doc.heading("1. Purpose of the consultation", level=1)
doc.para("Forty-two participants from ministries, United Nations agencies, trade unions, employers and "
         "non-governmental organisations met in Hanoi to compare the telephone lines, apps and walk-in centres "
         "through which migrant workers and children can report forced labour and child labour. The meeting "
         "reviewed the national action plan for 2021-2025 and the follow-up to paragraph 12 of the outcome "
         "statement agreed on 12.05.2023, in the spirit of resolution A/RES/70/1.")
doc.para("A survey presented by the organisers found that 38 per cent of the workers interviewed did not know "
         "any line where they could complain, and that most of those who did had never been called back.")

doc.heading("2. Commitments", level=1)
doc.para("The following commitments were announced during the second day:")
doc.bullets([
    "The Government of Viet Nam will open a national helpline for migrant workers, +84 24 3936 4172, in all "
    "63 provinces by 2026.",
    "The Ministry of Labour, Invalids and Social Affairs will train 300 labour inspectors on the Forced Labour "
    "Convention, 1930 (No. 29) and on C182 by 2026; its focal point can be reached at thuy.nguyenthi@molisa.example."
    "<br/>gov.vn for the training calendar.",
    "The ILO will set up a hotline for fishers, +41 22 555 0101, by 2026 and will staff it in five languages.",
    "The Government of Nepal will extend the labour complaints line (+977) 1-4-238716 to all seven provinces "
    "by 2027.",
    "The Government of Peru will allocate USD 1,500,000 to labour inspection in the fishing sector in 2026.",
    "The United Kingdom will fund an advice line for workers recruited abroad, 0044 20 7946 0418, until the "
    "end of 2027.",
    "UNICEF will publish a child-friendly guide on reporting child labour by December 2025; comments on the "
    "draft go to rita.okafor@example. org before the end of June.",
    "The Government of Morocco will adopt a decree on complaints by domestic workers by 2026 and has named a "
    "focal point, m.haddad(at)example(dot)net.",
    "Walk Free will share the anonymised results of its survey with the General Statistics Office in 2026; "
    "requests should be sent to j.baptiste [at] example [dot] org.",
    "The Government of the Philippines will connect its overseas workers' line, +63 2 8527 3019, to the "
    "consular posts in the Gulf by 2026.",
])

doc.heading("3. Discussion", level=1)
doc.para("The representative of the ITUC stressed that a helpline is only as good as the inspection that follows "
         "a call, and asked that complaints received on Tel.: 024 3826 7315 be answered within 48 hours.")
doc.para("IOM proposed that the Action Group compile a directory of reporting lines in the region, and offered "
         "to host it; contributions can be sent to samira.belkacem at example dot org or by phone to "
         "+41 22<br/>555 0187.")
doc.para("The UNODC liaison office in New York, +1 (212) 555-0143, will coordinate the follow-up with the "
         "regional prosecutors' network in 2026.")
doc.para("Peru recommended that every reporting line publish yearly figures on calls received and cases "
         "referred. Its delegation can be reached at p.castellanos@<br/>trabajo.example.gob.pe or on "
         "Teléfono: 2345-6781.")

doc.heading("4. Contacts for follow-up", level=1)
doc.para("Ms. Nguyen Thi Thuy, MOLISA. Tel.: 024 3826 7315. Mobile: 0912 604 837.", style="small")
doc.para("Mr. Julien Baptiste, Walk Free. Tél. : 01 45 67 83 29. Fax 022 917 40 62.", style="small")
doc.para("Ms. Rita Okafor, UNICEF. +1 (212) 555-0143. rita.okafor@example.org", style="small")
doc.table([["Name", "Organisation", "Telephone", "E-mail"],
           ["Tran Van Minh", "General Statistics Office", "+84 24 3936 4406", "minh.tran@example.org"],
           ["Samira Belkacem", "IOM", "+41 22 555 0187", "samira.belkacem@example.org"]],
          widths=[110, 130, 100, 150])
doc.save()
