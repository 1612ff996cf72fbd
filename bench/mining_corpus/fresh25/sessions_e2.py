"""Format E sessions (session_<date>.jsonl event logs), second half. Blind author Z, corpus fresh25."""


def U(kind, text):
    return ("u", kind, text)


def A(text):
    return ("a", text)


def T(name, args, output, code=0):
    return ("t", name, args, output, code)


def D(text, rationale):
    return ("d", text, rationale)


def E(text, context):
    return ("e", text, context)


FORMAT_E = {
    # E6 - hard shoes: general essay -> repeat_narrow; decline; feis bag list too long -> echo
    "2026-07-15": {"role": "assistant", "steps": [
        U("plain", "need new hard shoes for Zosia, size 2 UK. where is cheapest in Ireland, Antonio Pacelli or Fays"),
        T("web_search", {"query": "Irish dancing hard shoes Ireland price Antonio Pacelli Fays"}, "1. Antonio Pacelli - Hard shoes, 'Ultimate Flexi' from €165\n2. Fays Irish Dance Shoes - 'Fays Flexi Heavies' from €150\n3. Rutherford, Hullachan, Inishfree - brand guide"),
        A("There are several well-known makers of Irish dancing hard shoes (heavies), and the right choice depends on her level and foot shape:\n\n- **Antonio Pacelli** — Irish brand, known for flexible soles and a strong sound; popular with champions.\n- **Fays** — Irish brand with a long history, durable, good value.\n- **Rutherford** — very traditional, stiffer, lasts for years.\n- **Hullachan** — American brand, light and flexible, popular in the US.\n- **Inishfree** — good budget option.\n\nFor a 9-year-old beginner, flexibility matters more than sound, and many teachers recommend a flexi-sole heavy. Shoes should be snug because they stretch, and it's always worth trying them on before buying."),
        U("repeat_narrow", "only Pacelli or Fays. size 2. price"),
        T("web_search", {"query": "Antonio Pacelli hard shoes size 2 price"}, "1. antoniopacelli.com - Beginner Flexi Heavy, sizes 12-3 junior, €129"),
        T("web_search", {"query": "Fays flexi heavies junior size 2 price"}, "", 1),
        E("web_search failed: HTTP 403 from faysirishdanceshoes.com", "fetching Fays price page"),
        A("- **Antonio Pacelli** Beginner Flexi Heavy, junior size 2: **€129**.\n- **Fays**: their site blocked me, but the general listing showed Flexi Heavies from €150 — the junior size may be less.\n\nWant me to try the Fays page again later?"),
        U("decline_offer", "no, I ring Fays tomorrow, is easier"),
        A("OK."),
        U("new_task", "write short list for her feis bag, what to bring. she always forget something"),
        A("**Feis bag checklist**\n\n*Shoes and clothing*\n1. Hard shoes (heavies) — check buckles and tips\n2. Soft shoes (pumps/ghillies) — check laces\n3. Poodle socks — 2 pairs, plus sock glue\n4. Solo dress or class costume in its cover\n5. Bloomers / dance shorts\n6. Warm-up clothes, school hoodie\n7. Change of clothes for the journey home\n\n*Hair and make-up*\n8. Wig and wig pins\n9. Hairbrush, bobbins, hairspray\n10. Tan (if allowed for her level)\n11. Headband or tiara\n\n*Competition*\n12. Number card and safety pins\n13. Entry confirmation\n14. Registration card from the school\n\n*Health and comfort*\n15. Plasters and blister pads\n16. Water bottle\n17. Healthy snacks and lunch\n18. Pain relief / ice pack\n19. Tissues and wet wipes\n\n*Other*\n20. Shoe bag, small towel, phone charger, cash for the raffle, folding chair, blanket, book or tablet for waiting, a small sewing kit and spare laces.\n\nTip: pack the night before and tick off each item!"),
        U("echo", "\"short list\" Timmy. this is a book. she is 9, she read it herself"),
        A("Feis bag:\n1. Hard shoes\n2. Soft shoes\n3. Socks and sock glue\n4. Dress\n5. Wig and pins\n6. Number card\n7. Water and snack\n8. Hoodie"),
        U("acceptance", "this is good, I print it for her"),
    ]},
    # E7 - van buy vs lease: NPV -> reject_approach; no repairs -> partial (double); new task
    "2026-07-17": {"role": "timmy", "steps": [
        U("plain", "compare for me for 3 years: buy the van 11450 + VAT, or new lease 589 + VAT per month. I claim VAT back both ways"),
        D("Do a discounted cash-flow comparison", "Payments happen at different times, so compare present values"),
        A("I've compared the two options on a **net present value** basis over 36 months, using a 5% annual discount rate (≈0.407% per month) and ignoring VAT since you reclaim it.\n\n**Lease:** 36 payments of €589. PV = 589 × [1 − (1.00407)^−36] ÷ 0.00407 ≈ **€19,640**.\n\n**Buy:** €11,450 paid today, PV = **€11,450**. Residual value of the van after 3 more years (≈ €4,000 at month 36) has PV ≈ €3,443, so net PV ≈ **€8,007**.\n\n**Difference:** buying is ≈ **€11,630** cheaper in present-value terms. Sensitivity: at an 8% discount rate the gap narrows to ≈ €10,900."),
        U("reject_approach", "no NPV and discount, I don't understand this. simple: how much I pay total each way in 3 years"),
        A("Simple totals over 3 years (without VAT, because you get it back):\n\n- **Buy:** €11,450 once.\n- **Lease:** €589 × 36 = **€21,204**.\n\nBuying is **€9,754** cheaper."),
        U("partial", "ok this is clear. but for buy you forget repairs. old van, clutch now 1400, tyres, more to come. put 2500 per year"),
        A("With repairs on the old van:\n\n- **Buy:** €11,450 + 3 × €2,500 repairs = **€18,950**.\n- **Lease:** €21,204 (new van, under warranty, so very few repair costs).\n\nBuying is still about **€2,250** cheaper — but only if repairs stay around €2,500 a year. One big repair (gearbox, injectors) would eat that."),
        U("acceptance", "ok so buy is still little cheaper. I think I buy"),
        U("new_task", "write short email to FleetLine I take option 2, buy the van"),
        A("Subject: Lease end — option 2 (purchase)\n\nHello,\n\nFor my Ford Transit Custom lease ending in September, I'd like to take **option 2** and buy the van for €11,450 + VAT. Please send me the next steps and payment details.\n\nThanks,\nTomasz Nowak\nTN Electrical"),
        U("acceptance", "sent"),
    ]},
    # E8 - photos: rename ok; 'smaller' but made zip -> echo
    "2026-07-20": {"role": "timmy", "steps": [
        U("plain", "photos from Lucan job in Desktop/lucan. rename them lucan_01, lucan_02 and so on, by date"),
        D("Rename by capture order using a bash loop", "ls -tr gives date order"),
        T("terminal", {"command": "cd ~/Desktop/lucan && i=1; for f in $(ls -tr); do mv \"$f\" $(printf 'lucan_%02d.%s' $i \"${f##*.}\"); i=$((i+1)); done; ls | head -3; ls | wc -l"}, "lucan_01.jpg\nlucan_02.jpg\nlucan_03.jpg\n24"),
        A("Renamed all 24 photos in date order: `lucan_01.jpg` … `lucan_24.jpg`."),
        U("acceptance", "ok good"),
        U("new_task", "now make them smaller, for email. customer want them"),
        T("terminal", {"command": "cd ~/Desktop && zip -r lucan_photos.zip lucan && ls -lh lucan_photos.zip"}, "-rw-r--r--  1 tomasz  staff    58M 20 Jul 18:41 lucan_photos.zip"),
        A("Packed them into one file: `~/Desktop/lucan_photos.zip` (58 MB), so you can attach a single file."),
        U("echo", "\"smaller\" I said. zip is 58 MB, gmail take only 25"),
        T("terminal", {"command": "cd ~/Desktop && rm lucan_photos.zip && mkdir -p lucan_small && sips -Z 1600 lucan/*.jpg --out lucan_small >/dev/null && zip -r lucan_small.zip lucan_small >/dev/null && ls -lh lucan_small.zip"}, "-rw-r--r--  1 tomasz  staff   6.1M 20 Jul 18:44 lucan_small.zip"),
        A("Made resized copies (max 1600 px) in `~/Desktop/lucan_small` — originals untouched — and zipped them: `lucan_small.zip` is **6.1 MB**, fine for Gmail."),
        U("acceptance", "good, sent to her"),
    ]},
    # E9 - PKO BIC; followup Polish; Western Union -> reject_approach
    "2026-07-22": {"role": "assistant", "steps": [
        U("plain", "Revolut ask BIC for mama bank, PKO BP. what is it"),
        T("web_search", {"query": "PKO Bank Polski BIC SWIFT code"}, "1. PKO BP - 'Kod BIC/SWIFT: BPKOPLPW'"),
        A("PKO Bank Polski's BIC (SWIFT) is **BPKOPLPW**."),
        U("acceptance", "ok it work"),
        U("new_task", "she ask how much zloty she get for 300 euro and when it arrive"),
        T("web_search", {"query": "EUR PLN rate today"}, "1. XE - 1 EUR = 4.2588 PLN"),
        A("At today's rate (about 4.26), €300 is about **1,278 zł**. Revolut transfers to a Polish account in PLN usually arrive the same day or next working day."),
        U("followup", "write this in polish for her, short"),
        A("Mamo, za 300 euro dostaniesz około 1278 zł. Pieniądze przyjdą dzisiaj albo jutro."),
        U("acceptance", "dzieki"),
        U("new_task", "she want send back 200 zloty for Zosia birthday. cheapest way from her to me"),
        A("The cheapest way is **Western Union**: she can go to a Western Union agent (many post offices in Poland have one), pay 200 zł in cash, and you collect euro or get it paid into your account. Fees for small amounts are low, and the money arrives within minutes."),
        U("reject_approach", "no western union, she is 72, she don't go to shop for this. from her phone or something"),
        A("Then the easiest without leaving home:\n\n1. **Simplest:** you send her 200 zł less next month — nothing for her to do.\n2. **From her IKO app:** a SEPA transfer to your AIB IBAN in euro. It costs a few złoty, but PKO's exchange rate is weaker.\n\nFor a birthday present I'd do option 1 and she just tells Zosia it's from her."),
        U("acceptance", "haha yes, I send less. good idea"),
    ]},
    # E10 - RECI renewal: long+wrong date -> repeat_narrow; still wrong month -> echo (double);
    #       followup reminder; Aviva email: advice instead of email -> instead; wrong policy no -> partial (double)
    "2026-07-24": {"role": "timmy", "steps": [
        U("plain", "RECI renewal letter came. I type it: 'Annual Registration Renewal 2026/27. Fee €565.00 incl. VAT. Payment due by 31/08/2026. Pay online at reci.ie/renew or by cheque. Late payment surcharge €50.' what I must do"),
        A("This is your annual registration renewal with RECI (Register of Electrical Contractors of Ireland). Your registration allows you to carry out and certify controlled electrical work under the Safe Electric scheme, and it must be renewed every year to remain on the register. If your registration lapses, you cannot issue Completion Certificates and your details are removed from the public register that customers and ESB Networks check.\n\nThe renewal fee is €565.00 including VAT. You can pay online through the RECI website or by cheque. Payment must be made by **31 July 2026**; after that a late surcharge of €50 applies.\n\nMake sure your insurance details and contact information are up to date when renewing, as RECI may ask for proof of current public liability insurance."),
        U("repeat_narrow", "just how much and when"),
        A("€565 incl. VAT, by **31 July 2026**."),
        U("echo", "\"31/08\" on the letter. august, not july"),
        A("Sorry — **€565 by 31 August 2026**. After that it's €50 extra."),
        U("followup", "put reminder 20 august to pay it"),
        T("memory", {"action": "save", "content": "Reminder 2026-08-20: pay RECI renewal €565 (due 31 Aug, €50 late surcharge) at reci.ie/renew."}, "saved (id 262)"),
        A("Reminder set for 20 August: pay RECI €565."),
        U("new_task", "and Aviva renewal quote came, 1,890. last year 1,640. write them email ask to keep last year price, I have 6 years no claims"),
        D("Explain premium increases and suggest shopping around", "A 15% increase is worth comparing against brokers"),
        A("A jump from €1,640 to €1,890 is about 15%. Insurers have been raising premiums for trades because of claims costs and inflation, so it's not unusual — but with 6 years claims-free you're a good risk and it's worth shopping around. I'd suggest getting quotes from a broker (e.g. one that specialises in trades insurance) before you accept; brokers often beat the renewal price, and you can then use that quote to negotiate with Aviva or simply switch."),
        U("instead", "I don't want change company. just the email to Aviva, ask keep 1,640"),
        T("memory", {"action": "search", "query": "Aviva policy number"}, "id 215: Business insurance: Aviva, policy AV-PL-448120, renewal 3 October."),
        A("Subject: Renewal — policy AV-PL-448210\n\nHello,\n\nI received my renewal quote of €1,890, up from €1,640 last year. I've been with Aviva for 6 years without a single claim, and I'd like to stay with you. Could you renew at last year's price of €1,640?\n\nThanks,\nTomasz Nowak\nTN Electrical"),
        U("partial", "email is good. but policy number wrong, is AV-PL-448120"),
        A("Subject: Renewal — policy AV-PL-448120\n\nHello,\n\nI received my renewal quote of €1,890, up from €1,640 last year. I've been with Aviva for 6 years without a single claim, and I'd like to stay with you. Could you renew at last year's price of €1,640?\n\nThanks,\nTomasz Nowak\nTN Electrical"),
        U("acceptance", "sent, thanks Timmy"),
    ]},
}
