<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ne_NP" sourcelanguage="en_US">
<context>
    <name>AccountPage</name>
    <message>
        <source>My account</source>
        <translation>मेरो खाता</translation>
    </message>
    <message>
        <source>It has been a while since you changed your password. To keep your account safe, please choose a new one below.</source>
        <translation>तपाईंले पासवर्ड परिवर्तन गर्नुभएको धेरै समय भयो। खाता सुरक्षित राख्न कृपया तल नयाँ पासवर्ड छान्नुहोस्।</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>पछि(&amp;L)</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>तपाईंको विवरण</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>साइन आउट(&amp;O)</translation>
    </message>
    <message>
        <source>Change your password</source>
        <translation>पासवर्ड परिवर्तन गर्नुहोस्</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>हालको पासवर्ड(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>नयाँ पासवर्ड(&amp;N)</translation>
    </message>
    <message>
        <source>At least 10 characters, not your e-mail address, not a common word.</source>
        <translation>कम्तीमा १० अक्षर, तपाईंको इमेल ठेगाना होइन, सामान्य शब्द होइन।</translation>
    </message>
    <message>
        <source>New password &amp;again</source>
        <translation>नयाँ पासवर्ड फेरि(&amp;A)</translation>
    </message>
    <message>
        <source>C&amp;hange password</source>
        <translation>पासवर्ड परिवर्तन गर्नुहोस्(&amp;H)</translation>
    </message>
    <message>
        <source>Language and reminders</source>
        <translation>भाषा र रिमाइन्डर</translation>
    </message>
    <message>
        <source>&amp;Language of the app</source>
        <translation>एपको भाषा(&amp;L)</translation>
    </message>
    <message>
        <source>Remind me about my session:</source>
        <translation>मेरो सत्रको बारेमा सम्झाउनुहोस्:</translation>
    </message>
    <message>
        <source>The day &amp;before</source>
        <translation>अघिल्लो दिन(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;30 minutes before</source>
        <translation>३० मिनेट अघि(&amp;3)</translation>
    </message>
    <message>
        <source>When I can &amp;join</source>
        <translation>सामेल हुन मिल्ने बेलामा(&amp;J)</translation>
    </message>
    <message>
        <source>Delete your account</source>
        <translation>खाता मेटाउनुहोस्</translation>
    </message>
    <message>
        <source>This deletes your registration and personal data and cancels your future sessions. It cannot be undone. To use the service again, you would register again. Enter your password to confirm.</source>
        <translation>यसले तपाईंको दर्ता र व्यक्तिगत जानकारी मेटाउँछ र आउँदा सत्रहरू रद्द गर्छ। यो फिर्ता गर्न सकिँदैन। सेवा फेरि प्रयोग गर्न फेरि दर्ता गर्नुपर्छ। पुष्टि गर्न आफ्नो पासवर्ड लेख्नुहोस्।</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>पासवर्ड(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Delete my account…</source>
        <translation>मेरो खाता मेटाउनुहोस्(&amp;D)…</translation>
    </message>
    <message>
        <source>Name: {name}</source>
        <translation>नाम: {name}</translation>
    </message>
    <message>
        <source>E-mail: {email}</source>
        <translation>इमेल: {email}</translation>
    </message>
    <message>
        <source>Job-seeker number: {number}</source>
        <translation>रोजगार खोजकर्ता नम्बर: {number}</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(दिइएको छैन)</translation>
    </message>
    <message>
        <source>Password last changed: {date}</source>
        <translation>पासवर्ड अन्तिम पटक परिवर्तन गरिएको: {date}</translation>
    </message>
    <message>
        <source>Please enter your current password.</source>
        <translation>कृपया हालको पासवर्ड लेख्नुहोस्।</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>दुवै नयाँ पासवर्ड एउटै छैनन्।</translation>
    </message>
    <message>
        <source>Your password is changed. Other computers signed in to your account are signed out.</source>
        <translation>तपाईंको पासवर्ड परिवर्तन भयो। तपाईंको खातामा साइन इन भएका अरू कम्प्युटरहरू साइन आउट भए।</translation>
    </message>
    <message>
        <source>Please enter your password to confirm.</source>
        <translation>पुष्टि गर्न कृपया आफ्नो पासवर्ड लेख्नुहोस्।</translation>
    </message>
    <message>
        <source>Delete your account?</source>
        <translation>खाता मेटाउने?</translation>
    </message>
    <message>
        <source>Do you really want to delete your account?</source>
        <translation>के तपाईं साँच्चै आफ्नो खाता मेटाउन चाहनुहुन्छ?</translation>
    </message>
    <message>
        <source>Your future sessions will be cancelled. This cannot be undone.</source>
        <translation>तपाईंका आउँदा सत्रहरू रद्द हुनेछन्। यो फिर्ता गर्न सकिँदैन।</translation>
    </message>
    <message>
        <source>&amp;Yes, delete my account</source>
        <translation>हो, मेरो खाता मेटाउनुहोस्(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No, keep it</source>
        <translation>होइन, राख्नुहोस्(&amp;N)</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation>केही गडबड भयो। कृपया फेरि प्रयास गर्नुहोस्।</translation>
    </message>
    <message>
        <source>This server address is not safe. It must start with https://. Please check the address your Hello Work office gave you.</source>
        <translation>यो सर्भर ठेगाना सुरक्षित छैन। यो https:// बाट सुरु हुनुपर्छ। कृपया तपाईंको Hello Work कार्यालयले दिएको ठेगाना जाँच गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Could not reach the service. Please check your internet connection and try again.</source>
        <translation>सेवामा पुग्न सकिएन। कृपया इन्टरनेट जडान जाँच गरेर फेरि प्रयास गर्नुहोस्।</translation>
    </message>
    <message>
        <source>The connection is not secure, so the app stopped. Check that your PC&apos;s date and time are correct, or try another network.</source>
        <translation>जडान सुरक्षित छैन, त्यसैले एप रोकियो। कम्प्युटरको मिति र समय सही छ कि जाँच गर्नुहोस्, वा अर्को नेटवर्क प्रयोग गर्नुहोस्।</translation>
    </message>
    <message>
        <source>The service is busy or under maintenance. Please try again in a few minutes.</source>
        <translation>सेवा व्यस्त छ वा मर्मत भइरहेको छ। कृपया केही मिनेटपछि फेरि प्रयास गर्नुहोस्।</translation>
    </message>
    <message>
        <source>The service gave an answer the app does not understand. Please check the server address, or update the app.</source>
        <translation>सेवाले एपले नबुझ्ने जवाफ दियो। कृपया सर्भर ठेगाना जाँच गर्नुहोस्, वा एप अपडेट गर्नुहोस्।</translation>
    </message>
</context>
<context>
    <name>Booking</name>
    <message>
        <source>Booked</source>
        <translation>बुक भयो</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>रद्द भयो</translation>
    </message>
    <message>
        <source>Cancelled by the office</source>
        <translation>कार्यालयले रद्द गर्‍यो</translation>
    </message>
    <message>
        <source>Missed (you did not join)</source>
        <translation>अनुपस्थित (तपाईं सामेल हुनुभएन)</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>उपस्थित</translation>
    </message>
    <message>
        <source>Unknown status. Please refresh.</source>
        <translation>स्थिति थाहा छैन। कृपया पृष्ठ रिफ्रेस गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Online job counselling with {office}.</source>
        <translation>{office} सँग अनलाइन रोजगार परामर्श।</translation>
    </message>
    <message>
        <source>Open the hwclient app and press Join from 10 minutes before the start.</source>
        <translation>hwclient एप खोल्नुहोस् र सुरु हुनुभन्दा १० मिनेट अघिदेखि “सत्रमा सामेल हुनुहोस्” थिच्नुहोस्।</translation>
    </message>
    <message>
        <source>Have your job-seeker number ready.</source>
        <translation>आफ्नो रोजगार खोजकर्ता नम्बर तयार राख्नुहोस्।</translation>
    </message>
    <message>
        <source>To cancel on the day or if you have trouble, phone the office: {phone}</source>
        <translation>सत्रकै दिन रद्द गर्न वा कुनै समस्या भएमा कार्यालयमा फोन गर्नुहोस्: {phone}</translation>
    </message>
    <message>
        <source>Hello Work online counselling</source>
        <translation>Hello Work अनलाइन परामर्श</translation>
    </message>
    <message>
        <source>{office} (online, Zoom)</source>
        <translation>{office} (अनलाइन, Zoom)</translation>
    </message>
    <message>
        <source>Your counselling session starts in 30 minutes.</source>
        <translation>तपाईंको परामर्श सत्र ३० मिनेटमा सुरु हुन्छ।</translation>
    </message>
</context>
<context>
    <name>BookingCard</name>
    <message>
        <source>Office: {office}</source>
        <translation>कार्यालय: {office}</translation>
    </message>
    <message>
        <source>Office phone: {phone}</source>
        <translation>कार्यालयको फोन: {phone}</translation>
    </message>
    <message>
        <source>With you: {who}</source>
        <translation>तपाईंसँग: {who}</translation>
    </message>
    <message>
        <source>Reason from the office: {reason}</source>
        <translation>कार्यालयले दिएको कारण: {reason}</translation>
    </message>
    <message>
        <source>&amp;Cancel this session</source>
        <translation>यो सत्र रद्द गर्नुहोस्(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel the session on {when}</source>
        <translation>{when} को सत्र रद्द गर्नुहोस्</translation>
    </message>
    <message>
        <source>Add to ca&amp;lendar</source>
        <translation>क्यालेन्डरमा थप्नुहोस्(&amp;L)</translation>
    </message>
    <message>
        <source>The session has started, so it cannot be cancelled in the app. To cancel or if you have trouble, please phone the office: {phone}</source>
        <translation>सत्र सुरु भइसकेकाले एपमा रद्द गर्न सकिँदैन। रद्द गर्न वा कुनै समस्या भएमा कृपया कार्यालयमा फोन गर्नुहोस्: {phone}</translation>
    </message>
    <message>
        <source>(see your Hello Work card)</source>
        <translation>(आफ्नो Hello Work कार्ड हेर्नुहोस्)</translation>
    </message>
</context>
<context>
    <name>BookingPage</name>
    <message>
        <source>{name} (your office)</source>
        <translation>{name} (तपाईंको कार्यालय)</translation>
    </message>
    <message>
        <source>{prefecture} · Phone {phone}</source>
        <translation>{prefecture} · फोन {phone}</translation>
    </message>
    <message>
        <source>Languages: {languages}</source>
        <translation>भाषाहरू: {languages}</translation>
    </message>
    <message>
        <source>Book a session</source>
        <translation>सत्र बुक गर्नुहोस्</translation>
    </message>
    <message>
        <source>Choose the Hello Work office for your online session.</source>
        <translation>अनलाइन सत्रका लागि Hello Work कार्यालय छान्नुहोस्।</translation>
    </message>
    <message>
        <source>Choose a day, then a time. Days in bold have free times. Times are Japan time.</source>
        <translation>पहिले दिन, त्यसपछि समय छान्नुहोस्। बाक्लो अक्षरका दिनमा खाली समय छ। समय जापानको समय अनुसार हो।</translation>
    </message>
    <message>
        <source>&amp;Note for the counsellor (optional), for example what you want to talk about:</source>
        <translation>परामर्शदाताका लागि टिप्पणी (ऐच्छिक), जस्तै तपाईं केबारे कुरा गर्न चाहनुहुन्छ(&amp;N):</translation>
    </message>
    <message>
        <source>Please check the details. You can cancel in the app until the session starts.</source>
        <translation>कृपया विवरण जाँच गर्नुहोस्। सत्र सुरु नहुँदासम्म तपाईं एपमा रद्द गर्न सक्नुहुन्छ।</translation>
    </message>
    <message>
        <source>&lt; &amp;Previous step</source>
        <translation>&lt; अघिल्लो चरण(&amp;P)</translation>
    </message>
    <message>
        <source>Add to my &amp;calendar</source>
        <translation>मेरो क्यालेन्डरमा थप्नुहोस्(&amp;C)</translation>
    </message>
    <message>
        <source>See &amp;my bookings</source>
        <translation>मेरा बुकिङहरू हेर्नुहोस्(&amp;M)</translation>
    </message>
    <message>
        <source>Step 1 of 4: choose an office</source>
        <translation>चरण १/४: कार्यालय छान्नुहोस्</translation>
    </message>
    <message>
        <source>Step 2 of 4: choose a day and time</source>
        <translation>चरण २/४: दिन र समय छान्नुहोस्</translation>
    </message>
    <message>
        <source>Step 3 of 4: who will be with you</source>
        <translation>चरण ३/४: तपाईंसँग को हुनुहुन्छ</translation>
    </message>
    <message>
        <source>Step 4 of 4: check and book</source>
        <translation>चरण ४/४: जाँच गरेर बुक गर्नुहोस्</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>बुक भयो</translation>
    </message>
    <message>
        <source>&amp;Book this session</source>
        <translation>यो सत्र बुक गर्नुहोस्(&amp;B)</translation>
    </message>
    <message>
        <source>Go to &amp;home</source>
        <translation>गृहपृष्ठमा जानुहोस्(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>अर्को &gt;(&amp;N)</translation>
    </message>
    <message>
        <source>{count} / {limit} characters</source>
        <translation>{count} / {limit} अक्षर</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(कोही छैन)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>कहिले</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>कार्यालय</translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation>कार्यालयको फोन</translation>
    </message>
    <message>
        <source>With you</source>
        <translation>तपाईंसँग</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <source>There are no other free times on {day}. Please choose another day.</source>
        <translation>{day} मा अरू खाली समय छैन। कृपया अर्को दिन छान्नुहोस्।</translation>
    </message>
    <message>
        <source>✓ Your session is booked.</source>
        <translation>✓ तपाईंको सत्र बुक भयो।</translation>
    </message>
    <message>
        <source>{when}
{office}

We also sent you an e-mail. On the day, open this app and press Join from 10 minutes before the start.</source>
        <translation>{when}
{office}

हामीले तपाईंलाई इमेल पनि पठाएका छौं। सत्रको दिन यो एप खोल्नुहोस् र सुरु हुनुभन्दा १० मिनेट अघिदेखि “सत्रमा सामेल हुनुहोस्” थिच्नुहोस्।</translation>
    </message>
    <message>
        <source>✓ Saved. Open the file to add the session to your calendar: {path}</source>
        <translation>✓ सेभ भयो। सत्र क्यालेन्डरमा थप्न यो फाइल खोल्नुहोस्: {path}</translation>
    </message>
</context>
<context>
    <name>BookingsPage</name>
    <message>
        <source>My bookings</source>
        <translation>मेरा बुकिङहरू</translation>
    </message>
    <message>
        <source>&amp;Upcoming</source>
        <translation>आउँदा(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Past</source>
        <translation>पहिलेका(&amp;P)</translation>
    </message>
    <message>
        <source>You have no upcoming sessions.</source>
        <translation>तपाईंको कुनै आउँदो सत्र छैन।</translation>
    </message>
    <message>
        <source>No past sessions yet.</source>
        <translation>अहिलेसम्म पहिलेका सत्रहरू छैनन्।</translation>
    </message>
    <message>
        <source>&amp;Book a session</source>
        <translation>सत्र बुक गर्नुहोस्(&amp;B)</translation>
    </message>
    <message>
        <source>Cancel the session?</source>
        <translation>सत्र रद्द गर्ने?</translation>
    </message>
    <message>
        <source>Do you want to cancel your session on {when}?</source>
        <translation>के तपाईं {when} को सत्र रद्द गर्न चाहनुहुन्छ?</translation>
    </message>
    <message>
        <source>You can book another time afterwards.</source>
        <translation>पछि तपाईं अर्को समय बुक गर्न सक्नुहुन्छ।</translation>
    </message>
    <message>
        <source>&amp;Yes, cancel it</source>
        <translation>हो, रद्द गर्नुहोस्(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No, keep it</source>
        <translation>होइन, राख्नुहोस्(&amp;N)</translation>
    </message>
    <message>
        <source>Your session on {when} is cancelled.</source>
        <translation>{when} को तपाईंको सत्र रद्द भयो।</translation>
    </message>
    <message>
        <source>Saved. Open the file to add the session to your calendar: {path}</source>
        <translation>सेभ भयो। सत्र क्यालेन्डरमा थप्न यो फाइल खोल्नुहोस्: {path}</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Save to your calendar</source>
        <translation>क्यालेन्डरमा सेभ गर्नुहोस्</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>क्यालेन्डर फाइलहरू (*.ics)</translation>
    </message>
    <message>
        <source>The file could not be saved there. Please choose another folder.</source>
        <translation>फाइल त्यहाँ सेभ गर्न सकिएन। कृपया अर्को फोल्डर छान्नुहोस्।</translation>
    </message>
</context>
<context>
    <name>CameraPreview</name>
    <message>
        <source>Camera picture</source>
        <translation>क्यामेराको तस्बिर</translation>
    </message>
    <message>
        <source>The camera picture will appear here.</source>
        <translation>क्यामेराको तस्बिर यहाँ देखिनेछ।</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>क्यामेरा सुरु हुँदैछ…</translation>
    </message>
    <message>
        <source>No camera found. Connect a webcam, or use a PC with a built-in camera, then press Check again.</source>
        <translation>क्यामेरा भेटिएन। वेबक्यामेरा जोड्नुहोस्, वा क्यामेरा भएको कम्प्युटर प्रयोग गर्नुहोस्, अनि “फेरि जाँच गर्नुहोस्” थिच्नुहोस्।</translation>
    </message>
    <message>
        <source>This app is not allowed to use the camera. Allow it in your PC&apos;s privacy settings, then press Check again.</source>
        <translation>यो एपलाई क्यामेरा प्रयोग गर्ने अनुमति छैन। कम्प्युटरको गोपनीयता सेटिङमा अनुमति दिनुहोस्, अनि “फेरि जाँच गर्नुहोस्” थिच्नुहोस्।</translation>
    </message>
    <message>
        <source>The camera could not be started. It may be in use by another app (for example Zoom or Teams). Close that app, then press Check again.</source>
        <translation>क्यामेरा सुरु गर्न सकिएन। अर्को एपले प्रयोग गरिरहेको हुन सक्छ (जस्तै Zoom वा Teams)। त्यो एप बन्द गर्नुहोस्, अनि “फेरि जाँच गर्नुहोस्” थिच्नुहोस्।</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>Unknown check: %1. Known checks: %2.</source>
        <translation>अज्ञात जाँच: %1। उपलब्ध जाँचहरू: %2।</translation>
    </message>
    <message>
        <source>The device check could not run. Please try again.</source>
        <translation>उपकरण जाँच चलाउन सकिएन। कृपया फेरि प्रयास गर्नुहोस्।</translation>
    </message>
    <message>
        <source>The file %1 could not be opened.</source>
        <translation>फाइल %1 खोल्न सकिएन।</translation>
    </message>
    <message>
        <source>%1 is not a diagnostics bundle (it is not a zip file).</source>
        <translation>%1 निदान प्याकेज होइन (यो zip फाइल होइन)।</translation>
    </message>
    <message>
        <source>%1 is not a diagnostics bundle from this app.</source>
        <translation>%1 यो एपको निदान प्याकेज होइन।</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of this app. Update the app to read it.</source>
        <translation>%1 यो एपको नयाँ संस्करणले बनाएको हो। यसलाई पढ्न एप अपडेट गर्नुहोस्।</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read. Ask for a new bundle.</source>
        <translation>%1 बिग्रिएको छ र पढ्न सकिँदैन। नयाँ प्याकेज माग्नुहोस्।</translation>
    </message>
    <message>
        <source>The diagnostics bundle could not be saved to %1: %2</source>
        <translation>निदान प्याकेज %1 मा सेभ गर्न सकिएन: %2</translation>
    </message>
    <message>
        <source>Diagnostics bundle saved: %1</source>
        <translation>निदान प्याकेज सेभ भयो: %1</translation>
    </message>
    <message>
        <source>No server is set, so the report was not sent.</source>
        <translation>कुनै सर्भर सेट गरिएको छैन, त्यसैले रिपोर्ट पठाइएन।</translation>
    </message>
    <message>
        <source>Sign in with the app first, then send the report again.</source>
        <translation>पहिले एपमा साइन इन गर्नुहोस्, अनि रिपोर्ट फेरि पठाउनुहोस्।</translation>
    </message>
    <message>
        <source>The report could not be sent. Check the connection and try again.</source>
        <translation>रिपोर्ट पठाउन सकिएन। जडान जाँच गरेर फेरि प्रयास गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Report sent (number %1).</source>
        <translation>रिपोर्ट पठाइयो (नम्बर %1)।</translation>
    </message>
    <message>
        <source>Virus protection is turned off.</source>
        <translation>भाइरस सुरक्षा बन्द छ।</translation>
    </message>
    <message>
        <source>Virus protection is turned off: %1.</source>
        <translation>भाइरस सुरक्षा बन्द छ: %1।</translation>
    </message>
    <message>
        <source>Open your virus protection and turn real-time protection on.</source>
        <translation>आफ्नो एन्टिभाइरस खोल्नुहोस् र रियल-टाइम सुरक्षा सुरु गर्नुहोस्।</translation>
    </message>
    <message>
        <source>The virus definitions of %1 are out of date.</source>
        <translation>%1 को भाइरस जानकारी पुरानो भएको छ।</translation>
    </message>
    <message>
        <source>Open your virus protection and choose to check for updates.</source>
        <translation>आफ्नो एन्टिभाइरस खोल्नुहोस् र अपडेट खोज्ने विकल्प छान्नुहोस्।</translation>
    </message>
    <message>
        <source>%1 is on and up to date.</source>
        <translation>%1 चालु छ र अपडेट गरिएको छ।</translation>
    </message>
    <message>
        <source>Gatekeeper, the Mac&apos;s protection against harmful apps, is turned off.</source>
        <translation>Gatekeeper (हानिकारक एपबाट Mac लाई जोगाउने सुरक्षा) बन्द छ।</translation>
    </message>
    <message>
        <source>Ask someone you trust to turn it back on (Terminal: sudo spctl --master-enable).</source>
        <translation>तपाईंले विश्वास गर्ने कसैलाई यसलाई फेरि चालु गर्न भन्नुहोस् (Terminal: sudo spctl --master-enable)।</translation>
    </message>
    <message>
        <source>The Mac&apos;s built-in malware data was last updated %1 days ago.</source>
        <translation>Mac को भित्री मालवेयर जानकारी अन्तिम पटक %1 दिन अघि अपडेट भएको थियो।</translation>
    </message>
    <message>
        <source>Open Software Update and install the updates.</source>
        <translation>Software Update खोल्नुहोस् र अपडेटहरू इन्स्टल गर्नुहोस्।</translation>
    </message>
    <message>
        <source>The Mac&apos;s built-in protection (Gatekeeper and XProtect) is on.</source>
        <translation>Mac को भित्री सुरक्षा (Gatekeeper र XProtect) चालु छ।</translation>
    </message>
    <message>
        <source>No virus scanner was found that this app can check.</source>
        <translation>यो एपले जाँच गर्न सक्ने कुनै एन्टिभाइरस भेटिएन।</translation>
    </message>
    <message>
        <source>Update them (for example with: sudo freshclam).</source>
        <translation>तिनलाई अपडेट गर्नुहोस् (जस्तै: sudo freshclam)।</translation>
    </message>
    <message>
        <source>This app (version %1) is too old to use the service.</source>
        <translation>यो एप (संस्करण %1) सेवा प्रयोग गर्न धेरै पुरानो छ।</translation>
    </message>
    <message>
        <source>Download and install the new version %1.</source>
        <translation>नयाँ संस्करण %1 डाउनलोड गरेर इन्स्टल गर्नुहोस्।</translation>
    </message>
    <message>
        <source>A new version of this app is available: %1.</source>
        <translation>यो एपको नयाँ संस्करण उपलब्ध छ: %1।</translation>
    </message>
    <message>
        <source>This app is up to date (version %1).</source>
        <translation>यो एप अपडेट गरिएको छ (संस्करण %1)।</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>क्यामेरा</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>माइक्रोफोन</translation>
    </message>
    <message>
        <source>Speakers or headphones</source>
        <translation>स्पिकर वा हेडफोन</translation>
    </message>
    <message>
        <source>Operating system and updates</source>
        <translation>अपरेटिङ सिस्टम र अपडेट</translation>
    </message>
    <message>
        <source>Virus protection</source>
        <translation>भाइरस सुरक्षा</translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation>फायरवाल</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>नेटवर्क</translation>
    </message>
    <message>
        <source>Connection to the service and Zoom</source>
        <translation>सेवा र Zoom सँगको जडान</translation>
    </message>
    <message>
        <source>Zoom app</source>
        <translation>Zoom एप</translation>
    </message>
    <message>
        <source>This app</source>
        <translation>यो एप</translation>
    </message>
    <message>
        <source>Recording and file-sharing programs</source>
        <translation>रेकर्डिङ र फाइल साझा गर्ने प्रोग्रामहरू</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>बिजुली</translation>
    </message>
    <message>
        <source>Computer load</source>
        <translation>कम्प्युटरको भार</translation>
    </message>
    <message>
        <source>This could not be checked on this computer.</source>
        <translation>यो कम्प्युटरमा यो जाँच गर्न सकिएन।</translation>
    </message>
    <message>
        <source>The check timed out before this computer answered.</source>
        <translation>यो कम्प्युटरले जवाफ दिनुअघि नै जाँचको समय सकियो।</translation>
    </message>
    <message>
        <source>The tool needed for this check is not on this computer.</source>
        <translation>यो जाँचका लागि चाहिने उपकरण यो कम्प्युटरमा छैन।</translation>
    </message>
    <message>
        <source>The answer from this computer could not be read.</source>
        <translation>यो कम्प्युटरको जवाफ पढ्न सकिएन।</translation>
    </message>
    <message>
        <source>The counselling service cannot be reached.</source>
        <translation>परामर्श सेवामा पुग्न सकिँदैन।</translation>
    </message>
    <message>
        <source>Zoom cannot be reached.</source>
        <translation>Zoom मा पुग्न सकिँदैन।</translation>
    </message>
    <message>
        <source>Check that the internet works (open a web page). At work or school, a network filter may block it: ask the administrator.</source>
        <translation>इन्टरनेट चलेको छ कि जाँच गर्नुहोस् (कुनै वेबपेज खोल्नुहोस्)। काम वा विद्यालयमा नेटवर्क फिल्टरले रोकेको हुन सक्छ: व्यवस्थापकलाई सोध्नुहोस्।</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is off by about %1 minutes.</source>
        <translation>यो कम्प्युटरको घडी करिब %1 मिनेट फरक छ।</translation>
    </message>
    <message>
        <source>Turn on &quot;Set time automatically&quot; in the date and time settings.</source>
        <translation>मिति र समय सेटिङमा &quot;स्वचालित रूपमा समय सेट गर्नुहोस्&quot; चालु गर्नुहोस्।</translation>
    </message>
    <message>
        <source>The connection is slow (%1 ms).</source>
        <translation>जडान ढिलो छ (%1 ms)।</translation>
    </message>
    <message>
        <source>Move closer to the Wi-Fi router or use a network cable.</source>
        <translation>Wi-Fi राउटरको नजिक जानुहोस् वा नेटवर्क केबल प्रयोग गर्नुहोस्।</translation>
    </message>
    <message>
        <source>The service and Zoom can be reached, and the clock is right.</source>
        <translation>सेवा र Zoom मा पुग्न सकिन्छ, र घडी सही छ।</translation>
    </message>
    <message>
        <source>Zoom can be reached, and the clock is right.</source>
        <translation>Zoom मा पुग्न सकिन्छ, र घडी सही छ।</translation>
    </message>
    <message>
        <source>No camera was found.</source>
        <translation>कुनै क्यामेरा भेटिएन।</translation>
    </message>
    <message>
        <source>Connect a webcam, or check that the built-in camera is switched on (some laptops have a switch or a key for it). Then check again.</source>
        <translation>वेबक्यामेरा जोड्नुहोस्, वा भित्री क्यामेरा चालु छ कि जाँच गर्नुहोस् (केही ल्यापटपमा यसका लागि स्विच वा कुञ्जी हुन्छ)। अनि फेरि जाँच गर्नुहोस्।</translation>
    </message>
    <message>
        <source>A camera was found: %1. The picture is tested in the app.</source>
        <translation>क्यामेरा भेटियो: %1। तस्बिर एपमा जाँच गरिन्छ।</translation>
    </message>
    <message>
        <source>This computer does not allow apps to use the camera.</source>
        <translation>यो कम्प्युटरले एपहरूलाई क्यामेरा प्रयोग गर्न दिँदैन।</translation>
    </message>
    <message>
        <source>Open the camera privacy setting, allow apps (and this app) to use the camera, then check again.</source>
        <translation>क्यामेराको गोपनीयता सेटिङ खोल्नुहोस्, एपहरूलाई (र यो एपलाई) क्यामेरा प्रयोग गर्न अनुमति दिनुहोस्, अनि फेरि जाँच गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Another app is using the camera.</source>
        <translation>अर्को एपले क्यामेरा प्रयोग गरिरहेको छ।</translation>
    </message>
    <message>
        <source>Close other apps that may use the camera (Zoom, Teams, Skype, LINE, a browser tab), then check again.</source>
        <translation>क्यामेरा प्रयोग गर्न सक्ने अरू एपहरू बन्द गर्नुहोस् (Zoom, Teams, Skype, LINE, ब्राउजरको ट्याब), अनि फेरि जाँच गर्नुहोस्।</translation>
    </message>
    <message>
        <source>The camera works.</source>
        <translation>क्यामेरा चल्छ।</translation>
    </message>
    <message>
        <source>The camera did not send a picture.</source>
        <translation>क्यामेराले तस्बिर पठाएन।</translation>
    </message>
    <message>
        <source>Check that the lens is not covered, unplug the camera and plug it in again, or restart the computer. Then check again.</source>
        <translation>लेन्स छोपिएको छैन कि जाँच गर्नुहोस्, क्यामेरा निकालेर फेरि जोड्नुहोस्, वा कम्प्युटर रिस्टार्ट गर्नुहोस्। अनि फेरि जाँच गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Found: %1.</source>
        <translation>भेटियो: %1।</translation>
    </message>
    <message>
        <source>No microphone was found.</source>
        <translation>कुनै माइक्रोफोन भेटिएन।</translation>
    </message>
    <message>
        <source>Connect a headset or microphone, or allow microphone use in the privacy settings. Then check again.</source>
        <translation>हेडसेट वा माइक्रोफोन जोड्नुहोस्, वा गोपनीयता सेटिङमा माइक्रोफोन प्रयोगको अनुमति दिनुहोस्। अनि फेरि जाँच गर्नुहोस्।</translation>
    </message>
    <message>
        <source>No speakers or headphones were found.</source>
        <translation>कुनै स्पिकर वा हेडफोन भेटिएन।</translation>
    </message>
    <message>
        <source>Connect headphones or speakers, or turn the sound on. Then check again.</source>
        <translation>हेडफोन वा स्पिकर जोड्नुहोस्, वा आवाज खोल्नुहोस्। अनि फेरि जाँच गर्नुहोस्।</translation>
    </message>
    <message>
        <source>The firewall is on.</source>
        <translation>फायरवाल चालु छ।</translation>
    </message>
    <message>
        <source>The firewall is off for these networks: %1.</source>
        <translation>यी नेटवर्कका लागि फायरवाल बन्द छ: %1।</translation>
    </message>
    <message>
        <source>Open the firewall settings and turn the firewall on.</source>
        <translation>फायरवाल सेटिङ खोल्नुहोस् र फायरवाल चालु गर्नुहोस्।</translation>
    </message>
    <message>
        <source>The Mac&apos;s firewall is off.</source>
        <translation>Mac को फायरवाल बन्द छ।</translation>
    </message>
    <message>
        <source>Open the Network settings, choose Firewall and turn it on.</source>
        <translation>Network सेटिङ खोल्नुहोस्, Firewall छान्नुहोस् र चालु गर्नुहोस्।</translation>
    </message>
    <message>
        <source>No firewall was found that this app can check.</source>
        <translation>यो एपले जाँच गर्न सक्ने कुनै फायरवाल भेटिएन।</translation>
    </message>
    <message>
        <source>This computer is not connected to a network.</source>
        <translation>यो कम्प्युटर कुनै नेटवर्कमा जोडिएको छैन।</translation>
    </message>
    <message>
        <source>Connect to your home Wi-Fi or plug in a network cable, then check again.</source>
        <translation>घरको Wi-Fi मा जोड्नुहोस् वा नेटवर्क केबल लगाउनुहोस्, अनि फेरि जाँच गर्नुहोस्।</translation>
    </message>
    <message>
        <source>This Wi-Fi has no password or uses old, unsafe protection.</source>
        <translation>यो Wi-Fi मा पासवर्ड छैन वा पुरानो, असुरक्षित सुरक्षा प्रयोग गर्छ।</translation>
    </message>
    <message>
        <source>Use your home Wi-Fi with a password (WPA2 or WPA3) or a network cable.</source>
        <translation>पासवर्ड भएको घरको Wi-Fi (WPA2 वा WPA3) वा नेटवर्क केबल प्रयोग गर्नुहोस्।</translation>
    </message>
    <message>
        <source>This Wi-Fi uses weak protection.</source>
        <translation>यो Wi-Fi ले कमजोर सुरक्षा प्रयोग गर्छ।</translation>
    </message>
    <message>
        <source>If it is your router, set it to WPA2 or WPA3 (AES).</source>
        <translation>राउटर तपाईंको हो भने, यसलाई WPA2 वा WPA3 (AES) मा सेट गर्नुहोस्।</translation>
    </message>
    <message>
        <source>This looks like a free or public Wi-Fi hotspot.</source>
        <translation>यो निःशुल्क वा सार्वजनिक Wi-Fi जस्तो देखिन्छ।</translation>
    </message>
    <message>
        <source>Counselling is private: use your home network, not a public one.</source>
        <translation>परामर्श गोप्य हो: सार्वजनिक होइन, घरको नेटवर्क प्रयोग गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Windows treats this network as a public network.</source>
        <translation>Windows ले यो नेटवर्कलाई सार्वजनिक नेटवर्क मान्छ।</translation>
    </message>
    <message>
        <source>If you are at a café, station or hotel, go home first. At home, you can set this network to Private.</source>
        <translation>तपाईं क्याफे, स्टेसन वा होटलमा हुनुहुन्छ भने, पहिले घर जानुहोस्। घरमा तपाईं यो नेटवर्कलाई Private मा सेट गर्न सक्नुहुन्छ।</translation>
    </message>
    <message>
        <source>Connected by cable.</source>
        <translation>केबलबाट जोडिएको छ।</translation>
    </message>
    <message>
        <source>Connected by Wi-Fi.</source>
        <translation>Wi-Fi बाट जोडिएको छ।</translation>
    </message>
    <message>
        <source>Connected by mobile data. A 30-minute video call uses a lot of data.</source>
        <translation>मोबाइल डाटाबाट जोडिएको छ। ३० मिनेटको भिडियो कलले धेरै डाटा खर्च गर्छ।</translation>
    </message>
    <message>
        <source>Connected through a VPN.</source>
        <translation>VPN मार्फत जोडिएको छ।</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>जोडिएको छ।</translation>
    </message>
    <message>
        <source>%1 no longer gets security updates.</source>
        <translation>%1 ले अब सुरक्षा अपडेट पाउँदैन।</translation>
    </message>
    <message>
        <source>Update to a newer version. Open the update settings to start.</source>
        <translation>नयाँ संस्करणमा अपडेट गर्नुहोस्। सुरु गर्न अपडेट सेटिङ खोल्नुहोस्।</translation>
    </message>
    <message>
        <source>%1 is a current version.</source>
        <translation>%1 हालको संस्करण हो।</translation>
    </message>
    <message>
        <source>%1: its support dates are not known yet.</source>
        <translation>%1: यसको सहयोग अवधि अझै थाहा छैन।</translation>
    </message>
    <message>
        <source>%1 probably no longer gets security updates.</source>
        <translation>%1 ले सायद अब सुरक्षा अपडेट पाउँदैन।</translation>
    </message>
    <message>
        <source>%1 stopped getting security updates on %2.</source>
        <translation>%1 ले %2 देखि सुरक्षा अपडेट पाउन छाड्यो।</translation>
    </message>
    <message>
        <source>%1 gets security updates only until %2.</source>
        <translation>%1 ले %2 सम्म मात्र सुरक्षा अपडेट पाउँछ।</translation>
    </message>
    <message>
        <source>Plan to update to a newer version before then.</source>
        <translation>त्यसअघि नै नयाँ संस्करणमा अपडेट गर्ने योजना बनाउनुहोस्।</translation>
    </message>
    <message>
        <source>%1 is supported until %2.</source>
        <translation>%1 लाई %2 सम्म सहयोग छ।</translation>
    </message>
    <message>
        <source>%1 is a server system, not a PC system.</source>
        <translation>%1 सर्भरको सिस्टम हो, कम्प्युटरको होइन।</translation>
    </message>
    <message>
        <source>Use a PC with Windows 11 or a Mac if you can.</source>
        <translation>सकेसम्म Windows 11 भएको कम्प्युटर वा Mac प्रयोग गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Open Windows Update and install the updates.</source>
        <translation>Windows Update खोल्नुहोस् र अपडेटहरू इन्स्टल गर्नुहोस्।</translation>
    </message>
    <message>
        <source>The last update was installed %1 days ago.</source>
        <translation>अन्तिम अपडेट %1 दिन अघि इन्स्टल भएको थियो।</translation>
    </message>
    <message>
        <source>%1 has updates waiting to be installed.</source>
        <translation>%1 मा इन्स्टल गर्न बाँकी अपडेटहरू छन्।</translation>
    </message>
    <message>
        <source>%1: this app cannot tell whether it still gets security updates.</source>
        <translation>%1: यसले अझै सुरक्षा अपडेट पाउँछ कि पाउँदैन, यो एपले थाहा पाउन सक्दैन।</translation>
    </message>
    <message>
        <source>Install your system&apos;s updates regularly.</source>
        <translation>आफ्नो सिस्टमका अपडेटहरू नियमित रूपमा इन्स्टल गर्नुहोस्।</translation>
    </message>
    <message>
        <source>No battery: the computer runs on mains power.</source>
        <translation>ब्याट्री छैन: कम्प्युटर बिजुलीको लाइनबाट चल्छ।</translation>
    </message>
    <message>
        <source>The power cable is connected.</source>
        <translation>बिजुलीको केबल जोडिएको छ।</translation>
    </message>
    <message>
        <source>The battery is low (%1 %).</source>
        <translation>ब्याट्री कम छ (%1 %)।</translation>
    </message>
    <message>
        <source>Connect the power cable before the session.</source>
        <translation>सत्रअघि बिजुलीको केबल जोड्नुहोस्।</translation>
    </message>
    <message>
        <source>Running on battery. Connecting the power cable for the session is safer.</source>
        <translation>ब्याट्रीबाट चलिरहेको छ। सत्रका लागि बिजुलीको केबल जोड्नु सुरक्षित हुन्छ।</translation>
    </message>
    <message>
        <source>The processor is very busy (%1 %).</source>
        <translation>प्रोसेसर धेरै व्यस्त छ (%1 %)।</translation>
    </message>
    <message>
        <source>Memory is nearly full (%1 %).</source>
        <translation>मेमोरी लगभग भरिएको छ (%1 %)।</translation>
    </message>
    <message>
        <source>Close programs and browser tabs you do not need, then check again.</source>
        <translation>नचाहिने प्रोग्राम र ब्राउजर ट्याबहरू बन्द गर्नुहोस्, अनि फेरि जाँच गर्नुहोस्।</translation>
    </message>
    <message>
        <source>The computer has enough free capacity.</source>
        <translation>कम्प्युटरमा पर्याप्त खाली क्षमता छ।</translation>
    </message>
    <message>
        <source>A file-sharing (P2P) program is running: %1.</source>
        <translation>फाइल साझा गर्ने (P2P) प्रोग्राम चलिरहेको छ: %1।</translation>
    </message>
    <message>
        <source>Quit it and, if you can, uninstall it. Then check again.</source>
        <translation>यसलाई बन्द गर्नुहोस्, र सकेमा अनइन्स्टल गर्नुहोस्। अनि फेरि जाँच गर्नुहोस्।</translation>
    </message>
    <message>
        <source>A screen recording program is running: %1.</source>
        <translation>स्क्रिन रेकर्ड गर्ने प्रोग्राम चलिरहेको छ: %1।</translation>
    </message>
    <message>
        <source>Recording the counselling is not allowed. Quit the program before the session.</source>
        <translation>परामर्श रेकर्ड गर्न पाइँदैन। सत्रअघि प्रोग्राम बन्द गर्नुहोस्।</translation>
    </message>
    <message>
        <source>No recording or file-sharing programs are running.</source>
        <translation>कुनै रेकर्डिङ वा फाइल साझा गर्ने प्रोग्राम चलिरहेको छैन।</translation>
    </message>
    <message>
        <source>The Zoom app is not installed.</source>
        <translation>Zoom एप इन्स्टल गरिएको छैन।</translation>
    </message>
    <message>
        <source>Install Zoom Workplace from zoom.us, then check again.</source>
        <translation>zoom.us बाट Zoom Workplace इन्स्टल गर्नुहोस्, अनि फेरि जाँच गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Zoom is installed, but its version could not be read.</source>
        <translation>Zoom इन्स्टल छ, तर यसको संस्करण पढ्न सकिएन।</translation>
    </message>
    <message>
        <source>Open Zoom once before the session so it can update itself.</source>
        <translation>सत्रअघि एक पटक Zoom खोल्नुहोस्, ताकि यो आफैं अपडेट होस्।</translation>
    </message>
    <message>
        <source>Zoom %1 is too old to join meetings (needs %2 or newer).</source>
        <translation>Zoom %1 मिटिङमा सामेल हुन धेरै पुरानो छ (%2 वा नयाँ चाहिन्छ)।</translation>
    </message>
    <message>
        <source>Open Zoom and choose Check for Updates, or install it again from zoom.us.</source>
        <translation>Zoom खोलेर Check for Updates छान्नुहोस्, वा zoom.us बाट फेरि इन्स्टल गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Zoom %1 is installed.</source>
        <translation>Zoom %1 इन्स्टल छ।</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ठीक छ</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>चेतावनी</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>समस्या</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>अज्ञात</translation>
    </message>
    <message>
        <source>Device check, %1 (hwclient %2, %3)</source>
        <translation>उपकरण जाँच, %1 (hwclient %2, %3)</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>नतिजा: %1</translation>
    </message>
</context>
<context>
    <name>Companions</name>
    <message>
        <source>No one: I will be alone in a private room.</source>
        <translation>कोही छैन: म निजी कोठामा एक्लै हुनेछु।</translation>
    </message>
    <message>
        <source>a family member</source>
        <translation>परिवारको सदस्य</translation>
    </message>
    <message>
        <source>a support worker</source>
        <translation>सहायता कार्यकर्ता</translation>
    </message>
    <message>
        <source>an interpreter</source>
        <translation>दोभाषे</translation>
    </message>
    <message>
        <source>a carer</source>
        <translation>हेरचाहकर्ता</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>अरू कोही</translation>
    </message>
</context>
<context>
    <name>CompanionsEditor</name>
    <message>
        <source>Please be in a private room during the session. If someone will be with you, tick who it is, so the counsellor knows:</source>
        <translation>सत्रको बेला कृपया निजी कोठामा बस्नुहोस्। तपाईंसँग कोही हुनुहुन्छ भने, परामर्शदाताले थाहा पाउन को हुनुहुन्छ चिन्ह लगाउनुहोस्:</translation>
    </message>
    <message>
        <source>A &amp;family member</source>
        <translation>परिवारको सदस्य(&amp;F)</translation>
    </message>
    <message>
        <source>A &amp;support worker</source>
        <translation>सहायता कार्यकर्ता(&amp;S)</translation>
    </message>
    <message>
        <source>An &amp;interpreter, for this language:</source>
        <translation>दोभाषे, यो भाषाका लागि(&amp;I):</translation>
    </message>
    <message>
        <source>A &amp;carer</source>
        <translation>हेरचाहकर्ता(&amp;C)</translation>
    </message>
    <message>
        <source>Someone &amp;else (please say who):</source>
        <translation>अरू कोही (को हो लेख्नुहोस्)(&amp;E):</translation>
    </message>
    <message>
        <source>Language of the interpreter</source>
        <translation>दोभाषेको भाषा</translation>
    </message>
    <message>
        <source>Who else will be with you</source>
        <translation>तपाईंसँग अरू को हुनुहुन्छ</translation>
    </message>
    <message>
        <source>For example: a friend</source>
        <translation>जस्तै: साथी</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <source>Starting now</source>
        <translation>अहिले सुरु हुँदैछ</translation>
    </message>
    <message>
        <source>Starts in {time}</source>
        <translation>{time} मा सुरु हुन्छ</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n दिन</numerusform>
            <numerusform>%n दिन</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n घण्टा</numerusform>
            <numerusform>%n घण्टा</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n मिनेट</numerusform>
            <numerusform>%n मिनेट</numerusform>
        </translation>
    </message>
    <message>
        <source>{larger} and {smaller}</source>
        <translation>{larger} र {smaller}</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>The demo is not included in this version of the app. Please use the server address from your Hello Work office instead.</source>
        <translation>एपको यो संस्करणमा डेमो समावेश छैन। कृपया तपाईंको Hello Work कार्यालयले दिएको सर्भर ठेगाना प्रयोग गर्नुहोस्।</translation>
    </message>
</context>
<context>
    <name>DemoMailbox</name>
    <message>
        <source>Demo mailbox</source>
        <translation>डेमो इमेल बाकस</translation>
    </message>
    <message>
        <source>In the demo, mails are not really sent. They appear here instead. Select a mail to read it, and click its link to continue.</source>
        <translation>डेमोमा इमेलहरू साँच्चै पठाइँदैनन्। बरु यहीँ देखिन्छन्। पढ्न कुनै इमेल छान्नुहोस्, र जारी राख्न त्यसको लिंकमा क्लिक गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>समय</translation>
    </message>
    <message>
        <source>To</source>
        <translation>प्रापक</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>विषय</translation>
    </message>
    <message>
        <source>Mails, newest first</source>
        <translation>इमेलहरू, सबैभन्दा नयाँ पहिले</translation>
    </message>
    <message>
        <source>Text of the selected mail</source>
        <translation>छानिएको इमेलको पाठ</translation>
    </message>
    <message>
        <source>No mails yet. Register an account to receive one.</source>
        <translation>अहिलेसम्म कुनै इमेल छैन। इमेल पाउन खाता बनाउनुहोस्।</translation>
    </message>
    <message>
        <source>This mail has no text.</source>
        <translation>यो इमेलमा कुनै पाठ छैन।</translation>
    </message>
    <message>
        <source>Completing your registration…</source>
        <translation>तपाईंको दर्ता पूरा हुँदैछ…</translation>
    </message>
    <message>
        <source>Your registration is complete. You can sign in now.</source>
        <translation>तपाईंको दर्ता पूरा भयो। अब तपाईं साइन इन गर्न सक्नुहुन्छ।</translation>
    </message>
</context>
<context>
    <name>DeviceCheckPage</name>
    <message>
        <source>Check my device</source>
        <translation>मेरो उपकरण जाँच गर्नुहोस्</translation>
    </message>
    <message>
        <source>Let&apos;s check that your PC is ready for a video session. You should see yourself, the bar should move when you speak, and you should hear the test sound.</source>
        <translation>तपाईंको कम्प्युटर भिडियो सत्रका लागि तयार छ कि जाँच गरौं। तपाईंले आफूलाई देख्नुपर्छ, बोल्दा पट्टी हल्लिनुपर्छ, र परीक्षण आवाज सुन्नुपर्छ।</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>माइक्रोफोन</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>माइक्रोफोनको स्तर</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>स्पिकर</translation>
    </message>
    <message>
        <source>&amp;Play test sound</source>
        <translation>परीक्षण आवाज बजाउनुहोस्(&amp;P)</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>फेरि जाँच गर्नुहोस्(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>जारी राख्नुहोस्(&amp;C)</translation>
    </message>
    <message>
        <source>No microphone found. Connect a headset or a microphone.</source>
        <translation>माइक्रोफोन भेटिएन। हेडसेट वा माइक्रोफोन जोड्नुहोस्।</translation>
    </message>
    <message>
        <source>We can hear you.</source>
        <translation>हामी तपाईंको आवाज सुन्न सक्छौं।</translation>
    </message>
    <message>
        <source>Say something: the bar should move.</source>
        <translation>केही बोल्नुहोस्: पट्टी हल्लिनुपर्छ।</translation>
    </message>
    <message>
        <source>The microphone could not be started. Close other apps using it.</source>
        <translation>माइक्रोफोन सुरु गर्न सकिएन। यसलाई प्रयोग गरिरहेका अरू एपहरू बन्द गर्नुहोस्।</translation>
    </message>
    <message>
        <source>No speakers found. Connect speakers or headphones.</source>
        <translation>स्पिकर भेटिएन। स्पिकर वा हेडफोन जोड्नुहोस्।</translation>
    </message>
    <message>
        <source>Did you hear a chime? If not, turn up the volume and play it again.</source>
        <translation>के तपाईंले घण्टीको आवाज सुन्नुभयो? सुन्नुभएन भने, भोल्युम बढाएर फेरि बजाउनुहोस्।</translation>
    </message>
    <message>
        <source>Press the button: you should hear a short chime.</source>
        <translation>बटन थिच्नुहोस्: तपाईंले छोटो घण्टीको आवाज सुन्नुपर्छ।</translation>
    </message>
    <message numerus="yes">
        <source>Checking your PC… %n of %1 done.</source>
        <translation>
            <numerusform>तपाईंको कम्प्युटर जाँच हुँदैछ… %1 मध्ये %n पूरा भयो।</numerusform>
            <numerusform>तपाईंको कम्प्युटर जाँच हुँदैछ… %1 मध्ये %n पूरा भए।</numerusform>
        </translation>
    </message>
    <message>
        <source>The check is finished.</source>
        <translation>जाँच सकियो।</translation>
    </message>
    <message>
        <source>Some things must be fixed before your session. See the steps below.</source>
        <translation>सत्रअघि केही कुरा मिलाउनुपर्छ। तलका चरणहरू हेर्नुहोस्।</translation>
    </message>
    <message>
        <source>Your PC can be used, but some things need attention.</source>
        <translation>तपाईंको कम्प्युटर प्रयोग गर्न सकिन्छ, तर केही कुरामा ध्यान दिनुपर्छ।</translation>
    </message>
    <message>
        <source>Your PC is ready for the session.</source>
        <translation>तपाईंको कम्प्युटर सत्रका लागि तयार छ।</translation>
    </message>
    <message>
        <source>The result was sent to your Hello Work office.</source>
        <translation>नतिजा तपाईंको Hello Work कार्यालयमा पठाइयो।</translation>
    </message>
</context>
<context>
    <name>ForgotPage</name>
    <message>
        <source>Forgot your password?</source>
        <translation>पासवर्ड बिर्सनुभयो?</translation>
    </message>
    <message>
        <source>For your safety, passwords are not reset by e-mail, and accounts are not issued again. Please phone your Hello Work office. They will check who you are and help you.</source>
        <translation>तपाईंको सुरक्षाका लागि, पासवर्ड इमेलबाट रिसेट गरिँदैन र खाता फेरि जारी गरिँदैन। कृपया आफ्नो Hello Work कार्यालयमा फोन गर्नुहोस्। उहाँहरूले तपाईं को हो भनेर जाँच गरी सहयोग गर्नुहुनेछ।</translation>
    </message>
    <message>
        <source>When you call, say that you use the online counselling app and forgot your password. Have your Hello Work card (with your job-seeker number) ready.</source>
        <translation>फोन गर्दा, तपाईं अनलाइन परामर्श एप प्रयोग गर्नुहुन्छ र पासवर्ड बिर्सनुभयो भन्नुहोस्। आफ्नो Hello Work कार्ड (रोजगार खोजकर्ता नम्बर भएको) तयार राख्नुहोस्।</translation>
    </message>
    <message>
        <source>Hello Work offices</source>
        <translation>Hello Work कार्यालयहरू</translation>
    </message>
    <message>
        <source>&amp;Back to sign in</source>
        <translation>साइन इनमा फर्कनुहोस्(&amp;B)</translation>
    </message>
    <message>
        <source>The phone number of your office is on your Hello Work card and on the Hello Work website.</source>
        <translation>तपाईंको कार्यालयको फोन नम्बर Hello Work कार्डमा र Hello Work को वेबसाइटमा छ।</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Home</source>
        <translation>गृहपृष्ठ</translation>
    </message>
    <message>
        <source>Your next session</source>
        <translation>तपाईंको अर्को सत्र</translation>
    </message>
    <message>
        <source>&amp;Join the session</source>
        <translation>सत्रमा सामेल हुनुहोस्(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Book a session</source>
        <translation>सत्र बुक गर्नुहोस्(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;My bookings</source>
        <translation>मेरा बुकिङहरू(&amp;M)</translation>
    </message>
    <message>
        <source>You have no session booked.</source>
        <translation>तपाईंको कुनै सत्र बुक गरिएको छैन।</translation>
    </message>
    <message>
        <source>&amp;Check my device</source>
        <translation>मेरो उपकरण जाँच गर्नुहोस्(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>फेरि प्रयास गर्नुहोस्(&amp;T)</translation>
    </message>
    <message>
        <source>Hello, {name}.</source>
        <translation>नमस्ते, {name}।</translation>
    </message>
    <message>
        <source>Office: {office}</source>
        <translation>कार्यालय: {office}</translation>
    </message>
    <message>
        <source>Office: {office} (phone {phone})</source>
        <translation>कार्यालय: {office} (फोन {phone})</translation>
    </message>
    <message>
        <source>With you: {who}</source>
        <translation>तपाईंसँग: {who}</translation>
    </message>
    <message>
        <source>Please check your camera, microphone and PC before the session.</source>
        <translation>सत्रअघि कृपया आफ्नो क्यामेरा, माइक्रोफोन र कम्प्युटर जाँच गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Your last device check found problems. Please fix them and check again.</source>
        <translation>तपाईंको पछिल्लो उपकरण जाँचमा समस्या भेटियो। कृपया तिनलाई मिलाएर फेरि जाँच गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Joining is open now. Press Join the session.</source>
        <translation>अहिले सामेल हुन सकिन्छ। “सत्रमा सामेल हुनुहोस्” थिच्नुहोस्।</translation>
    </message>
    <message>
        <source>You can join from {time} (10 minutes before the start).</source>
        <translation>तपाईं {time} देखि सामेल हुन सक्नुहुन्छ (सुरु हुनुभन्दा १० मिनेट अघि)।</translation>
    </message>
    <message>
        <source>The time to join has passed. If you could not join, please phone the office: {phone}</source>
        <translation>सामेल हुने समय बितिसक्यो। सामेल हुन सक्नुभएन भने कृपया कार्यालयमा फोन गर्नुहोस्: {phone}</translation>
    </message>
</context>
<context>
    <name>JobSeekerNumber</name>
    <message>
        <source>Please enter your job-seeker number. It is on your Hello Work card.</source>
        <translation>कृपया आफ्नो रोजगार खोजकर्ता नम्बर लेख्नुहोस्। यो तपाईंको Hello Work कार्डमा छ।</translation>
    </message>
    <message>
        <source>Please use only numbers and one hyphen, like {example}.</source>
        <translation>कृपया अंक र एउटा हाइफन मात्र प्रयोग गर्नुहोस्, जस्तै {example}।</translation>
    </message>
    <message>
        <source>Please use only one hyphen, after the first 5 numbers, like {example}.</source>
        <translation>कृपया पहिलो ५ अंकपछि एउटा मात्र हाइफन प्रयोग गर्नुहोस्, जस्तै {example}।</translation>
    </message>
    <message>
        <source>The part before the hyphen has 5 numbers, like {example}.</source>
        <translation>हाइफनअघिको भागमा ५ अंक हुन्छन्, जस्तै {example}।</translation>
    </message>
    <message>
        <source>The part after the hyphen has 1 to 8 numbers, like {example}.</source>
        <translation>हाइफनपछिको भागमा १ देखि ८ अंक हुन्छन्, जस्तै {example}।</translation>
    </message>
</context>
<context>
    <name>JoinPage</name>
    <message>
        <source>Join the session</source>
        <translation>सत्रमा सामेल हुनुहोस्</translation>
    </message>
    <message>
        <source>Before you join, please confirm each point:</source>
        <translation>सामेल हुनुअघि कृपया हरेक बुँदा पुष्टि गर्नुहोस्:</translation>
    </message>
    <message>
        <source>I am in a private room, or everyone with me was declared in the booking.</source>
        <translation>म निजी कोठामा छु, वा मसँग भएका सबैलाई बुकिङमा जनाइएको छ।</translation>
    </message>
    <message>
        <source>I will not record the session (no screen or sound recording).</source>
        <translation>म सत्र रेकर्ड गर्दिनँ (स्क्रिन वा आवाज रेकर्ड गर्दिनँ)।</translation>
    </message>
    <message>
        <source>&amp;Open Zoom and join</source>
        <translation>Zoom खोलेर सामेल हुनुहोस्(&amp;O)</translation>
    </message>
    <message>
        <source>My name in Zoom will be my registered name: {name}. The counsellor checks it with my job-seeker number.</source>
        <translation>Zoom मा मेरो नाम दर्ता गरिएको नाम हुनेछ: {name}। परामर्शदाताले यसलाई मेरो रोजगार खोजकर्ता नम्बरसँग जाँच गर्नुहुन्छ।</translation>
    </message>
    <message>
        <source>{when} with {office}</source>
        <translation>{when}, {office} सँग</translation>
    </message>
    <message>
        <source>Declared in your booking: {who}</source>
        <translation>तपाईंको बुकिङमा जनाइएको: {who}</translation>
    </message>
    <message>
        <source>Zoom could not be opened. Please install Zoom or try another browser.</source>
        <translation>Zoom खोल्न सकिएन। कृपया Zoom इन्स्टल गर्नुहोस् वा अर्को ब्राउजर प्रयोग गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Zoom is opening. If nothing happens, open the meeting in your browser.</source>
        <translation>Zoom खुल्दैछ। केही भएन भने मिटिङ ब्राउजरमा खोल्नुहोस्।</translation>
    </message>
    <message>
        <source>The meeting is opening in your browser.</source>
        <translation>मिटिङ तपाईंको ब्राउजरमा खुल्दैछ।</translation>
    </message>
    <message>
        <source>Open in &amp;browser</source>
        <translation>ब्राउजरमा खोल्नुहोस्(&amp;B)</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <source>Choose the language for this app. You can change it later in Settings.</source>
        <translation>यो एपको भाषा छान्नुहोस्। तपाईं पछि सेटिङमा यसलाई बदल्न सक्नुहुन्छ।</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>जारी राख्नुहोस्(&amp;C)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Hello Work online counselling</source>
        <translation>Hello Work अनलाइन परामर्श</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; पछाडि(&amp;B)</translation>
    </message>
    <message>
        <source>Back to the previous step</source>
        <translation>अघिल्लो चरणमा फर्कनुहोस्</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>चरणहरू</translation>
    </message>
    <message>
        <source>&amp;App</source>
        <translation>एप(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बन्द गर्नुहोस्(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>सहायता(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostic info for the help desk</source>
        <translation>सहायता केन्द्रका लागि निदान जानकारी कपी गर्नुहोस्(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;About this app</source>
        <translation>यो एपको बारेमा(&amp;A)</translation>
    </message>
    <message>
        <source>Demo &amp;mailbox</source>
        <translation>डेमो इमेल बाकस(&amp;M)</translation>
    </message>
    <message>
        <source>Demo mode: nothing here is real. Sign in with {email} and the password {password}.</source>
        <translation>डेमो मोड: यहाँ केही पनि वास्तविक होइन। {email} र पासवर्ड {password} ले साइन इन गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <source>Check my device</source>
        <translation>मेरो उपकरण जाँच गर्नुहोस्</translation>
    </message>
    <message>
        <source>Terms of use</source>
        <translation>प्रयोगका सर्तहरू</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>साइन इन</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>गृहपृष्ठ</translation>
    </message>
    <message>
        <source>Book a session</source>
        <translation>सत्र बुक गर्नुहोस्</translation>
    </message>
    <message>
        <source>My bookings</source>
        <translation>मेरा बुकिङहरू</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>मेरो खाता</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>सेटिङ</translation>
    </message>
    <message>
        <source>Could not reach the Hello Work service. Check your internet connection, then press Try again. You can check your device meanwhile.</source>
        <translation>Hello Work सेवामा पुग्न सकिएन। इन्टरनेट जडान जाँच गर्नुहोस्, अनि “फेरि प्रयास गर्नुहोस्” थिच्नुहोस्। त्यतिन्जेल तपाईं आफ्नो उपकरण जाँच गर्न सक्नुहुन्छ।</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>फेरि प्रयास गर्नुहोस्(&amp;T)</translation>
    </message>
    <message>
        <source>You were signed out. Please sign in again to continue where you were.</source>
        <translation>तपाईं साइन आउट हुनुभयो। जहाँ हुनुहुन्थ्यो त्यहीँबाट जारी राख्न कृपया फेरि साइन इन गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Diagnostic info copied. You can paste it into a mail to the help desk.</source>
        <translation>निदान जानकारी कपी भयो। तपाईं यसलाई सहायता केन्द्रलाई पठाउने इमेलमा पेस्ट गर्न सक्नुहुन्छ।</translation>
    </message>
    <message>
        <source>About this app</source>
        <translation>यो एपको बारेमा</translation>
    </message>
    <message>
        <source>Hello Work online counselling, version {version}</source>
        <translation>Hello Work अनलाइन परामर्श, संस्करण {version}</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>केही गडबड भयो</translation>
    </message>
    <message>
        <source>Something went wrong in the app. Please try again. If it happens again, copy the diagnostic info and send it to the help desk.</source>
        <translation>एपमा केही गडबड भयो। कृपया फेरि प्रयास गर्नुहोस्। फेरि भयो भने, निदान जानकारी कपी गरेर सहायता केन्द्रमा पठाउनुहोस्।</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostic info</source>
        <translation>निदान जानकारी कपी गर्नुहोस्(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Meeting</name>
    <message>
        <source>The meeting link from the service does not look like a Zoom link, so the app did not open it. Please phone your Hello Work office.</source>
        <translation>सेवाबाट आएको मिटिङ लिंक Zoom को लिंक जस्तो देखिँदैन, त्यसैले एपले यसलाई खोलेन। कृपया आफ्नो Hello Work कार्यालयमा फोन गर्नुहोस्।</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>{day}, {time}</source>
        <translation>{day}, {time}</translation>
    </message>
    <message>
        <source>Please phone your Hello Work office: {phone}.</source>
        <translation>कृपया आफ्नो Hello Work कार्यालयमा फोन गर्नुहोस्: {phone}।</translation>
    </message>
    <message>
        <source>Please phone your Hello Work office.</source>
        <translation>कृपया आफ्नो Hello Work कार्यालयमा फोन गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Some information is missing or not in the right form.</source>
        <translation>केही जानकारी छुटेको छ वा सही ढाँचामा छैन।</translation>
    </message>
    <message>
        <source>Please check the marked fields and try again.</source>
        <translation>कृपया चिन्ह लगाइएका ठाउँहरू जाँचेर फेरि प्रयास गर्नुहोस्।</translation>
    </message>
    <message>
        <source>This password is too easy to guess.</source>
        <translation>यो पासवर्ड अनुमान गर्न धेरै सजिलो छ।</translation>
    </message>
    <message>
        <source>Please choose a password of at least 10 characters that is not your e-mail address and not a common word.</source>
        <translation>कृपया कम्तीमा १० अक्षरको पासवर्ड छान्नुहोस्, जुन तपाईंको इमेल ठेगाना र सामान्य शब्द होइन।</translation>
    </message>
    <message>
        <source>Please choose a harder password.</source>
        <translation>कृपया अझ कडा पासवर्ड छान्नुहोस्।</translation>
    </message>
    <message>
        <source>This link does not work any more. It may be older than 24 hours or used already.</source>
        <translation>यो लिंक अब चल्दैन। यो २४ घण्टाभन्दा पुरानो वा पहिले नै प्रयोग भइसकेको हुन सक्छ।</translation>
    </message>
    <message>
        <source>Please register again to get a new link, or sign in if you already finished.</source>
        <translation>नयाँ लिंक पाउन कृपया फेरि दर्ता गर्नुहोस्, वा दर्ता सकिसकेको भए साइन इन गर्नुहोस्।</translation>
    </message>
    <message>
        <source>The e-mail address or the password is not right.</source>
        <translation>इमेल ठेगाना वा पासवर्ड मिलेन।</translation>
    </message>
    <message>
        <source>Please check both and try again. Capital letters count.</source>
        <translation>कृपया दुवै जाँचेर फेरि प्रयास गर्नुहोस्। ठूलो र सानो अक्षर फरक मानिन्छ।</translation>
    </message>
    <message>
        <source>Please check your password.</source>
        <translation>कृपया आफ्नो पासवर्ड जाँच गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Your registration is not finished yet.</source>
        <translation>तपाईंको दर्ता अझै पूरा भएको छैन।</translation>
    </message>
    <message>
        <source>Please open the link in the e-mail we sent you. We can send the e-mail again.</source>
        <translation>हामीले पठाएको इमेलको लिंक खोल्नुहोस्। हामी इमेल फेरि पठाउन सक्छौं।</translation>
    </message>
    <message>
        <source>Sign-in is paused after several wrong passwords, to protect your account.</source>
        <translation>धेरै पटक गलत पासवर्ड हालिएकाले, तपाईंको खाता जोगाउन साइन इन केही समय रोकिएको छ।</translation>
    </message>
    <message numerus="yes">
        <source>Please try again in %n minute(s). If you forgot your password, phone your office.</source>
        <translation>
            <numerusform>कृपया %n मिनेटपछि फेरि प्रयास गर्नुहोस्। पासवर्ड बिर्सनुभएको भए आफ्नो कार्यालयमा फोन गर्नुहोस्।</numerusform>
            <numerusform>कृपया %n मिनेटपछि फेरि प्रयास गर्नुहोस्। पासवर्ड बिर्सनुभएको भए आफ्नो कार्यालयमा फोन गर्नुहोस्।</numerusform>
        </translation>
    </message>
    <message>
        <source>You have been signed out.</source>
        <translation>तपाईं साइन आउट हुनुभयो।</translation>
    </message>
    <message>
        <source>Please sign in again. Nothing you typed is lost.</source>
        <translation>कृपया फेरि साइन इन गर्नुहोस्। तपाईंले लेखेको केही पनि हराएको छैन।</translation>
    </message>
    <message>
        <source>The terms of use changed while you were reading them.</source>
        <translation>तपाईंले पढिरहँदा प्रयोगका सर्तहरू परिवर्तन भए।</translation>
    </message>
    <message>
        <source>Please read the new version and agree again.</source>
        <translation>कृपया नयाँ संस्करण पढेर फेरि सहमति दिनुहोस्।</translation>
    </message>
    <message>
        <source>Before booking, please agree to the current terms of use.</source>
        <translation>बुक गर्नुअघि कृपया हालका प्रयोगका सर्तहरूमा सहमति दिनुहोस्।</translation>
    </message>
    <message>
        <source>We will show you the terms, then bring you back here.</source>
        <translation>हामी तपाईंलाई सर्तहरू देखाउनेछौं, अनि यहीँ फर्काउनेछौं।</translation>
    </message>
    <message>
        <source>This version of the app is too old to use the service.</source>
        <translation>एपको यो संस्करण सेवा प्रयोग गर्न धेरै पुरानो छ।</translation>
    </message>
    <message>
        <source>Please install the new version. Your bookings are kept.</source>
        <translation>कृपया नयाँ संस्करण इन्स्टल गर्नुहोस्। तपाईंका बुकिङहरू सुरक्षित रहन्छन्।</translation>
    </message>
    <message>
        <source>We could not find this any more. It may have been removed.</source>
        <translation>हामीले यो अब भेटाउन सकेनौं। यो हटाइएको हुन सक्छ।</translation>
    </message>
    <message>
        <source>Please go back and try again.</source>
        <translation>कृपया पछाडि गएर फेरि प्रयास गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Someone just booked this time. Please choose another time.</source>
        <translation>भर्खरै कसैले यो समय बुक गर्नुभयो। कृपया अर्को समय छान्नुहोस्।</translation>
    </message>
    <message>
        <source>Other free times are shown below.</source>
        <translation>अरू खाली समयहरू तल देखाइएका छन्।</translation>
    </message>
    <message>
        <source>You already have a session on {date}. Only one session a day is possible.</source>
        <translation>{date} मा तपाईंको पहिले नै एउटा सत्र छ। एक दिनमा एउटा मात्र सत्र हुन सक्छ।</translation>
    </message>
    <message>
        <source>You already have a session on that day. Only one session a day is possible.</source>
        <translation>त्यस दिन तपाईंको पहिले नै एउटा सत्र छ। एक दिनमा एउटा मात्र सत्र हुन सक्छ।</translation>
    </message>
    <message>
        <source>Please choose another day.</source>
        <translation>कृपया अर्को दिन छान्नुहोस्।</translation>
    </message>
    <message>
        <source>Booking is paused until {date} because sessions were missed.</source>
        <translation>सत्रहरूमा अनुपस्थित भएकाले {date} सम्म बुकिङ रोकिएको छ।</translation>
    </message>
    <message>
        <source>Booking is paused for your account because sessions were missed.</source>
        <translation>सत्रहरूमा अनुपस्थित भएकाले तपाईंको खाताको बुकिङ रोकिएको छ।</translation>
    </message>
    <message>
        <source>Your office has paused online sessions for your account, often because residence status details need checking.</source>
        <translation>तपाईंको कार्यालयले तपाईंको खाताका अनलाइन सत्रहरूमा अस्थायी रोक लगाएको छ, प्रायः निवासको स्थिति (在留資格) को विवरण जाँच्नुपर्ने भएकाले।</translation>
    </message>
    <message>
        <source>The session has already started, so it cannot be cancelled in the app.</source>
        <translation>सत्र सुरु भइसकेकाले एपमा रद्द गर्न सकिँदैन।</translation>
    </message>
    <message>
        <source>This booking is no longer active. It may have been cancelled.</source>
        <translation>यो बुकिङ अब सक्रिय छैन। यो रद्द भएको हुन सक्छ।</translation>
    </message>
    <message>
        <source>Please look at My bookings for its current state.</source>
        <translation>यसको हालको स्थिति मेरा बुकिङहरूमा हेर्नुहोस्।</translation>
    </message>
    <message>
        <source>Your booking request changed while it was being sent.</source>
        <translation>तपाईंको बुकिङ अनुरोध पठाउँदै गर्दा परिवर्तन भयो।</translation>
    </message>
    <message>
        <source>Please check My bookings, then try again.</source>
        <translation>कृपया मेरा बुकिङहरू जाँचेर फेरि प्रयास गर्नुहोस्।</translation>
    </message>
    <message>
        <source>You can join from {time} on {date} (10 minutes before the start).</source>
        <translation>तपाईं {date} मा {time} देखि सामेल हुन सक्नुहुन्छ (सुरु हुनुभन्दा १० मिनेट अघि)।</translation>
    </message>
    <message>
        <source>You can join from 10 minutes before the start until 10 minutes after it.</source>
        <translation>तपाईं सुरु हुनुभन्दा १० मिनेट अघिदेखि सुरु भएको १० मिनेटपछिसम्म सामेल हुन सक्नुहुन्छ।</translation>
    </message>
    <message>
        <source>Please come back then.</source>
        <translation>कृपया त्यो बेला फेरि आउनुहोस्।</translation>
    </message>
    <message>
        <source>What you sent is too long for the service.</source>
        <translation>तपाईंले पठाएको कुरा सेवाका लागि धेरै लामो छ।</translation>
    </message>
    <message>
        <source>Please make the note or text shorter and try again.</source>
        <translation>कृपया टिप्पणी वा पाठ छोटो बनाएर फेरि प्रयास गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Something changed on the service while you were working.</source>
        <translation>तपाईंले काम गरिरहँदा सेवामा केही परिवर्तन भयो।</translation>
    </message>
    <message>
        <source>Please go back, look again, and try once more.</source>
        <translation>कृपया पछाडि गएर फेरि हेर्नुहोस्, अनि एक पटक फेरि प्रयास गर्नुहोस्।</translation>
    </message>
    <message>
        <source>The app and the service do not understand each other.</source>
        <translation>एप र सेवाले एकअर्कालाई बुझ्न सकेनन्।</translation>
    </message>
    <message>
        <source>Please install the newest version of the app.</source>
        <translation>कृपया एपको सबैभन्दा नयाँ संस्करण इन्स्टल गर्नुहोस्।</translation>
    </message>
    <message>
        <source>We could not reach the service.</source>
        <translation>हामी सेवामा पुग्न सकेनौं।</translation>
    </message>
    <message>
        <source>Please check your internet connection and try again. Nothing you typed is lost.</source>
        <translation>कृपया इन्टरनेट जडान जाँचेर फेरि प्रयास गर्नुहोस्। तपाईंले लेखेको केही पनि हराएको छैन।</translation>
    </message>
    <message>
        <source>The service has a problem right now.</source>
        <translation>अहिले सेवामा समस्या छ।</translation>
    </message>
    <message>
        <source>Please try again in a few minutes. Nothing you typed is lost.</source>
        <translation>कृपया केही मिनेटपछि फेरि प्रयास गर्नुहोस्। तपाईंले लेखेको केही पनि हराएको छैन।</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>केही गडबड भयो।</translation>
    </message>
    <message>
        <source>Please try again. If it happens again, phone your Hello Work office.</source>
        <translation>कृपया फेरि प्रयास गर्नुहोस्। फेरि भयो भने आफ्नो Hello Work कार्यालयमा फोन गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Please enter an e-mail address like name@example.jp.</source>
        <translation>कृपया name@example.jp जस्तो इमेल ठेगाना लेख्नुहोस्।</translation>
    </message>
    <message>
        <source>Please choose a password of at least 10 characters.</source>
        <translation>कृपया कम्तीमा १० अक्षरको पासवर्ड छान्नुहोस्।</translation>
    </message>
    <message>
        <source>Please enter your name.</source>
        <translation>कृपया आफ्नो नाम लेख्नुहोस्।</translation>
    </message>
    <message>
        <source>Please enter your name in kana, or leave it empty.</source>
        <translation>कृपया आफ्नो नाम काना (kana) मा लेख्नुहोस्, वा खाली छोड्नुहोस्।</translation>
    </message>
    <message>
        <source>Please enter a phone number with digits only, or leave it empty.</source>
        <translation>कृपया अंक मात्र भएको फोन नम्बर लेख्नुहोस्, वा खाली छोड्नुहोस्।</translation>
    </message>
    <message>
        <source>Please enter the number as 5 digits, a hyphen, then up to 8 digits.</source>
        <translation>कृपया नम्बर यसरी लेख्नुहोस्: ५ अंक, हाइफन (-), त्यसपछि ८ अंकसम्म।</translation>
    </message>
    <message>
        <source>Please make the note shorter (500 characters at most).</source>
        <translation>कृपया टिप्पणी छोटो बनाउनुहोस् (बढीमा ५०० अक्षर)।</translation>
    </message>
    <message>
        <source>Please enter your current password.</source>
        <translation>कृपया हालको पासवर्ड लेख्नुहोस्।</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Page</source>
        <translation>पृष्ठ</translation>
    </message>
</context>
<context>
    <name>PasswordEdit</name>
    <message>
        <source>Hide</source>
        <translation>लुकाउनुहोस्</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>देखाउनुहोस्</translation>
    </message>
    <message>
        <source>Hide the password</source>
        <translation>पासवर्ड लुकाउनुहोस्</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>पासवर्ड देखाउनुहोस्</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Please use at least 10 characters.</source>
        <translation>कृपया कम्तीमा १० अक्षर प्रयोग गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Please do not use your e-mail address as the password.</source>
        <translation>कृपया आफ्नो इमेल ठेगानालाई पासवर्डको रूपमा प्रयोग नगर्नुहोस्।</translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation>खाता बनाउनुहोस्</translation>
    </message>
    <message>
        <source>Fill in your details. Fields marked (optional) can be left empty. We will send you an e-mail with a link to finish the registration.</source>
        <translation>आफ्नो विवरण भर्नुहोस्। (ऐच्छिक) लेखिएका ठाउँ खाली छोड्न सकिन्छ। दर्ता पूरा गर्न हामी तपाईंलाई लिंकसहितको इमेल पठाउनेछौं।</translation>
    </message>
    <message>
        <source>&amp;Name (as registered at Hello Work)</source>
        <translation>नाम (Hello Work मा दर्ता भए जस्तै)(&amp;N)</translation>
    </message>
    <message>
        <source>Name in &amp;kana (optional)</source>
        <translation>कानामा नाम (ऐच्छिक)(&amp;K)</translation>
    </message>
    <message>
        <source>Example: ハロー タロウ</source>
        <translation>उदाहरण: ハロー タロウ</translation>
    </message>
    <message>
        <source>&amp;E-mail address</source>
        <translation>इमेल ठेगाना(&amp;E)</translation>
    </message>
    <message>
        <source>Example: name@example.jp</source>
        <translation>उदाहरण: name@example.jp</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>पासवर्ड(&amp;P)</translation>
    </message>
    <message>
        <source>At least 10 characters, not your e-mail address, not a common word. Tip: three or four words you can remember, like &apos;blue tea morning walk&apos;.</source>
        <translation>कम्तीमा १० अक्षर, तपाईंको इमेल ठेगाना होइन, सामान्य शब्द होइन। सुझाव: याद गर्न सजिलो तीन-चार शब्द, जस्तै &apos;नीलो चिया बिहान डुल्ने&apos;।</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>पासवर्ड फेरि(&amp;A)</translation>
    </message>
    <message>
        <source>Type the same password again.</source>
        <translation>उही पासवर्ड फेरि लेख्नुहोस्।</translation>
    </message>
    <message>
        <source>&amp;Job-seeker number (optional)</source>
        <translation>रोजगार खोजकर्ता नम्बर (ऐच्छिक)(&amp;J)</translation>
    </message>
    <message>
        <source>It is on your Hello Work card (求職番号): 5 digits, a hyphen, then up to 8 digits, for example 12345-12345678. Full-width digits are fine.</source>
        <translation>यो तपाईंको Hello Work कार्ड (求職番号) मा छ: ५ अंक, हाइफन, त्यसपछि ८ अंकसम्म, जस्तै 12345-12345678। जापानी पूर्ण-चौडाइका अंक पनि चल्छन्।</translation>
    </message>
    <message>
        <source>P&amp;hone number (optional)</source>
        <translation>फोन नम्बर (ऐच्छिक)(&amp;H)</translation>
    </message>
    <message>
        <source>Example: 090-1234-5678</source>
        <translation>उदाहरण: 090-1234-5678</translation>
    </message>
    <message>
        <source>A&amp;ddress (optional)</source>
        <translation>ठेगाना (ऐच्छिक)(&amp;D)</translation>
    </message>
    <message>
        <source>Create my &amp;account</source>
        <translation>मेरो खाता बनाउनुहोस्(&amp;A)</translation>
    </message>
    <message>
        <source>I already have an account: &amp;sign in</source>
        <translation>मेरो खाता पहिले नै छ: साइन इन(&amp;S)</translation>
    </message>
    <message>
        <source>Please enter your name.</source>
        <translation>कृपया आफ्नो नाम लेख्नुहोस्।</translation>
    </message>
    <message>
        <source>Please enter an e-mail address like name@example.jp.</source>
        <translation>कृपया name@example.jp जस्तो इमेल ठेगाना लेख्नुहोस्।</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>दुवै पासवर्ड एउटै छैनन्।</translation>
    </message>
</context>
<context>
    <name>ReminderNotifier</name>
    <message>
        <source>Your counselling session is tomorrow</source>
        <translation>तपाईंको परामर्श सत्र भोलि छ</translation>
    </message>
    <message>
        <source>{when}, {office}. Please check your device before the session.</source>
        <translation>{when}, {office}। कृपया सत्रअघि आफ्नो उपकरण जाँच गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Check my device now</source>
        <translation>अहिले मेरो उपकरण जाँच गर्नुहोस्</translation>
    </message>
    <message>
        <source>Your session starts in 30 minutes</source>
        <translation>तपाईंको सत्र ३० मिनेटमा सुरु हुन्छ</translation>
    </message>
    <message>
        <source>{when}, {office}. Check your camera and microphone now.</source>
        <translation>{when}, {office}। अहिले आफ्नो क्यामेरा र माइक्रोफोन जाँच गर्नुहोस्।</translation>
    </message>
    <message>
        <source>You can join your session now</source>
        <translation>तपाईं अहिले सत्रमा सामेल हुन सक्नुहुन्छ</translation>
    </message>
    <message>
        <source>{when}, {office}. Open the app and press Join.</source>
        <translation>{when}, {office}। एप खोलेर “सत्रमा सामेल हुनुहोस्” थिच्नुहोस्।</translation>
    </message>
    <message>
        <source>Go to Join</source>
        <translation>सामेल हुने पृष्ठमा जानुहोस्</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Your settings could not be saved. Check that the disk is not full, then try again.</source>
        <translation>तपाईंको सेटिङ सेभ गर्न सकिएन। डिस्क भरिएको छैन कि जाँचेर फेरि प्रयास गर्नुहोस्।</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>सेटिङ</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>भाषा(&amp;L):</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>रिमाइन्डर</translation>
    </message>
    <message>
        <source>Remind me the &amp;day before my session</source>
        <translation>सत्रको अघिल्लो दिन सम्झाउनुहोस्(&amp;D)</translation>
    </message>
    <message>
        <source>Remind me &amp;30 minutes before, to check my device</source>
        <translation>उपकरण जाँच गर्न ३० मिनेट अघि सम्झाउनुहोस्(&amp;3)</translation>
    </message>
    <message>
        <source>Tell me when I can &amp;join</source>
        <translation>सामेल हुन मिल्ने बेलामा जानकारी दिनुहोस्(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when the window is closed (for reminders)</source>
        <translation>विन्डो बन्द गर्दा पनि ट्रेमा चलिरहोस् (रिमाइन्डरका लागि)(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>सर्भर ठेगाना(&amp;S):</translation>
    </message>
    <message>
        <source>Use this &amp;address</source>
        <translation>यो ठेगाना प्रयोग गर्नुहोस्(&amp;A)</translation>
    </message>
    <message>
        <source>Change the server address only if your Hello Work office asks you to.</source>
        <translation>तपाईंको Hello Work कार्यालयले भनेमा मात्र सर्भर ठेगाना बदल्नुहोस्।</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostic info for the help desk</source>
        <translation>सहायता केन्द्रका लागि निदान जानकारी कपी गर्नुहोस्(&amp;C)</translation>
    </message>
    <message>
        <source>Right now the app is using {url}.</source>
        <translation>अहिले एपले {url} प्रयोग गरिरहेको छ।</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>सेभ भयो।</translation>
    </message>
    <message>
        <source>This does not look like a web address. Please check it and try again.</source>
        <translation>यो वेब ठेगाना जस्तो देखिँदैन। कृपया जाँचेर फेरि प्रयास गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Saved. The app will use this address the next time it starts.</source>
        <translation>सेभ भयो। एप अर्को पटक खुल्दा यो ठेगाना प्रयोग हुनेछ।</translation>
    </message>
    <message>
        <source>Diagnostic info copied. You can paste it into a mail to the help desk.</source>
        <translation>निदान जानकारी कपी भयो। तपाईं यसलाई सहायता केन्द्रलाई पठाउने इमेलमा पेस्ट गर्न सक्नुहुन्छ।</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation>साइन इन</translation>
    </message>
    <message>
        <source>Sign in with the e-mail address and password you registered with.</source>
        <translation>दर्ता गर्दा प्रयोग गरेको इमेल ठेगाना र पासवर्डले साइन इन गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Demo: the demo account {email} is already filled in.</source>
        <translation>डेमो: डेमो खाता {email} पहिले नै भरिएको छ।</translation>
    </message>
    <message>
        <source>&amp;E-mail address</source>
        <translation>इमेल ठेगाना(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>पासवर्ड(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>साइन इन(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Create an account</source>
        <translation>खाता बनाउनुहोस्(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Forgot your password?</source>
        <translation>पासवर्ड बिर्सनुभयो?(&amp;F)</translation>
    </message>
    <message>
        <source>Your account and your personal data are deleted. Thank you for using the service.</source>
        <translation>तपाईंको खाता र व्यक्तिगत जानकारी मेटाइयो। सेवा प्रयोग गर्नुभएकोमा धन्यवाद।</translation>
    </message>
    <message>
        <source>Please enter your e-mail address.</source>
        <translation>कृपया आफ्नो इमेल ठेगाना लेख्नुहोस्।</translation>
    </message>
    <message>
        <source>Please enter your password.</source>
        <translation>कृपया आफ्नो पासवर्ड लेख्नुहोस्।</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>अब के गर्ने</translation>
    </message>
</context>
<context>
    <name>SlotCalendar</name>
    <message>
        <source>Calendar: days in bold have free times</source>
        <translation>क्यालेन्डर: बाक्लो अक्षरका दिनमा खाली समय छ</translation>
    </message>
    <message>
        <source>Free times on the chosen day</source>
        <translation>छानिएको दिनका खाली समयहरू</translation>
    </message>
    <message numerus="yes">
        <source>%n free time(s)</source>
        <translation>
            <numerusform>%n खाली समय</numerusform>
            <numerusform>%n खाली समयहरू</numerusform>
        </translation>
    </message>
    <message>
        <source>You already have a session on this day. Only one session a day is possible.</source>
        <translation>यो दिन तपाईंको पहिले नै एउटा सत्र छ। एक दिनमा एउटा मात्र सत्र हुन सक्छ।</translation>
    </message>
    <message>
        <source>Choose a time:</source>
        <translation>समय छान्नुहोस्:</translation>
    </message>
    <message>
        <source>Looking for free times…</source>
        <translation>खाली समय खोजिँदैछ…</translation>
    </message>
    <message>
        <source>No free times on this day. Days in bold have free times.</source>
        <translation>यो दिन कुनै खाली समय छैन। बाक्लो अक्षरका दिनमा खाली समय छ।</translation>
    </message>
    <message>
        <source>{start} – {end}   ({places})</source>
        <translation>{start} – {end}   ({places})</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) left</source>
        <translation>
            <numerusform>%n ठाउँ बाँकी</numerusform>
            <numerusform>%n ठाउँ बाँकी</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusRow</name>
    <message>
        <source>OK</source>
        <translation>ठीक छ</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>ध्यान दिनुपर्छ</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>समस्या</translation>
    </message>
    <message>
        <source>Could not check</source>
        <translation>जाँच गर्न सकिएन</translation>
    </message>
    <message>
        <source>What to do: {remedy}</source>
        <translation>के गर्ने: {remedy}</translation>
    </message>
    <message>
        <source>Open the &amp;setting</source>
        <translation>सेटिङ खोल्नुहोस्(&amp;S)</translation>
    </message>
    <message>
        <source>More &amp;information</source>
        <translation>थप जानकारी(&amp;I)</translation>
    </message>
</context>
<context>
    <name>TermsPage</name>
    <message>
        <source>Terms of use</source>
        <translation>प्रयोगका सर्तहरू</translation>
    </message>
    <message>
        <source>I have read the terms of use and I &amp;agree to them.</source>
        <translation>मैले प्रयोगका सर्तहरू पढेँ र म तिनमा सहमत छु(&amp;A)</translation>
    </message>
    <message>
        <source>The sessions take place in Zoom. Please also read Zoom&apos;s &lt;a href=&quot;{terms}&quot;&gt;terms of service&lt;/a&gt; and &lt;a href=&quot;{privacy}&quot;&gt;privacy statement&lt;/a&gt;.</source>
        <translation>सत्रहरू Zoom मा हुन्छन्। कृपया Zoom को &lt;a href=&quot;{terms}&quot;&gt;सेवाका सर्तहरू&lt;/a&gt; र &lt;a href=&quot;{privacy}&quot;&gt;गोपनीयता नीति&lt;/a&gt; पनि पढ्नुहोस्।</translation>
    </message>
    <message>
        <source>I accept &amp;Zoom&apos;s terms of service and privacy statement.</source>
        <translation>म Zoom को सेवाका सर्तहरू र गोपनीयता नीति स्वीकार गर्छु(&amp;Z)</translation>
    </message>
    <message>
        <source>Agree and &amp;continue</source>
        <translation>सहमत भएर जारी राख्नुहोस्(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>फेरि प्रयास गर्नुहोस्(&amp;T)</translation>
    </message>
    <message>
        <source>Terms of use text</source>
        <translation>प्रयोगका सर्तहरूको पाठ</translation>
    </message>
    <message>
        <source>Loading the terms of use…</source>
        <translation>प्रयोगका सर्तहरू लोड हुँदैछ…</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;Version {version}, in effect from {date}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;संस्करण {version}, {date} देखि लागू</translation>
    </message>
    <message>
        <source>The terms of use have changed since you last agreed. Please read them and agree again.</source>
        <translation>तपाईंले पछिल्लो पटक सहमति दिएपछि प्रयोगका सर्तहरू परिवर्तन भएका छन्। कृपया पढेर फेरि सहमति दिनुहोस्।</translation>
    </message>
    <message>
        <source>What changed: {summary}</source>
        <translation>के परिवर्तन भयो: {summary}</translation>
    </message>
    <message>
        <source>✓ You have read to the end.</source>
        <translation>✓ तपाईंले अन्त्यसम्म पढ्नुभयो।</translation>
    </message>
    <message>
        <source>Please read the terms to the end (scroll down).</source>
        <translation>कृपया सर्तहरू अन्त्यसम्म पढ्नुहोस् (तल स्क्रोल गर्नुहोस्)।</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Hello Work online counselling</source>
        <translation>Hello Work अनलाइन परामर्श</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>खोल्नुहोस्(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Check my device</source>
        <translation>मेरो उपकरण जाँच गर्नुहोस्(&amp;C)</translation>
    </message>
    <message>
        <source>My &amp;bookings</source>
        <translation>मेरा बुकिङहरू(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बन्द गर्नुहोस्(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>UpdatePrompt</name>
    <message>
        <source>A new version of this app ({version}) is available.</source>
        <translation>यो एपको नयाँ संस्करण ({version}) उपलब्ध छ।</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>डाउनलोड गर्नुहोस्(&amp;D)</translation>
    </message>
    <message>
        <source>Please update the app</source>
        <translation>कृपया एप अपडेट गर्नुहोस्</translation>
    </message>
    <message>
        <source>This version of the app is too old to use the service. Please download and install the new version. Your bookings are kept.</source>
        <translation>एपको यो संस्करण सेवा प्रयोग गर्न धेरै पुरानो छ। कृपया नयाँ संस्करण डाउनलोड गरेर इन्स्टल गर्नुहोस्। तपाईंका बुकिङहरू सुरक्षित रहन्छन्।</translation>
    </message>
    <message>
        <source>&amp;Download the new version</source>
        <translation>नयाँ संस्करण डाउनलोड गर्नुहोस्(&amp;D)</translation>
    </message>
</context>
<context>
    <name>VerifySentPage</name>
    <message>
        <source>Check your e-mail</source>
        <translation>आफ्नो इमेल हेर्नुहोस्</translation>
    </message>
    <message>
        <source>One more step: open the link in your e-mail</source>
        <translation>एउटा चरण बाँकी: इमेलमा भएको लिंक खोल्नुहोस्</translation>
    </message>
    <message>
        <source>We sent an e-mail to {email}.</source>
        <translation>हामीले {email} मा इमेल पठायौं।</translation>
    </message>
    <message>
        <source>Open the link in it to finish your registration.</source>
        <translation>दर्ता पूरा गर्न त्यसमा भएको लिंक खोल्नुहोस्।</translation>
    </message>
    <message>
        <source>We sent you an e-mail. Open the link in it to finish your registration.</source>
        <translation>हामीले तपाईंलाई इमेल पठायौं। दर्ता पूरा गर्न त्यसमा भएको लिंक खोल्नुहोस्।</translation>
    </message>
    <message>
        <source>• The link works for 24 hours.
• No e-mail after a few minutes? Look in the spam or junk folder.
• After opening the link, come back here and sign in.</source>
        <translation>• लिंक २४ घण्टासम्म चल्छ।
• केही मिनेटपछि पनि इमेल आएन? spam वा junk फोल्डरमा हेर्नुहोस्।
• लिंक खोलेपछि यहाँ फर्केर साइन इन गर्नुहोस्।</translation>
    </message>
    <message>
        <source>Send the e-mail &amp;again</source>
        <translation>इमेल फेरि पठाउनुहोस्(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Register again</source>
        <translation>फेरि दर्ता गर्नुहोस्(&amp;R)</translation>
    </message>
    <message>
        <source>I opened the link: &amp;sign in</source>
        <translation>मैले लिंक खोलेँ: साइन इन(&amp;S)</translation>
    </message>
    <message>
        <source>We sent the e-mail again at {time}. Please look for the newest one.</source>
        <translation>हामीले {time} मा इमेल फेरि पठायौं। कृपया सबैभन्दा नयाँ इमेल हेर्नुहोस्।</translation>
    </message>
</context>
</TS>
