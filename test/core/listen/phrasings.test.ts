/** Phrasings written for these tests, independently of the corpus: each heard as expected. */
import { COKE, MEGGE, runListenTests } from "./listen-tester";

const wrap = (sentence: string) => `Hi Jo,\n\n${sentence}\n\nBest,\nMegge`;

runListenTests("phrasings", {
  silent: [
    {
      name: "I'd much prefer a Teams call to a phone call.",
      body: wrap("I'd much prefer a Teams call to a phone call."),
    },
    {
      name: "Please call me tomorrow at 10 to discuss.",
      body: wrap("Please call me tomorrow at 10 to discuss."),
    },
    {
      name: "My assistant prefers email, so copy her in.",
      body: wrap("My assistant prefers email, so copy her in."),
    },
    {
      name: "If we lose the appeal, we'd probably want Zoom calls instead.",
      body: wrap("If we lose the appeal, we'd probably want Zoom calls instead."),
    },
    { name: "Do you prefer phone or email?", body: wrap("Do you prefer phone or email?") },
    { name: "Let's do Teams for this one.", body: wrap("Let's do Teams for this one.") },
    { name: "I called the bank this morning.", body: wrap("I called the bank this morning.") },
    {
      name: "Your invoice was very detailed, thank you.",
      body: wrap("Your invoice was very detailed, thank you."),
    },
    {
      name: "We mentioned Unilever in the pitch deck.",
      body: wrap("We mentioned Unilever in the pitch deck."),
    },
    {
      name: "Nobody mentioned the merger at the meeting.",
      body: wrap("Nobody mentioned the merger at the meeting."),
    },
    {
      name: "People usually shorten my name to Meg, which I don't mind at all.",
      body: wrap("People usually shorten my name to Meg, which I don't mind at all."),
    },
    {
      name: "My daughter Megan will be copied on the emails.",
      body: wrap("My daughter Megan will be copied on the emails."),
    },
    {
      name: "Please refer to me as Ms Anderson in all formal letters.",
      body: wrap("Please refer to me as Ms Anderson in all formal letters."),
    },
    {
      name: "The best number for me is my mobile, 07700 900123.",
      body: wrap("The best number for me is my mobile, 07700 900123."),
    },
    {
      name: "He prefers Zoom, but I'm happy with anything.",
      body: wrap("He prefers Zoom, but I'm happy with anything."),
    },
    {
      name: "The other side wants to use Zoom for the hearing.",
      body: wrap("The other side wants to use Zoom for the hearing."),
    },
    {
      name: "I joined the Teams call late, sorry.",
      body: wrap("I joined the Teams call late, sorry."),
    },
    {
      name: "Can you send a summary of the fees so far for the board?",
      body: wrap("Can you send a summary of the fees so far for the board?"),
    },
    {
      name: "The detailed invoice for March is attached to the board pack.",
      body: wrap("The detailed invoice for March is attached to the board pack."),
    },
    { name: "Globex has filed its defence.", body: wrap("Globex has filed its defence.") },
    {
      name: "Please make sure Globex is named correctly in the claim form.",
      body: wrap("Please make sure Globex is named correctly in the claim form."),
    },
    {
      name: "Please don't mention the redundancies to anyone outside the steering group until we announce.",
      body: wrap(
        "Please don't mention the redundancies to anyone outside the steering group until we announce.",
      ),
    },
    {
      name: "Religion is a sensitive subject here - best avoided in your emails to the team.",
      body: wrap("Religion is a sensitive subject here - best avoided in your emails to the team."),
    },
    {
      name: "Please don't discuss the acquisition over email; call me instead.",
      body: wrap("Please don't discuss the acquisition over email; call me instead."),
    },
    {
      name: "I'd be delighted to come to the Christmas drinks.",
      body: wrap("I'd be delighted to come to the Christmas drinks."),
    },
    {
      name: "The monthly board meeting is on the 12th.",
      body: wrap("The monthly board meeting is on the 12th."),
    },
    {
      name: "The tribunal asked for weekly reports from both sides.",
      body: wrap("The tribunal asked for weekly reports from both sides."),
    },
    {
      name: "Our weekly call is cancelled this week.",
      body: wrap("Our weekly call is cancelled this week."),
    },
    {
      name: "We had a Zoom with the other side yesterday and it went fine.",
      body: wrap("We had a Zoom with the other side yesterday and it went fine."),
    },
    {
      name: "My colleague Priya handles billing; she prefers detailed invoices, but I'm not fussy.",
      body: wrap(
        "My colleague Priya handles billing; she prefers detailed invoices, but I'm not fussy.",
      ),
    },
    {
      name: "Please find attached our updated billing guidelines; section 4 lists the entries we will not pay for.",
      body: wrap(
        "Please find attached our updated billing guidelines; section 4 lists the entries we will not pay for.",
      ),
    },
    {
      name: "Our chairman is Sir Graham Hill - please make sure he's always addressed as Sir Graham.",
      body: wrap(
        "Our chairman is Sir Graham Hill - please make sure he's always addressed as Sir Graham.",
      ),
    },
    {
      name: "Could you send me the draft by email rather than post? I'm not at the office this week.",
      body: wrap(
        "Could you send me the draft by email rather than post? I'm not at the office this week.",
      ),
    },
    {
      name: "Hope you're well after the marathon! No need to reply to this, just FYI.",
      body: wrap("Hope you're well after the marathon! No need to reply to this, just FYI."),
    },
    {
      name: "You mentioned you'd send monthly updates - that's fine.",
      body: wrap("You mentioned you'd send monthly updates - that's fine."),
    },
    {
      name: "Our US office prefers Zoom, but here in London we're flexible.",
      body: wrap("Our US office prefers Zoom, but here in London we're flexible."),
    },
    {
      name: "The buyer's lawyers have asked that we stop emailing their client directly.",
      body: wrap("The buyer's lawyers have asked that we stop emailing their client directly."),
    },
    {
      name: "My PA will call you to fix a time.",
      body: wrap("My PA will call you to fix a time."),
    },
    {
      name: "I'll call you after the board meeting.",
      body: wrap("I'll call you after the board meeting."),
    },
    {
      name: "We spoke to Zoom's legal team about the licence last week.",
      body: wrap("We spoke to Zoom's legal team about the licence last week."),
    },
    {
      name: "The regulator does not accept hospitality from anyone, which is why their officer declined.",
      body: wrap(
        "The regulator does not accept hospitality from anyone, which is why their officer declined.",
      ),
    },
    {
      name: "I hate to ask, but could you resend the engagement letter?",
      body: wrap("I hate to ask, but could you resend the engagement letter?"),
    },
    {
      name: "I never thought I'd say this, but the other side has a point.",
      body: wrap("I never thought I'd say this, but the other side has a point."),
    },
    {
      name: "Please don't forget the deadline on Friday.",
      body: wrap("Please don't forget the deadline on Friday."),
    },
    {
      name: "Don't worry about calling back, I'll be in meetings all afternoon.",
      body: wrap("Don't worry about calling back, I'll be in meetings all afternoon."),
    },
    {
      name: "We never got the invoice for May - could you resend it?",
      body: wrap("We never got the invoice for May - could you resend it?"),
    },
    {
      name: "We don't mention the settlement figure in the press release, per the NDA.",
      body: wrap("We don't mention the settlement figure in the press release, per the NDA."),
    },
    {
      name: "Please don't mention the price to the tenant.",
      body: wrap("Please don't mention the price to the tenant."),
    },
    {
      name: "Our competitor, Initech, has just been acquired.",
      body: wrap("Our competitor, Initech, has just been acquired."),
    },
    {
      name: "My husband prefers to be called Jim, not James.",
      body: wrap("My husband prefers to be called Jim, not James."),
    },
    {
      name: "We're on Teams this afternoon with the auditors.",
      body: wrap("We're on Teams this afternoon with the auditors."),
    },
    {
      name: "Are you happy to do this by phone?",
      body: wrap("Are you happy to do this by phone?"),
    },
    {
      name: "Would you prefer a summary or the full breakdown?",
      body: wrap("Would you prefer a summary or the full breakdown?"),
    },
    {
      name: "I used to prefer phone calls but email is fine now.",
      body: wrap("I used to prefer phone calls but email is fine now."),
    },
    {
      name: "Last year we asked for detailed invoices; nothing has changed.",
      body: wrap("Last year we asked for detailed invoices; nothing has changed."),
    },
    {
      name: "If you ever need to reach me urgently, my mobile is on the signature.",
      body: wrap("If you ever need to reach me urgently, my mobile is on the signature."),
    },
    {
      name: "The claimant says she never received our letter by post.",
      body: wrap("The claimant says she never received our letter by post."),
    },
    {
      name: "Don't bother with a summary invoice this time; the full one is fine.",
      body: wrap("Don't bother with a summary invoice this time; the full one is fine."),
    },
    {
      name: "I know you prefer Teams, and that's fine by us.",
      body: wrap("I know you prefer Teams, and that's fine by us."),
    },
    { name: "Text me the code when it arrives.", body: wrap("Text me the code when it arrives.") },
    {
      name: "Happy to meet in person next week if that suits.",
      body: wrap("Happy to meet in person next week if that suits."),
    },
    {
      name: "We'll need invoices broken down by task for the litigation funder - just for this matter.",
      body: wrap(
        "We'll need invoices broken down by task for the litigation funder - just for this matter.",
      ),
    },
    {
      name: "Oh great, another golf invitation. Just what I needed.",
      body: wrap("Oh great, another golf invitation. Just what I needed."),
    },
    {
      name: "Please don't ring my mobile after 6pm.",
      body: wrap("Please don't ring my mobile after 6pm."),
    },
    {
      name: "Please don't call it a dispute in the board minutes - it's a disagreement.",
      body: wrap("Please don't call it a dispute in the board minutes - it's a disagreement."),
    },
    {
      name: "I'm not a big fan of Teams, but we'll make it work for this meeting.",
      body: wrap("I'm not a big fan of Teams, but we'll make it work for this meeting."),
    },
    {
      name: "My assistant Clare should be copied on everything from now on.",
      body: wrap("My assistant Clare should be copied on everything from now on."),
    },
    {
      name: "Going forward, please route all correspondence through me rather than our CEO.",
      body: wrap("Going forward, please route all correspondence through me rather than our CEO."),
    },
    {
      name: 'Our outside counsel guidelines say that "legal research" entries over two hours need pre-approval.',
      body: wrap(
        'Our outside counsel guidelines say that "legal research" entries over two hours need pre-approval.',
      ),
    },
    {
      name: "Just a note to say we'll be on Teams for the call tomorrow.",
      body: wrap("Just a note to say we'll be on Teams for the call tomorrow."),
    },
    {
      name: "My old firm used to send weekly reports; I found them too much.",
      body: wrap("My old firm used to send weekly reports; I found them too much."),
    },
    {
      name: "It's Dr Okafor, not Mr Okafor, on anything formal, please.",
      body: wrap("It's Dr Okafor, not Mr Okafor, on anything formal, please."),
    },
    {
      name: "Whatever you do, don't mention Brexit to our chairman.",
      body: wrap("Whatever you do, don't mention Brexit to our chairman."),
    },
  ],
  heard: [
    {
      // Once silent: it states the cadence as plainly as "only write when something happens".
      name: "I only need to hear from you when there's a development.",
      body: wrap("I only need to hear from you when there's a development."),
      heard: [{ field: "statusUpdates", value: "only when there's a development", profile: MEGGE }],
    },
    {
      name: "Just so you know, I go by Meg rather than Megge at work.",
      body: wrap("Just so you know, I go by Meg rather than Megge at work."),
      heard: [
        { field: "preferredName", value: "Meg", profile: MEGGE },
        { field: "avoidNames", value: "Megge", profile: MEGGE },
      ],
    },
    {
      name: "Everybody calls me Megs, so please do too.",
      body: wrap("Everybody calls me Megs, so please do too."),
      heard: [{ field: "preferredName", value: "Megs", profile: MEGGE }],
    },
    {
      name: "I'd prefer it if you called me Megge rather than Meg.",
      body: wrap("I'd prefer it if you called me Megge rather than Meg."),
      heard: [
        { field: "preferredName", value: "Megge", profile: MEGGE },
        { field: "avoidNames", value: "Meg", profile: MEGGE },
      ],
    },
    {
      name: "Please don't call me Meg; I've never liked it.",
      body: wrap("Please don't call me Meg; I've never liked it."),
      heard: [{ field: "avoidNames", value: "Meg", profile: MEGGE }],
    },
    {
      name: "Quick note: I'm not a fan of being called Meg.",
      body: wrap("Quick note: I'm not a fan of being called Meg."),
      heard: [{ field: "avoidNames", value: "Meg", profile: MEGGE }],
    },
    {
      name: "Could you ask your team not to phone me? I'm in court most days.",
      body: wrap("Could you ask your team not to phone me? I'm in court most days."),
      heard: [{ field: "avoidChannels", value: "phone", profile: MEGGE }],
    },
    {
      name: "I can't really take calls during the day, so email works much better for me.",
      body: wrap("I can't really take calls during the day, so email works much better for me."),
      // "during the day" is the working day, not some hours: the phone is refused as in round 6
      // ("Phone calls are tough for me during the day"). "really" had hidden it (round 15).
      heard: [
        { field: "preferredChannels", value: "email", profile: MEGGE },
        { field: "avoidChannels", value: "phone", profile: MEGGE },
      ],
    },
    {
      name: "Texting is the fastest way to reach me.",
      body: wrap("Texting is the fastest way to reach me."),
      heard: [{ field: "preferredChannels", value: "sms", profile: MEGGE }],
    },
    {
      name: "Please send everything by email from now on.",
      body: wrap("Please send everything by email from now on."),
      heard: [{ field: "preferredChannels", value: "email", profile: MEGGE }],
    },
    {
      name: "We don't use WhatsApp for anything work-related, so please stick to email.",
      body: wrap("We don't use WhatsApp for anything work-related, so please stick to email."),
      heard: [
        { field: "avoidChannels", value: "whatsapp", profile: COKE },
        { field: "preferredChannels", value: "email", profile: COKE },
      ],
    },
    {
      name: "Please avoid calling my mobile; it's for emergencies only.",
      body: wrap("Please avoid calling my mobile; it's for emergencies only."),
      heard: [{ field: "avoidChannels", value: "phone", profile: MEGGE }],
    },
    {
      name: "No phone calls please, I'm in an open-plan office.",
      body: wrap("No phone calls please, I'm in an open-plan office."),
      heard: [{ field: "avoidChannels", value: "phone", profile: MEGGE }],
    },
    {
      name: "Our firm has standardised on Microsoft Teams, so please use that for meetings.",
      body: wrap("Our firm has standardised on Microsoft Teams, so please use that for meetings."),
      heard: [{ field: "meetingPlatform", value: "teams", profile: COKE }],
    },
    {
      name: "We've moved to Google Workspace; Meet is what we use now, so please send Meet invites.",
      body: wrap(
        "We've moved to Google Workspace; Meet is what we use now, so please send Meet invites.",
      ),
      heard: [{ field: "meetingPlatform", value: "google-meet", profile: COKE }],
    },
    {
      name: "Zoom is blocked on our network.",
      body: wrap("Zoom is blocked on our network."),
      heard: [{ field: "avoidChannels", value: "zoom", profile: COKE }],
    },
    {
      name: "Can we keep to Zoom for our calls? Teams doesn't work well for me.",
      body: wrap("Can we keep to Zoom for our calls? Teams doesn't work well for me."),
      heard: [{ field: "meetingPlatform", value: "zoom", profile: COKE }],
    },
    {
      name: "Please send Zoom links going forward.",
      body: wrap("Please send Zoom links going forward."),
      heard: [{ field: "meetingPlatform", value: "zoom", profile: COKE }],
    },
    {
      name: "We only use Webex here.",
      body: wrap("We only use Webex here."),
      heard: [{ field: "meetingPlatform", value: "webex", profile: COKE }],
    },
    {
      name: "We'd like summary invoices from now on: one total per matter.",
      body: wrap("We'd like summary invoices from now on: one total per matter."),
      heard: [{ field: "billingDetail", value: "summary", profile: COKE }],
    },
    {
      name: "Please don't include time entries on our invoices any more.",
      body: wrap("Please don't include time entries on our invoices any more."),
      heard: [{ field: "billingDetail", value: "summary", profile: COKE }],
    },
    {
      name: "Our finance team needs a full breakdown of time on every invoice.",
      body: wrap("Our finance team needs a full breakdown of time on every invoice."),
      heard: [{ field: "billingDetail", value: "detailed", profile: COKE }],
    },
    {
      name: "Could you itemise the time on all future bills?",
      body: wrap("Could you itemise the time on all future bills?"),
      heard: [{ field: "billingDetail", value: "detailed", profile: COKE }],
    },
    {
      name: 'Our guidelines do not permit billing for "file review".',
      body: wrap('Our guidelines do not permit billing for "file review".'),
      heard: [{ field: "bannedBillingPhrases", value: "file review", profile: COKE }],
    },
    {
      name: 'We won\'t accept charges for "internal meetings" on any invoice.',
      body: wrap('We won\'t accept charges for "internal meetings" on any invoice.'),
      heard: [{ field: "bannedBillingPhrases", value: "internal meetings", profile: COKE }],
    },
    {
      name: 'Please note that "research" is not a billable entry for us.',
      body: wrap('Please note that "research" is not a billable entry for us.'),
      heard: [{ field: "bannedBillingPhrases", value: "research", profile: COKE }],
    },
    {
      name: "Time recorded as 'admin' will be written off.",
      body: wrap("Time recorded as 'admin' will be written off."),
      heard: [{ field: "bannedBillingPhrases", value: "admin", profile: COKE }],
    },
    {
      name: "Please never refer to Unilever in documents for us; they are our biggest competitor.",
      body: wrap(
        "Please never refer to Unilever in documents for us; they are our biggest competitor.",
      ),
      heard: [{ field: "competitors", value: "Unilever", profile: COKE }],
    },
    {
      name: "As a reminder, Heineken must not be mentioned in anything you send us - they're a direct competitor.",
      body: wrap(
        "As a reminder, Heineken must not be mentioned in anything you send us - they're a direct competitor.",
      ),
      heard: [{ field: "competitors", value: "Heineken", profile: COKE }],
    },
    {
      name: "We'd rather you didn't mention Asda or Morrisons in anything addressed to us, as they're rivals.",
      body: wrap(
        "We'd rather you didn't mention Asda or Morrisons in anything addressed to us, as they're rivals.",
      ),
      heard: [
        { field: "competitors", value: "Asda", profile: COKE },
        { field: "competitors", value: "Morrisons", profile: COKE },
      ],
    },
    {
      name: "Please don't bring up the merger with our staff.",
      body: wrap("Please don't bring up the merger with our staff."),
      heard: [{ field: "avoidTopics", value: "merger", profile: COKE }],
    },
    {
      name: "I'd appreciate it if we could avoid talking about the divorce.",
      body: wrap("I'd appreciate it if we could avoid talking about the divorce."),
      heard: [{ field: "avoidTopics", value: "divorce", profile: COKE }],
    },
    {
      name: "Please avoid any mention of the lawsuit in your emails to the team.",
      body: wrap("Please avoid any mention of the lawsuit in your emails to the team."),
      heard: [{ field: "avoidTopics", value: "lawsuit", profile: COKE }],
    },
    {
      name: "I'd rather not discuss politics, if that's alright.",
      body: wrap("I'd rather not discuss politics, if that's alright."),
      heard: [{ field: "avoidTopics", value: "politics", profile: MEGGE }],
    },
    {
      name: "I'm not into sport at all, so no need for the football chat.",
      body: wrap("I'm not into sport at all, so no need for the football chat."),
      // The writer speaks of themself ("I'm not into sport"): the topic is theirs, not the company's.
      heard: [{ field: "avoidTopics", value: "football", profile: MEGGE }],
    },
    {
      name: "Our policy prohibits accepting gifts or hospitality from suppliers.",
      body: wrap("Our policy prohibits accepting gifts or hospitality from suppliers."),
      heard: [{ field: "entertainment", value: "avoid", profile: COKE }],
    },
    {
      name: "Please don't send me invitations to events; I never go.",
      body: wrap("Please don't send me invitations to events; I never go."),
      heard: [{ field: "entertainment", value: "avoid", profile: MEGGE }],
    },
    {
      name: "I'd love to be invited to things like that in future.",
      body: wrap("I'd love to be invited to things like that in future."),
      heard: [{ field: "entertainment", value: "welcome", profile: MEGGE }],
    },
    {
      name: "I'm always happy to come to lunch or drinks, just ask.",
      body: wrap("I'm always happy to come to lunch or drinks, just ask."),
      heard: [{ field: "entertainment", value: "welcome", profile: MEGGE }],
    },
    {
      name: "We can't accept tickets or dinners from any supplier.",
      body: wrap("We can't accept tickets or dinners from any supplier."),
      heard: [{ field: "entertainment", value: "avoid", profile: COKE }],
    },
    {
      name: "Weekly updates by email would be great.",
      body: wrap("Weekly updates by email would be great."),
      heard: [{ field: "statusUpdates", value: "weekly", profile: MEGGE }],
    },
    {
      name: "Please send me a short update every Friday.",
      body: wrap("Please send me a short update every Friday."),
      heard: [{ field: "statusUpdates", value: "every Friday", profile: MEGGE }],
    },
    {
      name: "A monthly summary is plenty for us.",
      body: wrap("A monthly summary is plenty for us."),
      heard: [{ field: "statusUpdates", value: "monthly", profile: COKE }],
    },
    {
      name: "Could you update me fortnightly?",
      body: wrap("Could you update me fortnightly?"),
      heard: [{ field: "statusUpdates", value: "fortnightly", profile: MEGGE }],
    },
    {
      name: "Quarterly reporting will be enough for the board.",
      body: wrap("Quarterly reporting will be enough for the board."),
      heard: [{ field: "statusUpdates", value: "quarterly", profile: COKE }],
    },
    {
      name: "FYI - I'm Meg to my friends, and I'd like that to include you.",
      body: wrap("FYI - I'm Meg to my friends, and I'd like that to include you."),
      heard: [{ field: "preferredName", value: "Meg", profile: MEGGE }],
    },
    {
      name: "You spelt my surname Andersen again - it's Anderson, with an o.",
      body: wrap("You spelt my surname Andersen again - it's Anderson, with an o."),
      // A surname corrected is the full name too (round 10).
      heard: [
        { field: "fullName", value: "Megge Anderson", profile: MEGGE },
        { field: "avoidNames", value: "Andersen", profile: MEGGE },
      ],
    },
    {
      name: "I'm on the road most days, so a quick text is better than an email.",
      body: wrap("I'm on the road most days, so a quick text is better than an email."),
      heard: [{ field: "preferredChannels", value: "sms", profile: MEGGE }],
    },
    {
      name: "Email is fine, but please avoid calling the office landline.",
      body: wrap("Email is fine, but please avoid calling the office landline."),
      heard: [{ field: "avoidChannels", value: "phone", profile: MEGGE }],
    },
    {
      name: "I'd rather get a phone call than a long email on anything complicated.",
      body: wrap("I'd rather get a phone call than a long email on anything complicated."),
      heard: [{ field: "preferredChannels", value: "phone", profile: MEGGE }],
    },
    {
      name: "We'd ask that all correspondence be sent by email rather than post.",
      body: wrap("We'd ask that all correspondence be sent by email rather than post."),
      heard: [{ field: "preferredChannels", value: "email", profile: COKE }],
    },
    {
      name: "Kindly refrain from contacting me on WhatsApp.",
      body: wrap("Kindly refrain from contacting me on WhatsApp."),
      heard: [{ field: "avoidChannels", value: "whatsapp", profile: MEGGE }],
    },
    {
      name: "Our security team has banned WhatsApp on company phones.",
      body: wrap("Our security team has banned WhatsApp on company phones."),
      heard: [{ field: "avoidChannels", value: "whatsapp", profile: COKE }],
    },
    {
      name: "We can't get Zoom to work on our laptops, so Teams would be much better for us.",
      body: wrap("We can't get Zoom to work on our laptops, so Teams would be much better for us."),
      heard: [{ field: "meetingPlatform", value: "teams", profile: COKE }],
    },
    {
      name: "Teams is what we use internally, so that's easiest.",
      body: wrap("Teams is what we use internally, so that's easiest."),
      heard: [{ field: "meetingPlatform", value: "teams", profile: COKE }],
    },
    {
      name: "Going forward, could all our meetings be on Webex please?",
      body: wrap("Going forward, could all our meetings be on Webex please?"),
      heard: [{ field: "meetingPlatform", value: "webex", profile: COKE }],
    },
    {
      name: "We'd prefer summary bills - the detail isn't needed.",
      body: wrap("We'd prefer summary bills - the detail isn't needed."),
      heard: [{ field: "billingDetail", value: "summary", profile: COKE }],
    },
    {
      name: "Please keep itemising the work as you do now; our auditors rely on it.",
      body: wrap("Please keep itemising the work as you do now; our auditors rely on it."),
      heard: [{ field: "billingDetail", value: "detailed", profile: COKE }],
    },
    {
      name: 'Entries for "preparation" without any description will be rejected by our AP team.',
      body: wrap(
        'Entries for "preparation" without any description will be rejected by our AP team.',
      ),
      heard: [{ field: "bannedBillingPhrases", value: "preparation", profile: COKE }],
    },
    {
      name: "We no longer pay for photocopying or postage.",
      body: wrap("We no longer pay for photocopying or postage."),
      heard: [
        { field: "bannedBillingPhrases", value: "photocopying", profile: COKE },
        { field: "bannedBillingPhrases", value: "postage", profile: COKE },
      ],
    },
    {
      name: 'Please stop charging for "travel" - our terms exclude it.',
      body: wrap('Please stop charging for "travel" - our terms exclude it.'),
      heard: [{ field: "bannedBillingPhrases", value: "travel", profile: COKE }],
    },
    {
      name: "We compete with Acme every day, so I'm sure you'll understand if I ask you never to mention them in our papers.",
      body: wrap(
        "We compete with Acme every day, so I'm sure you'll understand if I ask you never to mention them in our papers.",
      ),
      heard: [{ field: "competitors", value: "Acme", profile: COKE }],
    },
    {
      name: "Our main rival is Globex. Please never mention Globex in anything you prepare for us.",
      body: wrap(
        "Our main rival is Globex. Please never mention Globex in anything you prepare for us.",
      ),
      heard: [{ field: "competitors", value: "Globex", profile: COKE }],
    },
    {
      name: "I'd be grateful if you didn't bring up my father's illness in our meetings.",
      body: wrap("I'd be grateful if you didn't bring up my father's illness in our meetings."),
      heard: [{ field: "avoidTopics", value: "father's illness", profile: MEGGE }],
    },
    {
      name: "We're not allowed to accept dinners, tickets or gifts from our advisers.",
      body: wrap("We're not allowed to accept dinners, tickets or gifts from our advisers."),
      heard: [{ field: "entertainment", value: "avoid", profile: COKE }],
    },
    {
      name: "Thanks, but I'll pass on the boat party - I really don't like that sort of event.",
      body: wrap(
        "Thanks, but I'll pass on the boat party - I really don't like that sort of event.",
      ),
      heard: [{ field: "entertainment", value: "avoid", profile: MEGGE }],
    },
    {
      name: "Please do include me in future invitations - I rarely say no!",
      body: wrap("Please do include me in future invitations - I rarely say no!"),
      heard: [{ field: "entertainment", value: "welcome", profile: MEGGE }],
    },
    {
      name: "An update every two weeks would be perfect.",
      body: wrap("An update every two weeks would be perfect."),
      heard: [{ field: "statusUpdates", value: "fortnightly, every two weeks", profile: MEGGE }],
    },
    {
      name: "Please just send a note when something changes; no need for a schedule.",
      body: wrap("Please just send a note when something changes; no need for a schedule."),
      heard: [{ field: "statusUpdates", value: "only when something changes", profile: MEGGE }],
    },
    {
      name: "We'd like a written report at the end of every quarter.",
      body: wrap("We'd like a written report at the end of every quarter."),
      heard: [{ field: "statusUpdates", value: "quarterly, end of every quarter", profile: COKE }],
    },
    {
      name: "Thanks for turning the SPA round so fast. Two bits of admin: our new CFO would like invoices to show a single figure per workstream - no line items - as they go straight into the management accounts. And could you please stop copying the general counsel on routine emails? She's asked to be left off.",
      body: wrap(
        "Thanks for turning the SPA round so fast. Two bits of admin: our new CFO would like invoices to show a single figure per workstream - no line items - as they go straight into the management accounts. And could you please stop copying the general counsel on routine emails? She's asked to be left off.",
      ),
      heard: [{ field: "billingDetail", value: "summary", profile: COKE }],
    },
    {
      name: "I'm travelling a lot over the next six months, so WhatsApp is going to be the most reliable way to get hold of me. Email is fine for documents.",
      body: wrap(
        "I'm travelling a lot over the next six months, so WhatsApp is going to be the most reliable way to get hold of me. Email is fine for documents.",
      ),
      heard: [{ field: "preferredChannels", value: "whatsapp", profile: MEGGE }],
    },
    {
      name: "On meetings: our board members are all on Microsoft Teams, so if you could set the calls up on Teams that would save a lot of grief.",
      body: wrap(
        "On meetings: our board members are all on Microsoft Teams, so if you could set the calls up on Teams that would save a lot of grief.",
      ),
      heard: [{ field: "meetingPlatform", value: "teams", profile: COKE }],
    },
    {
      name: "I'm a season-ticket holder at Anfield, so I'd never say no to a match if there's a spare seat going!",
      body: wrap(
        "I'm a season-ticket holder at Anfield, so I'd never say no to a match if there's a spare seat going!",
      ),
      heard: [{ field: "entertainment", value: "welcome", profile: MEGGE }],
    },
    {
      name: "Our procurement rules mean we cannot accept any gifts, meals or event tickets from suppliers, including law firms.",
      body: wrap(
        "Our procurement rules mean we cannot accept any gifts, meals or event tickets from suppliers, including law firms.",
      ),
      heard: [{ field: "entertainment", value: "avoid", profile: COKE }],
    },
    {
      name: 'Can I ask that "correspondence with client" and "file review" don\'t appear on our bills? Our insurer won\'t reimburse them.',
      body: wrap(
        'Can I ask that "correspondence with client" and "file review" don\'t appear on our bills? Our insurer won\'t reimburse them.',
      ),
      heard: [
        { field: "bannedBillingPhrases", value: "correspondence with client", profile: COKE },
        { field: "bannedBillingPhrases", value: "file review", profile: COKE },
      ],
    },
    {
      name: "Please avoid mentioning Northwind in anything you send to our sales team - they're our biggest competitor in the region and it causes confusion.",
      body: wrap(
        "Please avoid mentioning Northwind in anything you send to our sales team - they're our biggest competitor in the region and it causes confusion.",
      ),
      heard: [{ field: "competitors", value: "Northwind", profile: COKE }],
    },
    {
      name: "I'd rather you didn't ask about the children in your emails; my ex-husband sometimes sees them.",
      body: wrap(
        "I'd rather you didn't ask about the children in your emails; my ex-husband sometimes sees them.",
      ),
      heard: [{ field: "avoidTopics", value: "children", profile: MEGGE }],
    },
    {
      name: "A quick fortnightly call would suit me better than written updates.",
      body: wrap("A quick fortnightly call would suit me better than written updates."),
      heard: [{ field: "statusUpdates", value: "fortnightly", profile: MEGGE }],
    },
    {
      name: "If you need me urgently, text me - otherwise email is best.",
      body: wrap("If you need me urgently, text me - otherwise email is best."),
      heard: [{ field: "preferredChannels", value: "email", profile: MEGGE }],
    },
    {
      name: "As I mentioned on the phone, we're now using Webex for all external meetings.",
      body: wrap("As I mentioned on the phone, we're now using Webex for all external meetings."),
      heard: [{ field: "meetingPlatform", value: "webex", profile: COKE }],
    },
    {
      name: "Please can we stop with the weekly updates? Monthly is plenty.",
      body: wrap("Please can we stop with the weekly updates? Monthly is plenty."),
      heard: [{ field: "statusUpdates", value: "monthly", profile: MEGGE }],
    },
    {
      name: "Could you ask Tom not to text me about the fees? He can email.",
      body: wrap("Could you ask Tom not to text me about the fees? He can email."),
      heard: [{ field: "avoidChannels", value: "sms", profile: MEGGE }],
    },
    {
      name: "Keep me posted weekly, if you would.",
      body: wrap("Keep me posted weekly, if you would."),
      heard: [{ field: "statusUpdates", value: "weekly", profile: MEGGE }],
    },
    {
      name: "I'd like to hear from you every fortnight or so.",
      body: wrap("I'd like to hear from you every fortnight or so."),
      heard: [{ field: "statusUpdates", value: "fortnightly, every fortnight", profile: MEGGE }],
    },
    {
      name: "Once a month is enough for updates.",
      body: wrap("Once a month is enough for updates."),
      heard: [{ field: "statusUpdates", value: "monthly", profile: MEGGE }],
    },
    {
      name: "A monthly catch-up call would be good.",
      body: wrap("A monthly catch-up call would be good."),
      heard: [{ field: "statusUpdates", value: "monthly", profile: MEGGE }],
    },
    {
      name: "No need to write more than once a month.",
      body: wrap("No need to write more than once a month."),
      heard: [{ field: "statusUpdates", value: "monthly", profile: MEGGE }],
    },
    {
      // Round 12: the given name as the From header writes it, used only by family, is the
      // formal name the firm still writes, not a form refused (see round12b-names.test.ts).
      name: "Megs, please - only my mother calls me Megge.",
      body: wrap("Megs, please - only my mother calls me Megge."),
      heard: [{ field: "preferredName", value: "Megs", profile: MEGGE }],
    },
    {
      name: "I prefer Meg to Megge, honestly.",
      body: wrap("I prefer Meg to Megge, honestly."),
      heard: [{ field: "preferredName", value: "Meg", profile: MEGGE }],
    },
    {
      name: "Call me Meg, everyone does.",
      body: wrap("Call me Meg, everyone does."),
      heard: [{ field: "preferredName", value: "Meg", profile: MEGGE }],
    },
    {
      name: "I'm hopeless on the phone - emails please.",
      body: wrap("I'm hopeless on the phone - emails please."),
      heard: [{ field: "preferredChannels", value: "email", profile: MEGGE }],
    },
    {
      name: "I'm partially deaf, so calls are hard for me; please email instead.",
      body: wrap("I'm partially deaf, so calls are hard for me; please email instead."),
      // "calls are hard for me" rules the phone out as much as it asks for email.
      heard: [
        { field: "preferredChannels", value: "email", profile: MEGGE },
        { field: "avoidChannels", value: "phone", profile: MEGGE },
      ],
    },
    {
      name: "Texts are better than calls for me.",
      body: wrap("Texts are better than calls for me."),
      heard: [{ field: "preferredChannels", value: "sms", profile: MEGGE }],
    },
    {
      name: "We only need a headline figure on each invoice.",
      body: wrap("We only need a headline figure on each invoice."),
      heard: [{ field: "billingDetail", value: "summary", profile: COKE }],
    },
    {
      name: "Please itemise every invoice by fee earner from now on.",
      body: wrap("Please itemise every invoice by fee earner from now on."),
      heard: [{ field: "billingDetail", value: "detailed", profile: COKE }],
    },
    {
      name: 'Our policy doesn\'t allow "firm overhead" as a charge.',
      body: wrap('Our policy doesn\'t allow "firm overhead" as a charge.'),
      heard: [{ field: "bannedBillingPhrases", value: "firm overhead", profile: COKE }],
    },
    {
      name: "The name Acme shouldn't appear in anything you send us - they're our arch-rival.",
      body: wrap(
        "The name Acme shouldn't appear in anything you send us - they're our arch-rival.",
      ),
      heard: [{ field: "competitors", value: "Acme", profile: COKE }],
    },
    {
      name: "Don't refer to BrewDog at all, please; they're our main competitor.",
      body: wrap("Don't refer to BrewDog at all, please; they're our main competitor."),
      heard: [{ field: "competitors", value: "BrewDog", profile: COKE }],
    },
    {
      name: "Please steer clear of politics in your emails.",
      body: wrap("Please steer clear of politics in your emails."),
      heard: [{ field: "avoidTopics", value: "politics", profile: COKE }],
    },
    {
      name: "I'd prefer not to talk about my health.",
      body: wrap("I'd prefer not to talk about my health."),
      heard: [{ field: "avoidTopics", value: "health", profile: MEGGE }],
    },
    {
      name: "Can we leave the merger out of our correspondence?",
      body: wrap("Can we leave the merger out of our correspondence?"),
      heard: [{ field: "avoidTopics", value: "merger", profile: COKE }],
    },
    {
      name: "Count us out of corporate events, I'm afraid - our policy won't allow it.",
      body: wrap("Count us out of corporate events, I'm afraid - our policy won't allow it."),
      heard: [{ field: "entertainment", value: "avoid", profile: COKE }],
    },
    {
      name: "I'm happy to be invited to anything, just ask.",
      body: wrap("I'm happy to be invited to anything, just ask."),
      heard: [{ field: "entertainment", value: "welcome", profile: MEGGE }],
    },
    {
      name: "We no longer accept hospitality of any kind.",
      body: wrap("We no longer accept hospitality of any kind."),
      heard: [{ field: "entertainment", value: "avoid", profile: COKE }],
    },
    {
      name: "We've switched to Teams, so please use that from now on.",
      body: wrap("We've switched to Teams, so please use that from now on."),
      heard: [{ field: "meetingPlatform", value: "teams", profile: COKE }],
    },
    {
      name: "Google Meet, please - we don't have Teams.",
      body: wrap("Google Meet, please - we don't have Teams."),
      heard: [{ field: "meetingPlatform", value: "google-meet", profile: COKE }],
    },
    {
      name: "Please send Zoom links, not Teams ones.",
      body: wrap("Please send Zoom links, not Teams ones."),
      // Round 10: the second half of a contrast is a preference too (docs/listen.md).
      heard: [
        { field: "meetingPlatform", value: "zoom", profile: COKE },
        { field: "avoidChannels", value: "teams", profile: COKE },
      ],
    },
    {
      name: "Two housekeeping points. First, I'm Bea to everyone, never Beatrix. Second, our CFO wants every invoice broken down by fee earner from now on.",
      body: wrap(
        "Two housekeeping points. First, I'm Bea to everyone, never Beatrix. Second, our CFO wants every invoice broken down by fee earner from now on.",
      ),
      heard: [
        { field: "preferredName", value: "Bea", profile: MEGGE },
        { field: "avoidNames", value: "Beatrix", profile: MEGGE },
        { field: "billingDetail", value: "detailed", profile: COKE },
      ],
    },
    {
      name: "I'd be grateful if your team could stop sending calendar invites through Zoom - our laptops won't run it.",
      body: wrap(
        "I'd be grateful if your team could stop sending calendar invites through Zoom - our laptops won't run it.",
      ),
      heard: [{ field: "avoidChannels", value: "zoom", profile: COKE }],
    },
    {
      name: "Please bear in mind that I'm registered blind, so phone calls work far better for me than long emails.",
      body: wrap(
        "Please bear in mind that I'm registered blind, so phone calls work far better for me than long emails.",
      ),
      heard: [{ field: "preferredChannels", value: "phone", profile: MEGGE }],
    },
    {
      name: "Our code of conduct forbids staff from accepting any hospitality from advisers, so please don't send the Ascot invitation.",
      body: wrap(
        "Our code of conduct forbids staff from accepting any hospitality from advisers, so please don't send the Ascot invitation.",
      ),
      heard: [{ field: "entertainment", value: "avoid", profile: COKE }],
    },
    {
      name: 'We will reject any invoice that includes "conference with associate".',
      body: wrap('We will reject any invoice that includes "conference with associate".'),
      heard: [{ field: "bannedBillingPhrases", value: "conference with associate", profile: COKE }],
    },
    {
      name: "Regular Friday updates would suit us well during the trial.",
      body: wrap("Regular Friday updates would suit us well during the trial."),
      heard: [{ field: "statusUpdates", value: "weekly, regular Friday updates", profile: COKE }],
    },
    {
      name: "Could you keep the Halden litigation out of the board pack? The directors are sensitive about it.",
      body: wrap(
        "Could you keep the Halden litigation out of the board pack? The directors are sensitive about it.",
      ),
      heard: [{ field: "avoidTopics", value: "Halden litigation", profile: COKE }],
    },
    {
      name: "Don't talk to me about golf - I've given it up for good.",
      body: wrap("Don't talk to me about golf - I've given it up for good."),
      heard: [{ field: "avoidTopics", value: "golf", profile: MEGGE }],
    },
    {
      name: "I'm more than happy to come to the summer party and anything else you're putting on.",
      body: wrap(
        "I'm more than happy to come to the summer party and anything else you're putting on.",
      ),
      heard: [{ field: "entertainment", value: "welcome", profile: MEGGE }],
    },
  ],
});
