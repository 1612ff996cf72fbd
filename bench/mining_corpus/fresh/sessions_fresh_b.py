"""Hand-written sessions of the "fresh" corpus, format B: Hermes gateway transcript JSONL, one session per file (data only; see make_fresh.py)."""

from sessions_fresh import A, S, U

# ==========================================================================
# Format B: Hermes gateway transcript JSONL, one session per file
# ==========================================================================

SESSIONS = [
    S("B", "20260525_171402_3a8c1f.jsonl", "2026-05-25T17:14:02", [
        U("when do i plant garlic? zone 7b", "plain"),
        A("In zone 7b, plant garlic in early spring, as soon as the soil can be worked — usually late February to mid-March. Plant cloves pointy end up, about 5 cm deep and 15 cm apart, in well-drained soil with plenty of compost. You'll harvest in late summer when the lower leaves start to brown."),
        U("that's not right is it? everyone at the allotment puts theirs in before winter", "explicit"),
        A("You're right, autumn is better. In 7b plant from mid-October to early November, a few weeks before the ground freezes, so the cloves root before winter. Spring planting works but gives smaller bulbs. Harvest next June–July when the lower third of the leaves have browned."),
        U("ok. should I mulch them?", "followup"),
        A("Yes, about 10 cm of straw or shredded leaves once the ground gets cold. Pull it back in spring when the shoots come through."),
        U("perfect, ta", "acceptance"),
        A("Happy planting."),
    ], platform="telegram"),

    S("B", "20260526_203318_d41e07.jsonl", "2026-05-26T20:33:18", [
        U("settle an argument: in catan, what exactly happens when someone rolls a 7?", "plain"),
        A("When a 7 is rolled, no resources are produced. The player who rolled moves the robber to any other terrain hex, which blocks that hex from producing until the robber moves again. They then steal one random resource card from a player with a settlement or city next to that hex."),
        U("the robber part is what we do, fine. but what about people holding loads of cards, that's the bit we're fighting over", "partial"),
        A("Before the robber moves, everyone holding more than 7 resource cards discards half of them, rounded down, and they choose which. So 8 or 9 cards → discard 4, 10 or 11 → discard 5. Development cards don't count toward the total."),
        U("HA. dad owes me 3 brick", "plain"),
        A("Rules are rules."),
        U("can you put the discard rule in one line I can tape inside the box lid", "followup"),
        A("Roll a 7: anyone with 8+ resource cards discards half (round down), then the robber moves and steals 1."),
        U("perfect lol", "acceptance"),
        A("Hope it keeps the peace."),
    ], platform="telegram"),

    S("B", "20260527_185240_7b02c9.jsonl", "2026-05-27T18:52:40", [
        U("my daughter's stuck on 3/4 + 2/3. explain it like she's 9", "plain"),
        A("To add fractions with different denominators, first find the least common denominator (LCD). The LCD of 4 and 3 is 12. Convert each fraction to an equivalent fraction: 3/4 = 9/12 and 2/3 = 8/12. Now add the numerators: 9/12 + 8/12 = 17/12. Since 17/12 is an improper fraction, convert it to a mixed number: 1 5/12."),
        U("she is NINE. she doesn't know what a denominator is", "echo"),
        A("""Imagine two pizzas. One is cut into 4 slices and you have 3 of them. The other is cut into 3 slices and you have 2. The slices are different sizes, so you can't just count them yet.

So cut every slice smaller until both pizzas have 12 slices. Your 3 big slices become 9 small ones, and your 2 big slices become 8 small ones.

9 + 8 = 17 small slices. One whole pizza is 12 slices, so that's 1 whole pizza and 5 slices left over: 1 and 5/12."""),
        U("she got it!!! the pizza thing worked", "acceptance"),
        A("Brilliant. Want a couple of practice sums in the same style?"),
        U("nah she's done for the day, bath time", "decline_offer"),
        A("Fair enough, good work tonight."),
    ], platform="telegram"),

    S("B", "20260528_074005_f0c6a2.jsonl", "2026-05-28T07:40:05", [
        U("is the backup drive plugged in and mounted? I'm not at the desk", "plain"),
        A("""Here's the output of `diskutil list external`:

```
/dev/disk4 (external, physical):
   #:                       TYPE NAME                    SIZE       IDENTIFIER
   0:      GUID_partition_scheme                        *2.0 TB     disk4
   1:                        EFI EFI                     209.7 MB   disk4s1
   2:                 Apple_APFS Container disk5         2.0 TB     disk4s2

/dev/disk5 (synthesized):
   #:                       TYPE NAME                    SIZE       IDENTIFIER
   0:      APFS Container Scheme -                      +2.0 TB     disk5
                                 Physical Store disk4s2
   1:                APFS Volume Heron Backups           1.1 TB     disk5s1
```

This shows a 2.0 TB external physical disk (disk4) with a GUID partition scheme, containing an EFI partition and an APFS container (disk5). Inside the container there is one APFS volume, "Heron Backups", using 1.1 TB.""", tools=[
            ("diskutil list external",
             "/dev/disk4 (external, physical):\n"
             "   #:                       TYPE NAME                    SIZE       IDENTIFIER\n"
             "   0:      GUID_partition_scheme                        *2.0 TB     disk4\n"
             "   1:                        EFI EFI                     209.7 MB   disk4s1\n"
             "   2:                 Apple_APFS Container disk5         2.0 TB     disk4s2\n\n"
             "/dev/disk5 (synthesized):\n"
             "   #:                       TYPE NAME                    SIZE       IDENTIFIER\n"
             "   0:      APFS Container Scheme -                      +2.0 TB     disk5\n"
             "                                 Physical Store disk4s2\n"
             "   1:                APFS Volume Heron Backups           1.1 TB     disk5s1"),
        ]),
        U("on my phone, can't read that. is it mounted, yes or no", "repeat_narrow"),
        A("Yes — \"Heron Backups\" is mounted at /Volumes/Heron Backups.", tools=[
            ("mount | grep -i heron",
             "/dev/disk5s1 on /Volumes/Heron Backups (apfs, local, nodev, nosuid, journaled, noowners)"),
        ]),
        U("and when did the last backup finish", "followup"),
        A("This morning at 07:14.", tools=[
            ("tmutil latestbackup", "/Volumes/Heron Backups/2026-05-28-071422.backup"),
        ]),
        U("👍", "acceptance"),
        A("The next hourly one should run around 08:15."),
    ], platform="telegram", tools=True),

    S("B", "20260529_124417_25e9bd.jsonl", "2026-05-29T12:44:17", [
        U("Tu peux me donner une recette de crêpes pour 4 personnes ?", "plain"),
        A("""Sure! Here's a classic crêpe recipe for 4 people:

- 1 cup all-purpose flour
- 2 eggs
- 1 ½ cups milk
- 2 tbsp melted butter
- a pinch of salt

Whisk the flour and eggs, gradually add the milk, then the butter and salt. Let the batter rest for 30 minutes, then cook in a hot buttered pan for about 1 minute per side."""),
        U("En français stp, et avec des grammes, je n'ai pas de tasses", "instead"),
        A("""Pour 4 personnes (environ 12 crêpes) :

- 250 g de farine
- 4 œufs
- 50 cl de lait
- 50 g de beurre fondu
- 1 pincée de sel

Mélange la farine et le sel, ajoute les œufs, puis verse le lait petit à petit en fouettant pour éviter les grumeaux. Ajoute le beurre fondu, laisse reposer 1 h, puis fais cuire dans une poêle bien chaude, environ 1 minute de chaque côté."""),
        U("Parfait merci ! Et je peux préparer la pâte la veille ?", "followup"),
        A("Oui, couverte au frigo elle se garde jusqu'au lendemain. Fouette-la un peu avant la cuisson et ajoute un peu de lait si elle a épaissi."),
        U("Top 👌", "acceptance"),
        A("Bonne dégustation !"),
    ], platform="telegram"),

    S("B", "20260530_221906_9c7d14.jsonl", "2026-05-30T22:19:06", [
        U("how do I see which systemd services failed on the raspberry pi", "plain"),
        A("""systemd keeps detailed logs about every service. A good place to start is:

```
sudo journalctl -xe
```

This shows the most recent log entries with extra explanations. You can scroll with the arrow keys and press `q` to quit. For a specific service, use `systemctl status <service>`, which shows whether it's active, its recent log lines, and its main PID. You can also list every unit with `systemctl list-units`, and use `systemctl list-unit-files` to see which ones are enabled at boot."""),
        U("just the failed ones. one command", "repeat_narrow"),
        A("`systemctl --failed`"),
        U("shows grafana-server.service. fastest way to see why?", "followup"),
        A("`journalctl -u grafana-server -b --no-pager | tail -40`. The last lines from this boot usually name the problem."),
        U("bind: address already in use on 3000. oh wait thats probably my node thing I left running", "plain"),
        A("Probably. `sudo ss -ltnp 'sport = :3000'` shows who's holding it."),
        U("yep it was node. killed it and grafana is up", "acceptance"),
        A("Nice. If you need both, move one of them to another port."),
    ], platform="discord"),

    S("B", "20260601_090251_4e6a3b.jsonl", "2026-06-01T09:02:51", [
        U("morning!", "plain"),
        A("Morning! What can I do for you?"),
        U("translate this for my out-of-office, formal German: \"We are out of the office until 3 June. For urgent matters please contact Anna Weber.\"", "plain"),
        A("Hey! Wir sind bis zum 3. Juni nicht da. Wenn's dringend ist, meld dich einfach bei Anna Weber!"),
        U("that's way too casual, it goes to customers. Sie, not du", "explicit"),
    ], platform="telegram"),

    S("B", "20260602_131540_b8f27e.jsonl", "2026-06-02T13:15:40", [
        U("rewrite this CV bullet so it sounds less flat: \"Responsible for the company's social media\"", "plain"),
        A("""Here are several options, depending on the tone you want:

1. "Managed the company's social media presence across multiple platforms."
2. "Oversaw social media strategy and day-to-day content."
3. "Led social media channels, driving engagement and brand awareness."
4. "Owned end-to-end social media operations."
5. "Developed and executed social media campaigns."

Strong CV bullets start with an action verb and, where possible, include measurable results."""),
        U("rather than verb swaps, can you build it around the numbers? the instagram went from 1.2k to 9k followers in a year", "instead"),
        A("\"Grew the company Instagram from 1.2k to 9k followers in 12 months by launching a weekly content calendar, influencer partnerships and paid campaigns.\""),
        U("there were no influencers or paid ads, don't add things I didn't do", "explicit", second=True),
        A("\"Grew the company Instagram from 1.2k to 9k followers in 12 months.\""),
        U("yes. that one", "acceptance"),
        A("It's the strongest line on the page now."),
        U("can you do a linkedin headline version too, under 100 characters", "followup"),
        A("\"Social media manager | Grew a brand Instagram from 1.2k to 9k in a year\""),
        U("good enough, thx", "acceptance"),
        A("👍"),
    ], platform="telegram"),

    S("B", "20260603_195822_61c0e4.jsonl", "2026-06-03T19:58:22", [
        U("roth vs traditional IRA, short version please", "plain"),
        A("Traditional: contributions may be tax-deductible now, and withdrawals are taxed in retirement. Roth: you pay tax now, and qualified withdrawals in retirement are tax-free. Pick based on whether you expect your tax rate to be higher now or later."),
        U("and if I'm early career and expect to earn a lot more later?", "followup"),
        A("Then Roth usually wins: you pay tax at today's lower rate and never again on the growth."),
        U("makes sense. thanks!", "acceptance"),
        A("Glad it helped!"),
        U("totally unrelated but my cat has started shredding the arm of the sofa. ideas?", "new_task"),
        A("""- Put a tall, sturdy scratching post right next to that arm. Cats scratch where they already scratch.
- Make the sofa arm unpleasant for a few weeks: double-sided tape, or a throw tucked in tight.
- Give her a treat when she uses the post, and rub a little catnip on it.
- Trim her claws every couple of weeks."""),
        U("we'll try the tape + post combo", "plain"),
        A("Give it a few weeks before judging."),
    ], platform="telegram"),

    S("B", "20260604_063947_dd3a58.jsonl", "2026-06-04T06:39:47", [
        U("can you make me a workout plan", "plain"),
        A("Sure. How many days a week can you train, and what equipment do you have?"),
        U("3 days max, just a pair of adjustable dumbbells at home", "clarify_answer"),
        A("""Here's a 5-day dumbbell split:

**Mon — Chest & triceps:** floor press 4×10, flyes 3×12, overhead extension 3×12
**Tue — Back & biceps:** one-arm rows 4×10, reverse flyes 3×12, curls 3×12
**Wed — Legs:** goblet squats 4×12, Romanian deadlifts 4×10, lunges 3×10/leg
**Thu — Shoulders:** overhead press 4×10, lateral raises 3×15, shrugs 3×15
**Fri — Full body & core:** thrusters 3×10, renegade rows 3×8, plank 3×45s

Rest on weekends and increase the weight when you can complete all sets with good form."""),
        U("3 days max", "echo"),
        A("""3-day full-body plan (e.g. Mon/Wed/Fri):

**Day A:** goblet squats 3×10, floor press 3×10, one-arm rows 3×10/side, plank 3×30s
**Day B:** Romanian deadlifts 3×10, overhead press 3×8, lunges 3×8/leg, dead bugs 3×10

Alternate A/B/A one week and B/A/B the next. When you hit the top of the rep range on every set, add weight."""),
        U("doable. starting monday", "acceptance"),
        A("Start lighter than you think; the first week is about form."),
    ], platform="discord"),

    S("B", "20260605_163011_07e9c2.jsonl", "2026-06-05T16:30:11", [
        U("what time does Parkside Vets on Otley Road open on saturdays", "plain"),
        A("I can't look that up from here, I don't have web access in this setup. Want me to draft a quick message you could send them instead?"),
        U("no it's fine, I'll just ring them", "decline_offer"),
        A("Sure."),
        U("is it normal for a 10 week old puppy to sleep like 18 hours a day? she's out cold", "new_task"),
        A("Yes, completely normal. Puppies that age sleep 18–20 hours a day, and that's when a lot of their growing and learning gets done. Worry if she's hard to wake, off her food, or floppy when she is awake."),
        U("phew ok", "acceptance"),
        A("Enjoy the quiet while it lasts."),
    ], platform="telegram"),
]
