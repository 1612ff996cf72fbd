"""Format B sessions (session_meta line + one message per line). Blind author AD, corpus fresh29."""


def U(kind, text):
    return ("u", kind, text)


def A(text):
    return ("a", text)


def T(name, args, output, code=0):
    return ("t", name, args, output, code)


FORMAT_B = [
    {"date": "2026-07-11", "time": "09:32:10", "title": "Gender weighting", "platform": "cli", "steps": [
        U("plain", "Survey has 62% women, population is 51%. How do I weight in pandas. Simple post-stratification, gender only."),
        A("The cleanest way is raking with the `ipfn` package, which handles one or many margins:\n\n```bash\npip install ipfn\n```\n\n```python\nfrom ipfn import ipfn\nimport numpy as np\n\nmargins = [np.array([0.51, 0.49])]\ndims = [[0]]\nIPF = ipfn.ipfn(sample_table, margins, dims)\nweighted = IPF.iteration()\n```\n\nYou then map the cell weights back to the respondents. This scales well if you later add age and region."),
        U("reject_approach", "I don't want a package for one variable. Just compute the weights."),
        A("For one variable the weight is population share / sample share:\n\n```python\npop = {'woman': 0.51, 'man': 0.49}\nsample = df['gender'].value_counts(normalize=True)\ndf['w'] = df['gender'].map(lambda g: pop[g] / sample[g])\n```\n\nWomen get 0.51/0.62 ≈ 0.82, men 0.49/0.38 ≈ 1.29. Check: `df.groupby('gender')['w'].sum() / df['w'].sum()` should give 0.51 / 0.49."),
        U("acceptance", "Right."),
        A("👍"),
        U("followup", "There is 3% 'other / prefer not to say'. No population figure for them. Weight 1?"),
        A("Weight 1 is the usual choice. Then rescale the two known groups so they share the remaining 97%:\n\n```python\nknown = df['gender'].isin(['woman', 'man'])\nshare_known = known.mean()          # ~0.97\npop = {'woman': 0.51 * share_known, 'man': 0.49 * share_known}\nsample = df.loc[known, 'gender'].value_counts(normalize=True) * share_known\ndf['w'] = 1.0\ndf.loc[known, 'w'] = df.loc[known, 'gender'].map(lambda g: pop[g] / sample[g])\n```\n\nThat keeps the total weight equal to n. Mention it in the method note."),
        U("acceptance", "ok good"),
    ]},
    {"date": "2026-07-12", "time": "13:05:55", "title": "Declined card copy", "platform": "cli", "steps": [
        U("plain", "Error message for when the payment card is declined. Tone calm, not blaming the user. Max 2 sentences."),
        A("Oops! Your card was declined. Please check your card details and try again."),
        U("instead", "No 'oops'. And don't tell them to check their details, the bank declined it, they did nothing wrong. Say what they can do: other card or MobilePay."),
        A("Your payment didn't go through. You can try another card or pay with MobilePay."),
        U("acceptance", "that one."),
        A("Noted."),
        U("new_task", "And the toast when payment succeeds. 4 words max."),
        A("Payment received. Thank you."),
        U("acceptance", "ok"),
    ]},
    {"date": "2026-07-13", "time": "19:44:18", "title": "Bike to Odsherred", "platform": "telegram", "steps": [
        U("plain", "My husband wants to bike from Valby to the summer house in Odsherred (near Rørvig). Around 100 km. He wants quiet roads."),
        A("Route, about 95 km:\n\n1. Valby → Roskildevej → Roskilde (30 km, cycle track all the way)\n2. Roskilde → Holbækvej (route 21) cycle path to Holbæk (35 km)\n3. Holbæk → Vig → Rørvig along route 21 / Nykøbingvej (30 km)\n\nIt's flat and fast, with separated paths for most of the way."),
        U("echo", "Quiet roads."),
        A("Quieter version, about 100 km, using the two ferries:\n\n1. Valby → Vestskoven → Ledreborg → Roskilde fjord side (35 km, mostly small roads and gravel paths through Vestskoven)\n2. Hornsherred: Skibby → Kulhuse (30 km, country roads with little traffic)\n3. Ferry Kulhuse–Sølager (10 min)\n4. Sølager → Hundested (6 km)\n5. Ferry Hundested–Rørvig (25 min)\n6. Rørvig → summer house\n\nThe ferries are the breaks. Check both timetables, they don't run late."),
        U("acceptance", "He likes ferries. good."),
        A("Good choice then."),
        U("followup", "Check the ferry times for that, he leaves Saturday 5 July around 8."),
        T("web_search", {"query": "Hundested Rørvig færge sejlplan juli 2026 lørdag"}, "Hundested-Rørvig Færgen: sommer lørdag afgang Hundested 08.00, 09.30, 11.00, 12.30, 14.00, 15.30, 17.00, 18.30 ... | Kulhuse-Sølager færgen: hver halve time 07.00-21.00 i sommerperioden", 0),
        A("Leaving Valby 08:00, he reaches Kulhuse around 11:00 (65 km at ~22 km/h with a break).\n- Kulhuse–Sølager: every 30 min in summer, so no waiting to speak of.\n- Hundested–Rørvig on Saturdays from Hundested: 11:00, 12:30, 14:00 ... He'll realistically make the **12:30**, with the 14:00 as backup.\n\nThose are the summer timetables I found; check the ferry sites the day before."),
        U("acceptance", "ok. sent to him."),
    ]},
    {"date": "2026-07-14", "time": "10:10:30", "title": "Consent text", "platform": "cli", "steps": [
        U("plain", "Consent text for recording interviews. GDPR. Participants are Danish but the text is English. Plain language, not lawyer."),
        A("**Informed Consent and Data Processing Agreement**\n\nBy signing this document, the participant (hereinafter \"the Data Subject\") grants the data controller explicit consent pursuant to Article 6(1)(a) and Article 9(2)(a) of Regulation (EU) 2016/679 (GDPR) to the audio and video recording of the interview session. The personal data collected shall be processed exclusively for the purposes of user research, stored on secure servers within the EEA, pseudonymised where feasible, and retained only for as long as necessary for the fulfilment of said purposes. The Data Subject has the right of access, rectification, erasure, restriction of processing, data portability and objection, and may lodge a complaint with Datatilsynet. Consent may be withdrawn at any time without affecting the lawfulness of processing based on consent before its withdrawal.\n\nSignature: ____________  Date: ________"),
        U("explicit", "This is lawyer. And it's way more than I need. Half this, normal words."),
        A("**Before we start**\n\nWe would like to record this interview (sound and screen) so we don't miss anything you say. The data controller is [company]. The recording is pseudonymised and only used by the research team to improve the app. You can ask to see or delete your data, and you can withdraw your consent at any time.\n\nI agree to be recorded: ☐ Yes ☐ No\nName: ________ Date: ________"),
        U("partial", "Better. But 'data controller' and 'pseudonymised' are still lawyer words."),
        A("**Before we start**\n\nWe would like to record this interview (sound and screen) so we don't miss anything you say. Only the research team at [company] listens to it, and we remove your name from our notes. We use it only to make the app better. You can ask to see or delete the recording, and you can say no or change your mind at any time.\n\nI agree to be recorded: ☐ Yes ☐ No\nName: ________ Date: ________"),
        U("acceptance", "ok."),
        A("Ready to print."),
        U("followup", "Add that they can stop the recording any time without giving a reason."),
        A("Added as the second to last sentence:\n\n\"... We use it only to make the app better. **You can stop the recording at any time, and you don't have to tell us why.** You can ask to see or delete the recording, and you can say no or change your mind at any time.\""),
        U("acceptance", "good"),
    ]},
    {"date": "2026-07-15", "time": "08:58:03", "title": "Stack survey waves", "platform": "cli", "steps": [
        U("plain", "Two files wave1.csv and wave2.csv, same questions, respondent id 'rid'. I want one long dataframe with a 'wave' column."),
        A("```python\nimport pandas as pd\nw1 = pd.read_csv('wave1.csv')\nw2 = pd.read_csv('wave2.csv')\ndf = w1.merge(w2, on='rid', suffixes=('_w1', '_w2'))\n```\n\nNow every respondent has one row with `q1_w1`, `q1_w2` etc., so you can compare the waves directly."),
        U("instead", "Stacked, not merged. One row per respondent per wave. And people who only answered one wave stay in."),
        A("```python\ndf = pd.concat(\n    [w1.assign(wave=1), w2.assign(wave=2)],\n    ignore_index=True,\n)\n```\n\nOne row per respondent per wave; respondents who only took part once keep their single row."),
        U("acceptance", "yes."),
        A("👍"),
        U("new_task", "quickest way to see which rid are in both waves"),
        A("```python\nboth = set(w1['rid']) & set(w2['rid'])\nlen(both)\n```\n\nOr on the stacked frame: `df.groupby('rid')['wave'].nunique().eq(2).sum()`."),
        U("acceptance", "ok 188. fine"),
    ]},
    {"date": "2026-07-16", "time": "21:03:47", "title": "Børnehave start questions", "platform": "telegram", "steps": [
        U("plain", "Ida moves from vuggestue to børnehave in August. What should I ask the new place at the first meeting? She is shy, so mostly about how they do the start (indkøring)."),
        A("Good questions for the first meeting:\n\n1. What is your pedagogical profile?\n2. How many children and adults are there per group?\n3. What are the opening hours and closing days?\n4. How do you handle food - packed lunch or frokostordning?\n5. How do you work with language development?\n6. How do you handle indkøring?\n7. What are the rules for sick children?\n8. How do you communicate with parents - Aula, Famly?\n9. Do you have a parents' board?\n10. Are there trips out of the house?\n11. What should she bring (clothes, rain gear, nappies)?\n12. How do you handle conflicts between children?\n13. Do you have a policy on screens?\n14. What's your staff turnover like?\n15. Can we visit before she starts?"),
        U("echo", "Indkøring. That's what I asked about."),
        A("Questions about indkøring for a shy child:\n\n1. How many days do you plan for, and can it be extended if she needs it?\n2. Will one primary adult take her through the first weeks? Who?\n3. Can we visit a few times before the start, at a quiet time of day?\n4. How do you do the goodbye in the morning - do you take her from my arm, or does she go on her own?\n5. Can someone from the vuggestue come along the first day?\n6. How will you tell me how the day went - a call, a note in Aula?\n7. What do you do if she withdraws and doesn't play - how long before you contact me?"),
        U("acceptance", "good, taking these."),
    ]},
    {"date": "2026-07-17", "time": "12:26:14", "title": "Electrician quotes", "platform": "cli", "steps": [
        U("plain", "Two quotes for electrician in the summer house. A: 38.000 incl moms, 3 weeks. B: 29.500 ex moms, 5 weeks. Which is cheaper?"),
        A("**B is cheaper** by 8.500 kr. (29.500 vs 38.000), but takes 2 weeks longer. If time isn't critical, B is the better deal."),
        U("explicit", "That's wrong, B is ex moms. Compare on the same basis."),
        A("B incl. 25% moms: 29.500 × 1.25 = **36.875 kr.**\nA incl. moms: 38.000 kr.\n\nB is still cheaper, but only by **1.125 kr.**, and it takes 5 weeks instead of 3. Is there a date it must be finished by?"),
        U("clarify_answer", "Before we rent it out in week 34."),
        A("Then start date matters more than the price difference. Counting back from week 34: B must start by week 29 at the latest, A by week 31. If B can't start in week 29, take A - 1.125 kr. is not worth risking the rental."),
        U("acceptance", "I'll ask B when they can start."),
    ]},
    {"date": "2026-07-18", "time": "10:49:36", "title": "Button labels", "platform": "cli", "steps": [
        U("plain", "Make these button labels consistent: 'Save', 'Submit form', 'Go back', 'CANCEL', 'Continue →', 'Delete item'."),
        A("Here are consistent versions:\n\n- Save\n- Submit\n- Back\n- Cancel\n- Continue\n- Delete\n\nWhy: consistency is one of Nielsen's ten usability heuristics (\"Consistency and standards\"). Users should not have to wonder whether different words, situations or actions mean the same thing. Mixing all caps ('CANCEL') with sentence case makes one button shout louder than the others, which can suggest it is the primary action. Arrows in labels ('Continue →') are a visual affordance that belongs in the component, not in the string, so translators don't have to handle them. Single verbs keep the labels short, which matters on mobile where button width is limited, and they align with platform conventions on iOS and Android. If you need more context on a destructive action such as Delete, put it in the confirmation dialog rather than in the button itself."),
        U("repeat_narrow", "Just the list."),
        A("- Save\n- Submit\n- Back\n- Cancel\n- Continue\n- Delete"),
        U("acceptance", "ok"),
    ]},
    {"date": "2026-07-19", "time": "14:12:58", "title": "Count open codes", "platform": "cli", "steps": [
        U("plain", "I coded the open answers, codes are in column 'codes' as comma separated strings like 'price,trust'. Count how often each code appears."),
        T("terminal", {"command": "cd ~/surveys && python3 -c \"import pandas as pd; df=pd.read_csv('open_coded.csv'); print(df.codes.value_counts().head())\""}, "trust           41\nprice           33\nprice, trust    17\ntrust, speed    12\nspeed            9", 0),
        A("```python\ndf['codes'].value_counts()\n```\n\nTop results: trust 41, price 33, price+trust 17, trust+speed 12, speed 9."),
        U("echo", "Each code. Not each combination."),
        T("terminal", {"command": "cd ~/surveys && python3 -c \"import pandas as pd; df=pd.read_csv('open_coded.csv'); print(df.codes.str.split(',').explode().value_counts().head(6))\""}, "price     50\ntrust     41\n trust    29\n speed    12\nspeed      9", 0),
        A("Split and explode:\n\n```python\ndf['codes'].str.split(',').explode().value_counts()\n```\n\nprice 50, trust 41, trust 29, speed 12, speed 9."),
        U("partial", "Closer. But 'trust' and ' trust' are counted separately now."),
        T("terminal", {"command": "cd ~/surveys && python3 -c \"import pandas as pd; df=pd.read_csv('open_coded.csv'); print(df.codes.str.split(',').explode().str.strip().value_counts())\""}, "trust    70\nprice    50\nspeed    21", 0),
        A("Strip the spaces after splitting:\n\n```python\ndf['codes'].str.split(',').explode().str.strip().value_counts()\n```\n\ntrust 70, price 50, speed 21."),
        U("acceptance", "ok that matches my manual count."),
    ]},
    {"date": "2026-07-20", "time": "17:35:21", "title": "Daycare closing days", "platform": "telegram", "steps": [
        U("plain", "When is Copenhagen kommune daycare closed between christmas and new year 2026? I need to plan."),
        T("web_search", {"query": "Københavns Kommune lukkedage dagtilbud jul 2026"}, "kk.dk: Lukkedage i dagtilbud 2026: 24. december, 31. december samt de tre hverdage mellem jul og nytår (28.-30. december). Der tilbydes nødpasning efter tilmelding.", 0),
        A("Københavns Kommune's closing days 2026: **24 December, 28-30 December and 31 December**. Emergency care (nødpasning) is available if you register in advance. Do you want me to add a reminder to your notes about the registration deadline?"),
        U("decline_offer", "No, I put it in the family calendar myself. What about summer, week 29?"),
        T("web_search", {"query": "Københavns Kommune sommerlukning dagtilbud 2026 uge 29"}, "kk.dk: Der er ingen fælles sommerlukning i Københavns Kommunes dagtilbud. Nogle institutioner samler børn i sommerpasning i uge 28-30.", 0),
        A("No general summer closing in Københavns Kommune. Some institutions merge into shared summer care in weeks 28-30, so Ida might be in another house in week 29. Her own vuggestue will have posted that in Aula."),
        U("acceptance", "ok thx"),
    ]},
]
