"""Format E sessions of the fresh13 corpus (blind author 13). Owner: Daniel Kiptoo, logistics manager in Dubai."""


def u(kind, text):
    return ("u", kind, text)


def a(text):
    return ("a", text)


def t(tool, args, output, code=0):
    return ("t", tool, args, output, code)


def d(decision, rationale):
    return ("d", decision, rationale)


def e(error, context):
    return ("e", error, context)


FORMAT_E = {
    "2026-07-02": {"role": "timmy", "steps": [
        u("plain", "Mac keeps saying storage is almost full. What's eating it?"),
        t("terminal", {"command": "du -sh ~/* ~/Library 2>/dev/null | sort -h | tail -6"}, "3.1G\t/Users/daniel/Pictures\n4.8G\t/Users/daniel/Documents\n9.6G\t/Users/daniel/Movies\n31G\t/Users/daniel/Library\n48G\t/Users/daniel/Downloads", 0),
        d("report the largest folders and suggest clean-up", "Downloads and Library account for most of the used space"),
        a("The big ones are Downloads (48 GB) and Library (31 GB). The quickest win is to clear out Library:\n\nrm -rf ~/Library/Caches/* ~/Library/Containers/*/Data/Library/Caches/*\n\nI can run that now and it should free a good chunk."),
        u("reject_approach", "I'm not deleting Library stuff blind, last time that broke Outlook. Just go through Downloads with me."),
        t("terminal", {"command": "ls -lhS ~/Downloads | head -8"}, "-rw-r--r--  1 daniel  staff   14G  Jun  2 cctv_export_yard_may.mov\n-rw-r--r--  1 daniel  staff  9.8G  Apr 19 amani_sports_day.mp4\n-rw-r--r--  1 daniel  staff  2.1G  Mar  3 Microsoft_Office_Installer.dmg\n-rw-r--r--  1 daniel  staff  1.6G  Jan 22 Teams_osx.dmg\n-rw-r--r--  1 daniel  staff  1.2G  May 30 zoomusInstaller.dmg\n-rw-r--r--  1 daniel  staff  0.8G  Feb 11 WhatsApp.dmg\n-rw-r--r--  1 daniel  staff  0.5G  Jun 14 ExcelUpdate.dmg", 0),
        a("Largest files in Downloads:\n\n- cctv_export_yard_may.mov, 14 GB\n- amani_sports_day.mp4, 9.8 GB\n- five .dmg installers (Office, Teams, Zoom, WhatsApp, Excel update), 6.2 GB together\n\nThe installers are safe to delete once the apps are installed. Shall I delete the .dmg files?"),
        u("clarify_answer", "Yes, the dmgs only. Don't touch the videos, the sports day one is going on the hard drive."),
        t("terminal", {"command": "rm -v ~/Downloads/*.dmg"}, "/Users/daniel/Downloads/Microsoft_Office_Installer.dmg\n/Users/daniel/Downloads/Teams_osx.dmg\n/Users/daniel/Downloads/zoomusInstaller.dmg\n/Users/daniel/Downloads/WhatsApp.dmg\n/Users/daniel/Downloads/ExcelUpdate.dmg", 0),
        a("Deleted the five .dmg installers, about 6.2 GB freed. The two videos are untouched."),
        u("acceptance", "Good, that'll keep it quiet for a while."),
    ]},
    "2026-07-06": {"role": "timmy", "steps": [
        u("plain", "Track MSKU 7731904 for me."),
        t("web_search", {"query": "MSKU7731904 container tracking"}, "Maersk tracking - enter container or B/L number. Track & trace requires JavaScript.", 0),
        e("no public tracking result", "maersk.com track and trace page did not return status for MSKU7731904 without the interactive tracker"),
        a("I couldn't get a status for MSKU 7731904; Maersk's tracker doesn't return results to a plain search. You can check it at maersk.com/tracking, or if you've got the BL number I can try that."),
        u("followup", "Try the BL then, MAEU262817445."),
        t("web_search", {"query": "MAEU262817445 tracking"}, "MAEU262817445: Loaded on MAERSK KENSINGTON at Jebel Ali 17 Jul 2026. Next port Salalah. Final destination Mombasa, ETA 29 Jul 2026.", 0),
        a("Got it on the BL: loaded on Maersk Kensington at Jebel Ali on 17 July, next call Salalah, ETA Mombasa 29 July."),
        u("acceptance", "Good, matches what the agent told me."),
    ]},
    "2026-07-08": {"role": "assistant", "steps": [
        u("plain", "Highlight duplicate container numbers in column B."),
        a('Add a helper column: in C2 put\n\n=IF(COUNTIF(B:B,B2)>1,"DUPLICATE","")\n\nand fill down. Then filter column C for DUPLICATE to see them all.'),
        u("instead", "I don't want another column. Just make the duplicates go yellow."),
        d("use built-in conditional formatting", "owner wants the duplicates coloured with no helper column"),
        a("Select column B, then Home > Conditional Formatting > Highlight Cells Rules > Duplicate Values, choose a yellow fill, OK. Every container number that appears more than once goes yellow."),
        u("followup", "Some of the numbers have a space at the end, so they don't get caught. Can it catch those too?"),
        a('The built-in rule can\'t ignore spaces, so use a formula rule instead. Select B2:B3000, Conditional Formatting > New Rule > Use a formula:\n\n=SUMPRODUCT(--(TRIM($B$2:$B$3000)=TRIM($B2)))>1\n\nSet a yellow fill. It compares the numbers with trailing spaces stripped, so "MSKU4420318 " and "MSKU4420318" count as the same.'),
        u("acceptance", "Lovely, found 14 of them."),
    ]},
    "2026-07-10": {"role": "timmy", "steps": [
        u("plain", "Three lines of appraisal comments for Rashid, forklift operator. Zero accidents this year, always on time, needs to renew his reach-truck licence before October."),
        a("Rashid has completed the year with zero accidents, an excellent safety record.\nHe is a reliable and skilled forklift operator.\nHis reach-truck licence has expired and must be renewed as a priority."),
        u("explicit", "His licence hasn't expired, it needs renewing before October. That's a big difference when HR reads it."),
        a("Rashid has completed the year with zero accidents, an excellent safety record.\nHe is a reliable and skilled forklift operator.\nHis reach-truck licence is due for renewal and should be renewed before October."),
        u("partial", "Licence bit is right now. You've left out that he's always on time."),
        a("Rashid has completed the year with zero accidents, an excellent safety record.\nHe has been on time for every shift and is a reliable, skilled operator.\nHis reach-truck licence is due for renewal and should be renewed before October."),
        u("acceptance", "Good, that's going into the system."),
    ]},
    "2026-07-13": {"role": "timmy", "steps": [
        u("plain", "What's the most I can pay to a paybill in one go on M-Pesa? Chebet's fees are 85,000 bob."),
        t("web_search", {"query": "M-Pesa paybill maximum transaction limit"}, "Safaricom M-Pesa limits: maximum per transaction KES 250,000; maximum daily transaction value KES 500,000; maximum account balance KES 500,000.", 0),
        a("Safaricom's limit is KES 250,000 per transaction and 500,000 a day, so 85,000 goes in one payment without a problem. Shall I check what the transfer fee would be?"),
        u("decline_offer", "No, it's going from GlobalPay on my side so the fees are different. I only needed the limit."),
        a("Understood, the limit is all you need then."),
        u("new_task", "Draft the SMS to the school bursar for after I've paid. Leave a gap for the M-Pesa code."),
        a("Dear Bursar, I have paid KES 85,000 school fees for Chebet Kiprono, Form 2, via M-Pesa paybill. Transaction code: __________. Kindly confirm receipt. Daniel Kiptoo (uncle)"),
        u("followup", "Put her admission number in as well, it's 5523. The school goes by that."),
        a("Dear Bursar, I have paid KES 85,000 school fees for Chebet Kiprono, Form 2, admission no. 5523, via M-Pesa paybill. Transaction code: __________. Kindly confirm receipt. Daniel Kiptoo (uncle)"),
        u("acceptance", "Perfect."),
    ]},
    "2026-07-16": {"role": "assistant", "steps": [
        u("plain", "18 pallets, each 120 x 100 x 150 cm high. Total CBM, and will it go in a 20ft?"),
        a("Each pallet: 1.2 x 1.0 x 1.5 = 1.8 CBM.\nTotal: 18 x 1.8 = 32.4 CBM.\n\nA 20ft holds about 33 CBM, so yes, it fits, just."),
        u("reject_approach", "CBM is no use here. They're 1.5 m tall, you can't stack them. Work it off the floor."),
        d("calculate by floor positions", "pallets cannot be double-stacked: 2 x 1.5 m exceeds the 2.39 m internal height"),
        a("Off the floor: a 20ft (5.90 x 2.35 m inside) takes 10 pallets of 120 x 100 in a single tier, and two high won't go because 3.0 m is above the 2.39 m door height.\n\nSo 18 pallets won't go in a 20ft. Options:\n- one 40ft (takes 20-21 pallets single tier), or\n- two 20fts.\n\nOne 40ft is usually cheaper than two 20s."),
        u("acceptance", "Right, one 40ft then."),
        a("Good choice."),
        u("new_task", "Note for the transporter: 40ft pickup Tuesday morning from our Jafza warehouse, 18 pallets, loading from 8."),
        a("Hi, please arrange a 40ft for pickup Tuesday morning from our Jafza warehouse. 18 pallets, loading starts 8am. Please confirm truck and driver details by Monday. Thanks, Daniel"),
        u("acceptance", "Good."),
    ]},
    "2026-07-19": {"role": "timmy", "steps": [
        u("plain", "When do Arsenal play next in the league, and who against?"),
        t("web_search", {"query": "Arsenal fixtures 2026/27"}, "Arsenal 2026/27: Sat 15 Aug v Leeds United (H) 17:30 BST; Sat 22 Aug v Brighton (A) 15:00; Sun 30 Aug v Chelsea (H) 16:30; Sat 12 Sep v Everton (A) 15:00; Sat 19 Sep v Newcastle (H) 17:30; Sat 26 Sep v Fulham (A) 15:00 ...", 0),
        a("Arsenal's opening fixtures:\n\n- Sat 15 Aug v Leeds (H) 17:30\n- Sat 22 Aug v Brighton (A) 15:00\n- Sun 30 Aug v Chelsea (H) 16:30\n- Sat 12 Sep v Everton (A) 15:00\n- Sat 19 Sep v Newcastle (H) 17:30\n- Sat 26 Sep v Fulham (A) 15:00"),
        u("repeat_narrow", "Just the next one. And in Dubai time."),
        a("Saturday 15 August, Arsenal v Leeds at the Emirates, 20:30 Dubai time (17:30 in the UK)."),
        u("new_task", "Remember I want Dubai times for any kick-off from now on."),
        t("memory", {"action": "add", "target": "user", "content": "Daniel wants football kick-off times in Dubai time (GST, UTC+4)."}, "Added to user profile.", 0),
        a("Noted. Kick-off times will be in Dubai time from now on."),
        u("plain", "Up the Gunners."),
        a("Here's hoping for a strong start against Leeds."),
    ]},
    "2026-07-22": {"role": "timmy", "steps": [
        u("plain", "Combine all the CSVs in ~/Documents/bookings/ into one file. Keep one header."),
        t("terminal", {"command": "ls ~/Documents/bookings/"}, "cma_july.csv\nmaersk_july.csv\nmsc_july.csv", 0),
        t("terminal", {"command": "cd ~/Documents/bookings && cat *.csv > all_july.csv && wc -l all_july.csv"}, "     613 all_july.csv", 0),
        a("Done: the three files are combined into ~/Documents/bookings/all_july.csv, 613 lines."),
        u("echo", "Keep one header. You've got three in there now."),
        d("rebuild all_july.csv and overwrite it", "the file was created earlier in this session from the same three inputs"),
        t("terminal", {"command": "cd ~/Documents/bookings && awk 'FNR==1 && NR!=1 {next} {print}' cma_july.csv maersk_july.csv msc_july.csv > all_july.csv && wc -l all_july.csv"}, "     611 all_july.csv", 0),
        a("Rebuilt it: all_july.csv now has a single header line and 610 booking rows."),
        u("followup", "Add a column with the carrier, taken from the file name."),
        t("terminal", {"command": "cd ~/Documents/bookings && awk 'BEGIN{OFS=\",\"} FNR==1 {c=FILENAME; sub(/_july.csv/,\"\",c); if (NR==1) print $0,\"carrier\"; next} {print $0,c}' cma_july.csv maersk_july.csv msc_july.csv > all_july.tmp && mv all_july.tmp all_july.csv && head -2 all_july.csv"}, "booking,container,pol,pod,etd,carrier\n262901130,CMAU3356710,AEJEA,KEMBA,2026-07-04,cma", 0),
        a("Added a carrier column at the end (cma, maersk, msc from the file names). Still one header, 610 rows."),
        u("acceptance", "Smart. Thanks."),
    ]},
    "2026-07-25": {"role": "assistant", "steps": [
        u("plain", "Write a short message for the family WhatsApp group: I'm contributing 20,000 bob to Kibet's wedding committee, sending it Saturday to the treasurer's M-Pesa. English is fine with a bit of Swahili."),
        a("Habari za jioni familia! Napenda kuwajulisha kwamba nitachangia shilingi elfu ishirini kwa kamati ya harusi ya Kibet. Nitatuma pesa Jumamosi kwa M-Pesa ya mweka hazina. Mungu awabariki wote, na hongera sana Kibet!"),
        u("instead", "Mostly English. Just a bit of Swahili like a greeting and 'hongera' at the end. Half the cousins abroad don't read it well."),
        a("Habari familia! Just to let you know I'm contributing KES 20,000 to Kibet's wedding committee. I'll send it to the treasurer's M-Pesa on Saturday. Hongera sana Kibet!"),
        u("acceptance", "Hongera indeed. Sent."),
        a("Nice. Hope the wedding goes well."),
        u("new_task", "How much is 20,000 bob in dirhams, roughly?"),
        a("At about 35.1 shillings to the dirham, KES 20,000 is roughly AED 570."),
        u("acceptance", "Fine, cheaper than I thought."),
    ]},
    "2026-07-28": {"role": "timmy", "steps": [
        u("plain", "Mum says she hasn't got the 3,000 I sent on the 25th. Receipt says: 'Ref LX90211 | AED 3,000.00 | Beneficiary: Jerotich Kiptoo | Wallet +2547xxxx4417 | Status: Processed'. Anything look off?"),
        a("The status says Processed, so the exchange house has sent it. M-Pesa transfers from abroad can sometimes take up to 24-48 hours to show, especially over a weekend. I'd ask her to check her M-Pesa messages again tomorrow, and if nothing has arrived, call the exchange house with reference LX90211."),
        u("instead", "Check that wallet number against the one you've got saved for her."),
        t("terminal", {"command": "grep -i 'm-pesa' ~/.timmy/memories/USER.md"}, "- Daniel's mum: M-Pesa number ends 4471. He sends her AED 3,000 on the 25th of each month.", 0),
        a("There's the problem. The receipt shows a wallet ending 4417, but Mum's number ends 4471, the last two digits are swapped. The money has gone to a different M-Pesa account, which is why it's 'Processed' and she has nothing.\n\nCall the exchange house today with reference LX90211 and ask for a recall; the sooner the better, before the other person withdraws it."),
        u("new_task", "Draft what I should say to Al Ansari's customer service."),
        a("Hello, I'm calling about transfer reference LX90211 on 25 July, AED 3,000 to M-Pesa in Kenya. Your system sent it to the wrong wallet, ending 4417 instead of 4471, and my mother hasn't received it. I need you to fix your error and refund or redirect the money immediately."),
        u("explicit", "It was my typo, not theirs. Don't blame them. Just ask for a recall."),
        a("Hello, I'm calling about transfer reference LX90211 on 25 July, AED 3,000 to M-Pesa in Kenya. I entered the wallet number wrongly: it went to a number ending 4417, but it should have been 4471. Could you please request a recall of the transfer, and let me know what the process and timeline are?"),
        u("acceptance", "Thanks, calling them now."),
    ]},
}
