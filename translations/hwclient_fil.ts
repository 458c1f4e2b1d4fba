<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fil_PH" sourcelanguage="en_US">
<context>
    <name>AccountPage</name>
    <message>
        <source>My account</source>
        <translation>Aking account</translation>
    </message>
    <message>
        <source>It has been a while since you changed your password. To keep your account safe, please choose a new one below.</source>
        <translation>Matagal na mula nang palitan ninyo ang inyong password. Para manatiling ligtas ang inyong account, pumili po ng bago sa ibaba.</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Mamaya &amp;na</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>Inyong mga detalye</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Mag-sign &amp;out</translation>
    </message>
    <message>
        <source>Change your password</source>
        <translation>Palitan ang inyong password</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>&amp;Kasalukuyang password</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Bagong password</translation>
    </message>
    <message>
        <source>At least 10 characters, not your e-mail address, not a common word.</source>
        <translation>Hindi bababa sa 10 character, hindi ang inyong email address, hindi karaniwang salita.</translation>
    </message>
    <message>
        <source>New password &amp;again</source>
        <translation>Bagong password &amp;ulit</translation>
    </message>
    <message>
        <source>C&amp;hange password</source>
        <translation>&amp;Palitan ang password</translation>
    </message>
    <message>
        <source>Language and reminders</source>
        <translation>Wika at mga paalala</translation>
    </message>
    <message>
        <source>&amp;Language of the app</source>
        <translation>&amp;Wika ng app</translation>
    </message>
    <message>
        <source>Remind me about my session:</source>
        <translation>Paalalahanan ako tungkol sa aking sesyon:</translation>
    </message>
    <message>
        <source>The day &amp;before</source>
        <translation>Isang araw &amp;bago</translation>
    </message>
    <message>
        <source>&amp;30 minutes before</source>
        <translation>&amp;30 minuto bago</translation>
    </message>
    <message>
        <source>When I can &amp;join</source>
        <translation>Kapag puwede na akong &amp;sumali</translation>
    </message>
    <message>
        <source>Delete your account</source>
        <translation>Burahin ang inyong account</translation>
    </message>
    <message>
        <source>This deletes your registration and personal data and cancels your future sessions. It cannot be undone. To use the service again, you would register again. Enter your password to confirm.</source>
        <translation>Buburahin nito ang inyong rehistro at personal na datos at kakanselahin ang inyong mga susunod na sesyon. Hindi na ito maibabalik. Para magamit muli ang serbisyo, kailangan ninyong magparehistro ulit. Ilagay ang inyong password para kumpirmahin.</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>&amp;Delete my account…</source>
        <translation>&amp;Burahin ang aking account…</translation>
    </message>
    <message>
        <source>Name: {name}</source>
        <translation>Pangalan: {name}</translation>
    </message>
    <message>
        <source>E-mail: {email}</source>
        <translation>Email: {email}</translation>
    </message>
    <message>
        <source>Job-seeker number: {number}</source>
        <translation>Numero ng naghahanap ng trabaho (求職番号): {number}</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(hindi ibinigay)</translation>
    </message>
    <message>
        <source>Password last changed: {date}</source>
        <translation>Huling pinalitan ang password: {date}</translation>
    </message>
    <message>
        <source>Please enter your current password.</source>
        <translation>Pakilagay ang inyong kasalukuyang password.</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>Hindi magkapareho ang dalawang bagong password.</translation>
    </message>
    <message>
        <source>Your password is changed. Other computers signed in to your account are signed out.</source>
        <translation>Napalitan na ang inyong password. Na-sign out na ang ibang computer na naka-sign in sa inyong account.</translation>
    </message>
    <message>
        <source>Please enter your password to confirm.</source>
        <translation>Pakilagay ang inyong password para kumpirmahin.</translation>
    </message>
    <message>
        <source>Delete your account?</source>
        <translation>Burahin ang inyong account?</translation>
    </message>
    <message>
        <source>Do you really want to delete your account?</source>
        <translation>Talaga bang gusto ninyong burahin ang inyong account?</translation>
    </message>
    <message>
        <source>Your future sessions will be cancelled. This cannot be undone.</source>
        <translation>Makakansela ang inyong mga susunod na sesyon. Hindi na ito maibabalik.</translation>
    </message>
    <message>
        <source>&amp;Yes, delete my account</source>
        <translation>&amp;Oo, burahin ang aking account</translation>
    </message>
    <message>
        <source>&amp;No, keep it</source>
        <translation>&amp;Hindi, huwag burahin</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation>May nangyaring mali. Pakisubukan ulit.</translation>
    </message>
    <message>
        <source>This server address is not safe. It must start with https://. Please check the address your Hello Work office gave you.</source>
        <translation>Hindi ligtas ang address ng server na ito. Dapat itong magsimula sa https://. Pakisuri ang address na ibinigay ng inyong opisina ng Hello Work.</translation>
    </message>
    <message>
        <source>Could not reach the service. Please check your internet connection and try again.</source>
        <translation>Hindi maabot ang serbisyo. Pakisuri ang inyong koneksyon sa internet at subukan ulit.</translation>
    </message>
    <message>
        <source>The connection is not secure, so the app stopped. Check that your PC&apos;s date and time are correct, or try another network.</source>
        <translation>Hindi ligtas ang koneksyon, kaya huminto ang app. Suriin kung tama ang petsa at oras ng inyong computer, o sumubok ng ibang network.</translation>
    </message>
    <message>
        <source>The service is busy or under maintenance. Please try again in a few minutes.</source>
        <translation>Abala ang serbisyo o may maintenance. Pakisubukan ulit pagkalipas ng ilang minuto.</translation>
    </message>
    <message>
        <source>The service gave an answer the app does not understand. Please check the server address, or update the app.</source>
        <translation>Nagbigay ang serbisyo ng sagot na hindi maintindihan ng app. Pakisuri ang address ng server, o i-update ang app.</translation>
    </message>
</context>
<context>
    <name>Booking</name>
    <message>
        <source>Booked</source>
        <translation>Nakareserba</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Nakansela</translation>
    </message>
    <message>
        <source>Cancelled by the office</source>
        <translation>Kinansela ng opisina</translation>
    </message>
    <message>
        <source>Missed (you did not join)</source>
        <translation>Hindi sumipot (hindi kayo sumali)</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Dumalo</translation>
    </message>
    <message>
        <source>Unknown status. Please refresh.</source>
        <translation>Hindi alam ang kalagayan. Paki-refresh.</translation>
    </message>
    <message>
        <source>Online job counselling with {office}.</source>
        <translation>Online na konsultasyon sa trabaho kasama ang {office}.</translation>
    </message>
    <message>
        <source>Open the hwclient app and press Join from 10 minutes before the start.</source>
        <translation>Buksan ang hwclient app at pindutin ang Sumali mula 10 minuto bago magsimula.</translation>
    </message>
    <message>
        <source>Have your job-seeker number ready.</source>
        <translation>Ihanda ang inyong numero ng naghahanap ng trabaho (求職番号).</translation>
    </message>
    <message>
        <source>To cancel on the day or if you have trouble, phone the office: {phone}</source>
        <translation>Para magkansela sa mismong araw o kung may problema, tawagan ang opisina: {phone}</translation>
    </message>
    <message>
        <source>Hello Work online counselling</source>
        <translation>Online na konsultasyon ng Hello Work</translation>
    </message>
    <message>
        <source>{office} (online, Zoom)</source>
        <translation>{office} (online, Zoom)</translation>
    </message>
    <message>
        <source>Your counselling session starts in 30 minutes.</source>
        <translation>Magsisimula ang inyong sesyon ng konsultasyon sa loob ng 30 minuto.</translation>
    </message>
</context>
<context>
    <name>BookingCard</name>
    <message>
        <source>Office: {office}</source>
        <translation>Opisina: {office}</translation>
    </message>
    <message>
        <source>Office phone: {phone}</source>
        <translation>Telepono ng opisina: {phone}</translation>
    </message>
    <message>
        <source>With you: {who}</source>
        <translation>Kasama ninyo: {who}</translation>
    </message>
    <message>
        <source>Reason from the office: {reason}</source>
        <translation>Dahilan mula sa opisina: {reason}</translation>
    </message>
    <message>
        <source>&amp;Cancel this session</source>
        <translation>&amp;Kanselahin ang sesyong ito</translation>
    </message>
    <message>
        <source>Cancel the session on {when}</source>
        <translation>Kanselahin ang sesyon sa {when}</translation>
    </message>
    <message>
        <source>Add to ca&amp;lendar</source>
        <translation>Idagdag sa ka&amp;lendaryo</translation>
    </message>
    <message>
        <source>The session has started, so it cannot be cancelled in the app. To cancel or if you have trouble, please phone the office: {phone}</source>
        <translation>Nagsimula na ang sesyon, kaya hindi na ito makakansela sa app. Para magkansela o kung may problema, pakitawagan ang opisina: {phone}</translation>
    </message>
    <message>
        <source>(see your Hello Work card)</source>
        <translation>(tingnan ang inyong Hello Work card)</translation>
    </message>
</context>
<context>
    <name>BookingPage</name>
    <message>
        <source>{name} (your office)</source>
        <translation>{name} (inyong opisina)</translation>
    </message>
    <message>
        <source>{prefecture} · Phone {phone}</source>
        <translation>{prefecture} · Telepono {phone}</translation>
    </message>
    <message>
        <source>Languages: {languages}</source>
        <translation>Mga wika: {languages}</translation>
    </message>
    <message>
        <source>Book a session</source>
        <translation>Magpareserba ng sesyon</translation>
    </message>
    <message>
        <source>Choose the Hello Work office for your online session.</source>
        <translation>Piliin ang opisina ng Hello Work para sa inyong online na sesyon.</translation>
    </message>
    <message>
        <source>Choose a day, then a time. Days in bold have free times. Times are Japan time.</source>
        <translation>Pumili ng araw, pagkatapos ay oras. May bakanteng oras ang mga araw na naka-bold. Oras sa Japan ang mga oras.</translation>
    </message>
    <message>
        <source>&amp;Note for the counsellor (optional), for example what you want to talk about:</source>
        <translation>&amp;Tala para sa tagapayo (opsyonal), halimbawa kung ano ang gusto ninyong pag-usapan:</translation>
    </message>
    <message>
        <source>Please check the details. You can cancel in the app until the session starts.</source>
        <translation>Pakisuri ang mga detalye. Puwede kayong magkansela sa app hanggang magsimula ang sesyon.</translation>
    </message>
    <message>
        <source>&lt; &amp;Previous step</source>
        <translation>&lt; &amp;Nakaraang hakbang</translation>
    </message>
    <message>
        <source>Add to my &amp;calendar</source>
        <translation>Idagdag sa aking &amp;kalendaryo</translation>
    </message>
    <message>
        <source>See &amp;my bookings</source>
        <translation>Tingnan ang aking mga &amp;reserbasyon</translation>
    </message>
    <message>
        <source>Step 1 of 4: choose an office</source>
        <translation>Hakbang 1 sa 4: pumili ng opisina</translation>
    </message>
    <message>
        <source>Step 2 of 4: choose a day and time</source>
        <translation>Hakbang 2 sa 4: pumili ng araw at oras</translation>
    </message>
    <message>
        <source>Step 3 of 4: who will be with you</source>
        <translation>Hakbang 3 sa 4: sino ang kasama ninyo</translation>
    </message>
    <message>
        <source>Step 4 of 4: check and book</source>
        <translation>Hakbang 4 sa 4: suriin at magpareserba</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Nakareserba na</translation>
    </message>
    <message>
        <source>&amp;Book this session</source>
        <translation>&amp;Ireserba ang sesyong ito</translation>
    </message>
    <message>
        <source>Go to &amp;home</source>
        <translation>Pumunta sa &amp;Simula</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Susunod &gt;</translation>
    </message>
    <message>
        <source>{count} / {limit} characters</source>
        <translation>{count} / {limit} character</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(wala)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kailan</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Opisina</translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation>Telepono ng opisina</translation>
    </message>
    <message>
        <source>With you</source>
        <translation>Kasama ninyo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Tala</translation>
    </message>
    <message>
        <source>There are no other free times on {day}. Please choose another day.</source>
        <translation>Wala nang ibang bakanteng oras sa {day}. Pakipili ng ibang araw.</translation>
    </message>
    <message>
        <source>✓ Your session is booked.</source>
        <translation>✓ Nakareserba na ang inyong sesyon.</translation>
    </message>
    <message>
        <source>{when}
{office}

We also sent you an e-mail. On the day, open this app and press Join from 10 minutes before the start.</source>
        <translation>{when}
{office}

Nagpadala rin kami sa inyo ng email. Sa araw ng sesyon, buksan ang app na ito at pindutin ang Sumali mula 10 minuto bago magsimula.</translation>
    </message>
    <message>
        <source>✓ Saved. Open the file to add the session to your calendar: {path}</source>
        <translation>✓ Na-save na. Buksan ang file para idagdag ang sesyon sa inyong kalendaryo: {path}</translation>
    </message>
</context>
<context>
    <name>BookingsPage</name>
    <message>
        <source>My bookings</source>
        <translation>Aking mga reserbasyon</translation>
    </message>
    <message>
        <source>&amp;Upcoming</source>
        <translation>&amp;Paparating</translation>
    </message>
    <message>
        <source>&amp;Past</source>
        <translation>&amp;Nakaraan</translation>
    </message>
    <message>
        <source>You have no upcoming sessions.</source>
        <translation>Wala kayong paparating na sesyon.</translation>
    </message>
    <message>
        <source>No past sessions yet.</source>
        <translation>Wala pang nakaraang sesyon.</translation>
    </message>
    <message>
        <source>&amp;Book a session</source>
        <translation>&amp;Magpareserba ng sesyon</translation>
    </message>
    <message>
        <source>Cancel the session?</source>
        <translation>Kanselahin ang sesyon?</translation>
    </message>
    <message>
        <source>Do you want to cancel your session on {when}?</source>
        <translation>Gusto ba ninyong kanselahin ang inyong sesyon sa {when}?</translation>
    </message>
    <message>
        <source>You can book another time afterwards.</source>
        <translation>Puwede kayong magpareserba ng ibang oras pagkatapos.</translation>
    </message>
    <message>
        <source>&amp;Yes, cancel it</source>
        <translation>&amp;Oo, kanselahin</translation>
    </message>
    <message>
        <source>&amp;No, keep it</source>
        <translation>&amp;Hindi, huwag kanselahin</translation>
    </message>
    <message>
        <source>Your session on {when} is cancelled.</source>
        <translation>Nakansela na ang inyong sesyon sa {when}.</translation>
    </message>
    <message>
        <source>Saved. Open the file to add the session to your calendar: {path}</source>
        <translation>Na-save na. Buksan ang file para idagdag ang sesyon sa inyong kalendaryo: {path}</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Save to your calendar</source>
        <translation>I-save sa inyong kalendaryo</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Mga file ng kalendaryo (*.ics)</translation>
    </message>
    <message>
        <source>The file could not be saved there. Please choose another folder.</source>
        <translation>Hindi ma-save ang file doon. Pakipili ng ibang folder.</translation>
    </message>
</context>
<context>
    <name>CameraPreview</name>
    <message>
        <source>Camera picture</source>
        <translation>Larawan mula sa camera</translation>
    </message>
    <message>
        <source>The camera picture will appear here.</source>
        <translation>Dito lalabas ang larawan mula sa camera.</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Binubuksan ang camera…</translation>
    </message>
    <message>
        <source>No camera found. Connect a webcam, or use a PC with a built-in camera, then press Check again.</source>
        <translation>Walang nakitang camera. Magkabit ng webcam, o gumamit ng computer na may built-in na camera, pagkatapos ay pindutin ang Suriin ulit.</translation>
    </message>
    <message>
        <source>This app is not allowed to use the camera. Allow it in your PC&apos;s privacy settings, then press Check again.</source>
        <translation>Hindi pinapayagan ang app na ito na gamitin ang camera. Payagan ito sa mga privacy setting ng inyong computer, pagkatapos ay pindutin ang Suriin ulit.</translation>
    </message>
    <message>
        <source>The camera could not be started. It may be in use by another app (for example Zoom or Teams). Close that app, then press Check again.</source>
        <translation>Hindi mabuksan ang camera. Baka ginagamit ito ng ibang app (halimbawa Zoom o Teams). Isara ang app na iyon, pagkatapos ay pindutin ang Suriin ulit.</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>Unknown check: %1. Known checks: %2.</source>
        <translation>Hindi kilalang pagsusuri: %1. Mga kilalang pagsusuri: %2.</translation>
    </message>
    <message>
        <source>The device check could not run. Please try again.</source>
        <translation>Hindi tumakbo ang pagsusuri ng device. Pakisubukan ulit.</translation>
    </message>
    <message>
        <source>The file %1 could not be opened.</source>
        <translation>Hindi mabuksan ang file na %1.</translation>
    </message>
    <message>
        <source>%1 is not a diagnostics bundle (it is not a zip file).</source>
        <translation>Hindi diagnostic bundle ang %1 (hindi ito zip file).</translation>
    </message>
    <message>
        <source>%1 is not a diagnostics bundle from this app.</source>
        <translation>Hindi diagnostic bundle mula sa app na ito ang %1.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of this app. Update the app to read it.</source>
        <translation>Ginawa ang %1 ng mas bagong bersyon ng app na ito. I-update ang app para mabasa ito.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read. Ask for a new bundle.</source>
        <translation>Sira ang %1 at hindi mabasa. Humingi ng bagong bundle.</translation>
    </message>
    <message>
        <source>The diagnostics bundle could not be saved to %1: %2</source>
        <translation>Hindi ma-save ang diagnostic bundle sa %1: %2</translation>
    </message>
    <message>
        <source>Diagnostics bundle saved: %1</source>
        <translation>Na-save ang diagnostic bundle: %1</translation>
    </message>
    <message>
        <source>No server is set, so the report was not sent.</source>
        <translation>Walang nakatakdang server, kaya hindi naipadala ang ulat.</translation>
    </message>
    <message>
        <source>Sign in with the app first, then send the report again.</source>
        <translation>Mag-sign in muna sa app, pagkatapos ay ipadala ulit ang ulat.</translation>
    </message>
    <message>
        <source>The report could not be sent. Check the connection and try again.</source>
        <translation>Hindi naipadala ang ulat. Suriin ang koneksyon at subukan ulit.</translation>
    </message>
    <message>
        <source>Report sent (number %1).</source>
        <translation>Naipadala ang ulat (numero %1).</translation>
    </message>
    <message>
        <source>Virus protection is turned off.</source>
        <translation>Naka-off ang antivirus.</translation>
    </message>
    <message>
        <source>Virus protection is turned off: %1.</source>
        <translation>Naka-off ang antivirus: %1.</translation>
    </message>
    <message>
        <source>Open your virus protection and turn real-time protection on.</source>
        <translation>Buksan ang inyong antivirus at i-on ang real-time na proteksyon.</translation>
    </message>
    <message>
        <source>The virus definitions of %1 are out of date.</source>
        <translation>Luma na ang virus definitions ng %1.</translation>
    </message>
    <message>
        <source>Open your virus protection and choose to check for updates.</source>
        <translation>Buksan ang inyong antivirus at piliing maghanap ng mga update.</translation>
    </message>
    <message>
        <source>%1 is on and up to date.</source>
        <translation>Naka-on at updated ang %1.</translation>
    </message>
    <message>
        <source>Gatekeeper, the Mac&apos;s protection against harmful apps, is turned off.</source>
        <translation>Naka-off ang Gatekeeper, ang proteksyon ng Mac laban sa mapanganib na app.</translation>
    </message>
    <message>
        <source>Ask someone you trust to turn it back on (Terminal: sudo spctl --master-enable).</source>
        <translation>Humingi ng tulong sa taong pinagkakatiwalaan ninyo para i-on ito ulit (Terminal: sudo spctl --master-enable).</translation>
    </message>
    <message>
        <source>The Mac&apos;s built-in malware data was last updated %1 days ago.</source>
        <translation>Huling na-update ang built-in na malware data ng Mac %1 araw na ang nakalipas.</translation>
    </message>
    <message>
        <source>Open Software Update and install the updates.</source>
        <translation>Buksan ang Software Update at i-install ang mga update.</translation>
    </message>
    <message>
        <source>The Mac&apos;s built-in protection (Gatekeeper and XProtect) is on.</source>
        <translation>Naka-on ang built-in na proteksyon ng Mac (Gatekeeper at XProtect).</translation>
    </message>
    <message>
        <source>No virus scanner was found that this app can check.</source>
        <translation>Walang nakitang antivirus na kayang suriin ng app na ito.</translation>
    </message>
    <message>
        <source>Update them (for example with: sudo freshclam).</source>
        <translation>I-update ang mga ito (halimbawa gamit ang: sudo freshclam).</translation>
    </message>
    <message>
        <source>This app (version %1) is too old to use the service.</source>
        <translation>Masyado nang luma ang app na ito (bersyon %1) para magamit ang serbisyo.</translation>
    </message>
    <message>
        <source>Download and install the new version %1.</source>
        <translation>I-download at i-install ang bagong bersyon %1.</translation>
    </message>
    <message>
        <source>A new version of this app is available: %1.</source>
        <translation>May bagong bersyon ng app na ito: %1.</translation>
    </message>
    <message>
        <source>This app is up to date (version %1).</source>
        <translation>Updated ang app na ito (bersyon %1).</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Mikropono</translation>
    </message>
    <message>
        <source>Speakers or headphones</source>
        <translation>Speaker o headphones</translation>
    </message>
    <message>
        <source>Operating system and updates</source>
        <translation>Operating system at mga update</translation>
    </message>
    <message>
        <source>Virus protection</source>
        <translation>Antivirus</translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation>Firewall</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>Connection to the service and Zoom</source>
        <translation>Koneksyon sa serbisyo at sa Zoom</translation>
    </message>
    <message>
        <source>Zoom app</source>
        <translation>App ng Zoom</translation>
    </message>
    <message>
        <source>This app</source>
        <translation>Ang app na ito</translation>
    </message>
    <message>
        <source>Recording and file-sharing programs</source>
        <translation>Mga programang pang-record at pang-share ng file</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Kuryente</translation>
    </message>
    <message>
        <source>Computer load</source>
        <translation>Bigat ng trabaho ng computer</translation>
    </message>
    <message>
        <source>This could not be checked on this computer.</source>
        <translation>Hindi ito masuri sa computer na ito.</translation>
    </message>
    <message>
        <source>The check timed out before this computer answered.</source>
        <translation>Naubos ang oras ng pagsusuri bago sumagot ang computer na ito.</translation>
    </message>
    <message>
        <source>The tool needed for this check is not on this computer.</source>
        <translation>Wala sa computer na ito ang tool na kailangan para sa pagsusuring ito.</translation>
    </message>
    <message>
        <source>The answer from this computer could not be read.</source>
        <translation>Hindi mabasa ang sagot mula sa computer na ito.</translation>
    </message>
    <message>
        <source>The counselling service cannot be reached.</source>
        <translation>Hindi maabot ang serbisyo ng konsultasyon.</translation>
    </message>
    <message>
        <source>Zoom cannot be reached.</source>
        <translation>Hindi maabot ang Zoom.</translation>
    </message>
    <message>
        <source>Check that the internet works (open a web page). At work or school, a network filter may block it: ask the administrator.</source>
        <translation>Suriin kung gumagana ang internet (magbukas ng web page). Sa trabaho o paaralan, baka hinaharangan ito ng network filter: magtanong sa administrator.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is off by about %1 minutes.</source>
        <translation>Mali ang orasan ng computer na ito nang mga %1 minuto.</translation>
    </message>
    <message>
        <source>Turn on &quot;Set time automatically&quot; in the date and time settings.</source>
        <translation>I-on ang &quot;Set time automatically&quot; sa mga setting ng petsa at oras.</translation>
    </message>
    <message>
        <source>The connection is slow (%1 ms).</source>
        <translation>Mabagal ang koneksyon (%1 ms).</translation>
    </message>
    <message>
        <source>Move closer to the Wi-Fi router or use a network cable.</source>
        <translation>Lumapit sa Wi-Fi router o gumamit ng network cable.</translation>
    </message>
    <message>
        <source>The service and Zoom can be reached, and the clock is right.</source>
        <translation>Naaabot ang serbisyo at ang Zoom, at tama ang orasan.</translation>
    </message>
    <message>
        <source>Zoom can be reached, and the clock is right.</source>
        <translation>Naaabot ang Zoom, at tama ang orasan.</translation>
    </message>
    <message>
        <source>No camera was found.</source>
        <translation>Walang nakitang camera.</translation>
    </message>
    <message>
        <source>Connect a webcam, or check that the built-in camera is switched on (some laptops have a switch or a key for it). Then check again.</source>
        <translation>Magkabit ng webcam, o suriin kung naka-on ang built-in na camera (may switch o key para dito ang ilang laptop). Pagkatapos ay suriin ulit.</translation>
    </message>
    <message>
        <source>A camera was found: %1. The picture is tested in the app.</source>
        <translation>May nakitang camera: %1. Sinusuri ang larawan sa app.</translation>
    </message>
    <message>
        <source>This computer does not allow apps to use the camera.</source>
        <translation>Hindi pinapayagan ng computer na ito ang mga app na gamitin ang camera.</translation>
    </message>
    <message>
        <source>Open the camera privacy setting, allow apps (and this app) to use the camera, then check again.</source>
        <translation>Buksan ang privacy setting ng camera, payagan ang mga app (at ang app na ito) na gamitin ang camera, pagkatapos ay suriin ulit.</translation>
    </message>
    <message>
        <source>Another app is using the camera.</source>
        <translation>May ibang app na gumagamit ng camera.</translation>
    </message>
    <message>
        <source>Close other apps that may use the camera (Zoom, Teams, Skype, LINE, a browser tab), then check again.</source>
        <translation>Isara ang ibang app na maaaring gumagamit ng camera (Zoom, Teams, Skype, LINE, isang tab ng browser), pagkatapos ay suriin ulit.</translation>
    </message>
    <message>
        <source>The camera works.</source>
        <translation>Gumagana ang camera.</translation>
    </message>
    <message>
        <source>The camera did not send a picture.</source>
        <translation>Walang ipinadalang larawan ang camera.</translation>
    </message>
    <message>
        <source>Check that the lens is not covered, unplug the camera and plug it in again, or restart the computer. Then check again.</source>
        <translation>Suriin kung hindi natatakpan ang lente, tanggalin at ikabit ulit ang camera, o i-restart ang computer. Pagkatapos ay suriin ulit.</translation>
    </message>
    <message>
        <source>Found: %1.</source>
        <translation>Nakita: %1.</translation>
    </message>
    <message>
        <source>No microphone was found.</source>
        <translation>Walang nakitang mikropono.</translation>
    </message>
    <message>
        <source>Connect a headset or microphone, or allow microphone use in the privacy settings. Then check again.</source>
        <translation>Magkabit ng headset o mikropono, o payagan ang paggamit ng mikropono sa mga privacy setting. Pagkatapos ay suriin ulit.</translation>
    </message>
    <message>
        <source>No speakers or headphones were found.</source>
        <translation>Walang nakitang speaker o headphones.</translation>
    </message>
    <message>
        <source>Connect headphones or speakers, or turn the sound on. Then check again.</source>
        <translation>Magkabit ng headphones o speaker, o i-on ang tunog. Pagkatapos ay suriin ulit.</translation>
    </message>
    <message>
        <source>The firewall is on.</source>
        <translation>Naka-on ang firewall.</translation>
    </message>
    <message>
        <source>The firewall is off for these networks: %1.</source>
        <translation>Naka-off ang firewall para sa mga network na ito: %1.</translation>
    </message>
    <message>
        <source>Open the firewall settings and turn the firewall on.</source>
        <translation>Buksan ang mga setting ng firewall at i-on ang firewall.</translation>
    </message>
    <message>
        <source>The Mac&apos;s firewall is off.</source>
        <translation>Naka-off ang firewall ng Mac.</translation>
    </message>
    <message>
        <source>Open the Network settings, choose Firewall and turn it on.</source>
        <translation>Buksan ang mga setting ng Network, piliin ang Firewall at i-on ito.</translation>
    </message>
    <message>
        <source>No firewall was found that this app can check.</source>
        <translation>Walang nakitang firewall na kayang suriin ng app na ito.</translation>
    </message>
    <message>
        <source>This computer is not connected to a network.</source>
        <translation>Hindi nakakonekta sa network ang computer na ito.</translation>
    </message>
    <message>
        <source>Connect to your home Wi-Fi or plug in a network cable, then check again.</source>
        <translation>Kumonekta sa Wi-Fi sa bahay o magkabit ng network cable, pagkatapos ay suriin ulit.</translation>
    </message>
    <message>
        <source>This Wi-Fi has no password or uses old, unsafe protection.</source>
        <translation>Walang password ang Wi-Fi na ito o gumagamit ito ng luma at hindi ligtas na proteksyon.</translation>
    </message>
    <message>
        <source>Use your home Wi-Fi with a password (WPA2 or WPA3) or a network cable.</source>
        <translation>Gamitin ang Wi-Fi sa bahay na may password (WPA2 o WPA3) o network cable.</translation>
    </message>
    <message>
        <source>This Wi-Fi uses weak protection.</source>
        <translation>Mahina ang proteksyon ng Wi-Fi na ito.</translation>
    </message>
    <message>
        <source>If it is your router, set it to WPA2 or WPA3 (AES).</source>
        <translation>Kung sa inyo ang router, itakda ito sa WPA2 o WPA3 (AES).</translation>
    </message>
    <message>
        <source>This looks like a free or public Wi-Fi hotspot.</source>
        <translation>Mukhang libre o pampublikong Wi-Fi hotspot ito.</translation>
    </message>
    <message>
        <source>Counselling is private: use your home network, not a public one.</source>
        <translation>Pribado ang konsultasyon: gamitin ang network sa bahay, hindi pampubliko.</translation>
    </message>
    <message>
        <source>Windows treats this network as a public network.</source>
        <translation>Itinuturing ng Windows na pampublikong network ito.</translation>
    </message>
    <message>
        <source>If you are at a café, station or hotel, go home first. At home, you can set this network to Private.</source>
        <translation>Kung nasa café, istasyon o hotel kayo, umuwi muna. Sa bahay, puwede ninyong itakda ang network na ito sa Private.</translation>
    </message>
    <message>
        <source>Connected by cable.</source>
        <translation>Nakakonekta gamit ang cable.</translation>
    </message>
    <message>
        <source>Connected by Wi-Fi.</source>
        <translation>Nakakonekta gamit ang Wi-Fi.</translation>
    </message>
    <message>
        <source>Connected by mobile data. A 30-minute video call uses a lot of data.</source>
        <translation>Nakakonekta gamit ang mobile data. Malaki ang nagagamit na data ng 30-minutong video call.</translation>
    </message>
    <message>
        <source>Connected through a VPN.</source>
        <translation>Nakakonekta sa pamamagitan ng VPN.</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Nakakonekta.</translation>
    </message>
    <message>
        <source>%1 no longer gets security updates.</source>
        <translation>Hindi na nakakatanggap ng mga security update ang %1.</translation>
    </message>
    <message>
        <source>Update to a newer version. Open the update settings to start.</source>
        <translation>Mag-update sa mas bagong bersyon. Buksan ang mga setting ng update para magsimula.</translation>
    </message>
    <message>
        <source>%1 is a current version.</source>
        <translation>Kasalukuyang bersyon ang %1.</translation>
    </message>
    <message>
        <source>%1: its support dates are not known yet.</source>
        <translation>%1: hindi pa alam ang mga petsa ng suporta nito.</translation>
    </message>
    <message>
        <source>%1 probably no longer gets security updates.</source>
        <translation>Malamang hindi na nakakatanggap ng mga security update ang %1.</translation>
    </message>
    <message>
        <source>%1 stopped getting security updates on %2.</source>
        <translation>Huminto ang mga security update ng %1 noong %2.</translation>
    </message>
    <message>
        <source>%1 gets security updates only until %2.</source>
        <translation>Makakatanggap lang ng mga security update ang %1 hanggang %2.</translation>
    </message>
    <message>
        <source>Plan to update to a newer version before then.</source>
        <translation>Magplanong mag-update sa mas bagong bersyon bago noon.</translation>
    </message>
    <message>
        <source>%1 is supported until %2.</source>
        <translation>Suportado ang %1 hanggang %2.</translation>
    </message>
    <message>
        <source>%1 is a server system, not a PC system.</source>
        <translation>Ang %1 ay system para sa server, hindi para sa PC.</translation>
    </message>
    <message>
        <source>Use a PC with Windows 11 or a Mac if you can.</source>
        <translation>Gumamit ng PC na may Windows 11 o ng Mac kung kaya.</translation>
    </message>
    <message>
        <source>Open Windows Update and install the updates.</source>
        <translation>Buksan ang Windows Update at i-install ang mga update.</translation>
    </message>
    <message>
        <source>The last update was installed %1 days ago.</source>
        <translation>Na-install ang huling update %1 araw na ang nakalipas.</translation>
    </message>
    <message>
        <source>%1 has updates waiting to be installed.</source>
        <translation>May mga update ang %1 na naghihintay ma-install.</translation>
    </message>
    <message>
        <source>%1: this app cannot tell whether it still gets security updates.</source>
        <translation>%1: hindi matukoy ng app na ito kung nakakatanggap pa ito ng mga security update.</translation>
    </message>
    <message>
        <source>Install your system&apos;s updates regularly.</source>
        <translation>I-install nang regular ang mga update ng inyong system.</translation>
    </message>
    <message>
        <source>No battery: the computer runs on mains power.</source>
        <translation>Walang baterya: nakasaksak sa kuryente ang computer.</translation>
    </message>
    <message>
        <source>The power cable is connected.</source>
        <translation>Nakakabit ang power cable.</translation>
    </message>
    <message>
        <source>The battery is low (%1 %).</source>
        <translation>Mahina na ang baterya (%1 %).</translation>
    </message>
    <message>
        <source>Connect the power cable before the session.</source>
        <translation>Ikabit ang power cable bago ang sesyon.</translation>
    </message>
    <message>
        <source>Running on battery. Connecting the power cable for the session is safer.</source>
        <translation>Tumatakbo sa baterya. Mas ligtas na ikabit ang power cable para sa sesyon.</translation>
    </message>
    <message>
        <source>The processor is very busy (%1 %).</source>
        <translation>Sobrang abala ang processor (%1 %).</translation>
    </message>
    <message>
        <source>Memory is nearly full (%1 %).</source>
        <translation>Halos puno na ang memory (%1 %).</translation>
    </message>
    <message>
        <source>Close programs and browser tabs you do not need, then check again.</source>
        <translation>Isara ang mga programa at tab ng browser na hindi kailangan, pagkatapos ay suriin ulit.</translation>
    </message>
    <message>
        <source>The computer has enough free capacity.</source>
        <translation>May sapat na kakayahan pa ang computer.</translation>
    </message>
    <message>
        <source>A file-sharing (P2P) program is running: %1.</source>
        <translation>May tumatakbong programang pang-share ng file (P2P): %1.</translation>
    </message>
    <message>
        <source>Quit it and, if you can, uninstall it. Then check again.</source>
        <translation>Isara ito at, kung kaya, i-uninstall ito. Pagkatapos ay suriin ulit.</translation>
    </message>
    <message>
        <source>A screen recording program is running: %1.</source>
        <translation>May tumatakbong programang pang-record ng screen: %1.</translation>
    </message>
    <message>
        <source>Recording the counselling is not allowed. Quit the program before the session.</source>
        <translation>Hindi pinapayagang i-record ang konsultasyon. Isara ang programa bago ang sesyon.</translation>
    </message>
    <message>
        <source>No recording or file-sharing programs are running.</source>
        <translation>Walang tumatakbong programang pang-record o pang-share ng file.</translation>
    </message>
    <message>
        <source>The Zoom app is not installed.</source>
        <translation>Hindi naka-install ang Zoom app.</translation>
    </message>
    <message>
        <source>Install Zoom Workplace from zoom.us, then check again.</source>
        <translation>I-install ang Zoom Workplace mula sa zoom.us, pagkatapos ay suriin ulit.</translation>
    </message>
    <message>
        <source>Zoom is installed, but its version could not be read.</source>
        <translation>Naka-install ang Zoom, pero hindi mabasa ang bersyon nito.</translation>
    </message>
    <message>
        <source>Open Zoom once before the session so it can update itself.</source>
        <translation>Buksan ang Zoom minsan bago ang sesyon para ma-update nito ang sarili.</translation>
    </message>
    <message>
        <source>Zoom %1 is too old to join meetings (needs %2 or newer).</source>
        <translation>Masyado nang luma ang Zoom %1 para sumali sa mga meeting (kailangan ang %2 o mas bago).</translation>
    </message>
    <message>
        <source>Open Zoom and choose Check for Updates, or install it again from zoom.us.</source>
        <translation>Buksan ang Zoom at piliin ang Check for Updates, o i-install ito ulit mula sa zoom.us.</translation>
    </message>
    <message>
        <source>Zoom %1 is installed.</source>
        <translation>Naka-install ang Zoom %1.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Ayos</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Babala</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Hindi alam</translation>
    </message>
    <message>
        <source>Device check, %1 (hwclient %2, %3)</source>
        <translation>Pagsusuri ng device, %1 (hwclient %2, %3)</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Resulta: %1</translation>
    </message>
</context>
<context>
    <name>Companions</name>
    <message>
        <source>No one: I will be alone in a private room.</source>
        <translation>Wala: mag-isa ako sa isang pribadong kuwarto.</translation>
    </message>
    <message>
        <source>a family member</source>
        <translation>isang kapamilya</translation>
    </message>
    <message>
        <source>a support worker</source>
        <translation>isang tagasuporta</translation>
    </message>
    <message>
        <source>an interpreter</source>
        <translation>isang tagasalin</translation>
    </message>
    <message>
        <source>a carer</source>
        <translation>isang tagapag-alaga</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>ibang tao</translation>
    </message>
</context>
<context>
    <name>CompanionsEditor</name>
    <message>
        <source>Please be in a private room during the session. If someone will be with you, tick who it is, so the counsellor knows:</source>
        <translation>Pakisiguradong nasa pribadong kuwarto kayo habang may sesyon. Kung may makakasama kayo, lagyan ng tsek kung sino, para malaman ng tagapayo:</translation>
    </message>
    <message>
        <source>A &amp;family member</source>
        <translation>Isang &amp;kapamilya</translation>
    </message>
    <message>
        <source>A &amp;support worker</source>
        <translation>Isang &amp;tagasuporta</translation>
    </message>
    <message>
        <source>An &amp;interpreter, for this language:</source>
        <translation>Isang tagasa&amp;lin, para sa wikang ito:</translation>
    </message>
    <message>
        <source>A &amp;carer</source>
        <translation>Isang tagapag-&amp;alaga</translation>
    </message>
    <message>
        <source>Someone &amp;else (please say who):</source>
        <translation>Ibang &amp;tao (pakisabi kung sino):</translation>
    </message>
    <message>
        <source>Language of the interpreter</source>
        <translation>Wika ng tagasalin</translation>
    </message>
    <message>
        <source>Who else will be with you</source>
        <translation>Sino pa ang makakasama ninyo</translation>
    </message>
    <message>
        <source>For example: a friend</source>
        <translation>Halimbawa: isang kaibigan</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <source>Starting now</source>
        <translation>Magsisimula na</translation>
    </message>
    <message>
        <source>Starts in {time}</source>
        <translation>Magsisimula sa loob ng {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n araw</numerusform>
            <numerusform>%n araw</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n oras</numerusform>
            <numerusform>%n oras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minuto</numerusform>
        </translation>
    </message>
    <message>
        <source>{larger} and {smaller}</source>
        <translation>{larger} at {smaller}</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>The demo is not included in this version of the app. Please use the server address from your Hello Work office instead.</source>
        <translation>Walang demo sa bersyong ito ng app. Pakigamit na lang ang address ng server mula sa inyong opisina ng Hello Work.</translation>
    </message>
</context>
<context>
    <name>DemoMailbox</name>
    <message>
        <source>Demo mailbox</source>
        <translation>Demo na mailbox</translation>
    </message>
    <message>
        <source>In the demo, mails are not really sent. They appear here instead. Select a mail to read it, and click its link to continue.</source>
        <translation>Sa demo, hindi talaga ipinapadala ang mga email. Dito lumalabas ang mga ito. Pumili ng email para basahin, at i-click ang link nito para magpatuloy.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Oras</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para kay</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Paksa</translation>
    </message>
    <message>
        <source>Mails, newest first</source>
        <translation>Mga email, pinakabago sa itaas</translation>
    </message>
    <message>
        <source>Text of the selected mail</source>
        <translation>Teksto ng napiling email</translation>
    </message>
    <message>
        <source>No mails yet. Register an account to receive one.</source>
        <translation>Wala pang email. Gumawa ng account para makatanggap ng isa.</translation>
    </message>
    <message>
        <source>This mail has no text.</source>
        <translation>Walang teksto ang email na ito.</translation>
    </message>
    <message>
        <source>Completing your registration…</source>
        <translation>Tinatapos ang inyong pagpaparehistro…</translation>
    </message>
    <message>
        <source>Your registration is complete. You can sign in now.</source>
        <translation>Tapos na ang inyong pagpaparehistro. Puwede na kayong mag-sign in.</translation>
    </message>
</context>
<context>
    <name>DeviceCheckPage</name>
    <message>
        <source>Check my device</source>
        <translation>Suriin ang aking device</translation>
    </message>
    <message>
        <source>Let&apos;s check that your PC is ready for a video session. You should see yourself, the bar should move when you speak, and you should hear the test sound.</source>
        <translation>Tingnan natin kung handa ang inyong computer para sa video na sesyon. Dapat ninyong makita ang inyong sarili, dapat gumalaw ang bar kapag nagsasalita kayo, at dapat ninyong marinig ang test na tunog.</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Mikropono</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>Lakas ng mikropono</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Mga speaker</translation>
    </message>
    <message>
        <source>&amp;Play test sound</source>
        <translation>&amp;Patugtugin ang test na tunog</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Suriin &amp;ulit</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Magpatuloy</translation>
    </message>
    <message>
        <source>No microphone found. Connect a headset or a microphone.</source>
        <translation>Walang nakitang mikropono. Magkabit ng headset o mikropono.</translation>
    </message>
    <message>
        <source>We can hear you.</source>
        <translation>Naririnig namin kayo.</translation>
    </message>
    <message>
        <source>Say something: the bar should move.</source>
        <translation>Magsalita: dapat gumalaw ang bar.</translation>
    </message>
    <message>
        <source>The microphone could not be started. Close other apps using it.</source>
        <translation>Hindi mabuksan ang mikropono. Isara ang ibang app na gumagamit nito.</translation>
    </message>
    <message>
        <source>No speakers found. Connect speakers or headphones.</source>
        <translation>Walang nakitang speaker. Magkabit ng speaker o headphones.</translation>
    </message>
    <message>
        <source>Did you hear a chime? If not, turn up the volume and play it again.</source>
        <translation>Nakarinig ba kayo ng chime? Kung hindi, lakasan ang volume at patugtugin ulit.</translation>
    </message>
    <message>
        <source>Press the button: you should hear a short chime.</source>
        <translation>Pindutin ang button: dapat kayong makarinig ng maikling chime.</translation>
    </message>
    <message numerus="yes">
        <source>Checking your PC… %n of %1 done.</source>
        <translation>
            <numerusform>Sinusuri ang inyong computer… %n sa %1 ang tapos na.</numerusform>
            <numerusform>Sinusuri ang inyong computer… %n sa %1 ang tapos na.</numerusform>
        </translation>
    </message>
    <message>
        <source>The check is finished.</source>
        <translation>Tapos na ang pagsusuri.</translation>
    </message>
    <message>
        <source>Some things must be fixed before your session. See the steps below.</source>
        <translation>May ilang bagay na kailangang ayusin bago ang inyong sesyon. Tingnan ang mga hakbang sa ibaba.</translation>
    </message>
    <message>
        <source>Your PC can be used, but some things need attention.</source>
        <translation>Magagamit ang inyong computer, pero may ilang bagay na dapat bantayan.</translation>
    </message>
    <message>
        <source>Your PC is ready for the session.</source>
        <translation>Handa na ang inyong computer para sa sesyon.</translation>
    </message>
    <message>
        <source>The result was sent to your Hello Work office.</source>
        <translation>Naipadala ang resulta sa inyong opisina ng Hello Work.</translation>
    </message>
</context>
<context>
    <name>ForgotPage</name>
    <message>
        <source>Forgot your password?</source>
        <translation>Nakalimutan ang password?</translation>
    </message>
    <message>
        <source>For your safety, passwords are not reset by e-mail, and accounts are not issued again. Please phone your Hello Work office. They will check who you are and help you.</source>
        <translation>Para sa inyong kaligtasan, hindi nire-reset ang password sa pamamagitan ng email, at hindi na muling ibinibigay ang account. Pakitawagan ang inyong opisina ng Hello Work. Kukumpirmahin nila kung sino kayo at tutulungan kayo.</translation>
    </message>
    <message>
        <source>When you call, say that you use the online counselling app and forgot your password. Have your Hello Work card (with your job-seeker number) ready.</source>
        <translation>Kapag tumawag kayo, sabihing ginagamit ninyo ang app para sa online na konsultasyon at nakalimutan ninyo ang inyong password. Ihanda ang inyong Hello Work card (na may numero ng naghahanap ng trabaho (求職番号)).</translation>
    </message>
    <message>
        <source>Hello Work offices</source>
        <translation>Mga opisina ng Hello Work</translation>
    </message>
    <message>
        <source>&amp;Back to sign in</source>
        <translation>&amp;Bumalik sa pag-sign in</translation>
    </message>
    <message>
        <source>The phone number of your office is on your Hello Work card and on the Hello Work website.</source>
        <translation>Nasa inyong Hello Work card at sa website ng Hello Work ang numero ng telepono ng inyong opisina.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Home</source>
        <translation>Simula</translation>
    </message>
    <message>
        <source>Your next session</source>
        <translation>Inyong susunod na sesyon</translation>
    </message>
    <message>
        <source>&amp;Join the session</source>
        <translation>&amp;Sumali sa sesyon</translation>
    </message>
    <message>
        <source>&amp;Book a session</source>
        <translation>&amp;Magpareserba ng sesyon</translation>
    </message>
    <message>
        <source>&amp;My bookings</source>
        <translation>Aking mga &amp;reserbasyon</translation>
    </message>
    <message>
        <source>You have no session booked.</source>
        <translation>Wala kayong nakareserbang sesyon.</translation>
    </message>
    <message>
        <source>&amp;Check my device</source>
        <translation>&amp;Suriin ang aking device</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>Subukan &amp;ulit</translation>
    </message>
    <message>
        <source>Hello, {name}.</source>
        <translation>Kumusta, {name}.</translation>
    </message>
    <message>
        <source>Office: {office}</source>
        <translation>Opisina: {office}</translation>
    </message>
    <message>
        <source>Office: {office} (phone {phone})</source>
        <translation>Opisina: {office} (telepono {phone})</translation>
    </message>
    <message>
        <source>With you: {who}</source>
        <translation>Kasama ninyo: {who}</translation>
    </message>
    <message>
        <source>Please check your camera, microphone and PC before the session.</source>
        <translation>Pakisuri ang inyong camera, mikropono at computer bago ang sesyon.</translation>
    </message>
    <message>
        <source>Your last device check found problems. Please fix them and check again.</source>
        <translation>May nakitang problema ang huling pagsusuri ng device. Pakiayos ang mga ito at suriin ulit.</translation>
    </message>
    <message>
        <source>Joining is open now. Press Join the session.</source>
        <translation>Puwede nang sumali. Pindutin ang Sumali sa sesyon.</translation>
    </message>
    <message>
        <source>You can join from {time} (10 minutes before the start).</source>
        <translation>Puwede kayong sumali mula {time} (10 minuto bago magsimula).</translation>
    </message>
    <message>
        <source>The time to join has passed. If you could not join, please phone the office: {phone}</source>
        <translation>Lumipas na ang oras para sumali. Kung hindi kayo nakasali, pakitawagan ang opisina: {phone}</translation>
    </message>
</context>
<context>
    <name>JobSeekerNumber</name>
    <message>
        <source>Please enter your job-seeker number. It is on your Hello Work card.</source>
        <translation>Pakilagay ang inyong numero ng naghahanap ng trabaho (求職番号). Nasa inyong Hello Work card ito.</translation>
    </message>
    <message>
        <source>Please use only numbers and one hyphen, like {example}.</source>
        <translation>Mga numero at isang gitling lang po ang gamitin, tulad ng {example}.</translation>
    </message>
    <message>
        <source>Please use only one hyphen, after the first 5 numbers, like {example}.</source>
        <translation>Isang gitling lang po ang gamitin, pagkatapos ng unang 5 numero, tulad ng {example}.</translation>
    </message>
    <message>
        <source>The part before the hyphen has 5 numbers, like {example}.</source>
        <translation>May 5 numero ang bahagi bago ang gitling, tulad ng {example}.</translation>
    </message>
    <message>
        <source>The part after the hyphen has 1 to 8 numbers, like {example}.</source>
        <translation>May 1 hanggang 8 numero ang bahagi pagkatapos ng gitling, tulad ng {example}.</translation>
    </message>
</context>
<context>
    <name>JoinPage</name>
    <message>
        <source>Join the session</source>
        <translation>Sumali sa sesyon</translation>
    </message>
    <message>
        <source>Before you join, please confirm each point:</source>
        <translation>Bago sumali, pakikumpirma ang bawat punto:</translation>
    </message>
    <message>
        <source>I am in a private room, or everyone with me was declared in the booking.</source>
        <translation>Nasa pribadong kuwarto ako, o naideklara sa reserbasyon ang lahat ng kasama ko.</translation>
    </message>
    <message>
        <source>I will not record the session (no screen or sound recording).</source>
        <translation>Hindi ko ire-record ang sesyon (walang pag-record ng screen o tunog).</translation>
    </message>
    <message>
        <source>&amp;Open Zoom and join</source>
        <translation>&amp;Buksan ang Zoom at sumali</translation>
    </message>
    <message>
        <source>My name in Zoom will be my registered name: {name}. The counsellor checks it with my job-seeker number.</source>
        <translation>Ang pangalan ko sa Zoom ay ang nakarehistro kong pangalan: {name}. Susuriin ito ng tagapayo kasama ang aking numero ng naghahanap ng trabaho (求職番号).</translation>
    </message>
    <message>
        <source>{when} with {office}</source>
        <translation>{when} kasama ang {office}</translation>
    </message>
    <message>
        <source>Declared in your booking: {who}</source>
        <translation>Naideklara sa inyong reserbasyon: {who}</translation>
    </message>
    <message>
        <source>Zoom could not be opened. Please install Zoom or try another browser.</source>
        <translation>Hindi mabuksan ang Zoom. Paki-install ang Zoom o sumubok ng ibang browser.</translation>
    </message>
    <message>
        <source>Zoom is opening. If nothing happens, open the meeting in your browser.</source>
        <translation>Binubuksan ang Zoom. Kung walang nangyari, buksan ang meeting sa inyong browser.</translation>
    </message>
    <message>
        <source>The meeting is opening in your browser.</source>
        <translation>Binubuksan ang meeting sa inyong browser.</translation>
    </message>
    <message>
        <source>Open in &amp;browser</source>
        <translation>Buksan sa &amp;browser</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Language</source>
        <translation>Wika</translation>
    </message>
    <message>
        <source>Choose the language for this app. You can change it later in Settings.</source>
        <translation>Piliin ang wika ng app na ito. Puwede ninyo itong palitan mamaya sa Mga Setting.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Magpatuloy</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Hello Work online counselling</source>
        <translation>Online na konsultasyon ng Hello Work</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Bumalik</translation>
    </message>
    <message>
        <source>Back to the previous step</source>
        <translation>Bumalik sa nakaraang hakbang</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Mga hakbang</translation>
    </message>
    <message>
        <source>&amp;App</source>
        <translation>&amp;App</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Lumabas</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Tulong</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostic info for the help desk</source>
        <translation>&amp;Kopyahin ang diagnostic na impormasyon para sa help desk</translation>
    </message>
    <message>
        <source>&amp;About this app</source>
        <translation>&amp;Tungkol sa app na ito</translation>
    </message>
    <message>
        <source>Demo &amp;mailbox</source>
        <translation>Demo na &amp;mailbox</translation>
    </message>
    <message>
        <source>Demo mode: nothing here is real. Sign in with {email} and the password {password}.</source>
        <translation>Demo mode: walang totoo rito. Mag-sign in gamit ang {email} at ang password na {password}.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Wika</translation>
    </message>
    <message>
        <source>Check my device</source>
        <translation>Suriin ang aking device</translation>
    </message>
    <message>
        <source>Terms of use</source>
        <translation>Mga tuntunin ng paggamit</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Mag-sign in</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Simula</translation>
    </message>
    <message>
        <source>Book a session</source>
        <translation>Magpareserba ng sesyon</translation>
    </message>
    <message>
        <source>My bookings</source>
        <translation>Aking mga reserbasyon</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>Aking account</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Mga Setting</translation>
    </message>
    <message>
        <source>Could not reach the Hello Work service. Check your internet connection, then press Try again. You can check your device meanwhile.</source>
        <translation>Hindi maabot ang serbisyo ng Hello Work. Suriin ang inyong koneksyon sa internet, pagkatapos ay pindutin ang Subukan ulit. Habang naghihintay, puwede ninyong suriin ang inyong device.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>Subukan &amp;ulit</translation>
    </message>
    <message>
        <source>You were signed out. Please sign in again to continue where you were.</source>
        <translation>Na-sign out kayo. Paki-sign in ulit para maituloy kung saan kayo tumigil.</translation>
    </message>
    <message>
        <source>Diagnostic info copied. You can paste it into a mail to the help desk.</source>
        <translation>Nakopya na ang diagnostic na impormasyon. Puwede ninyo itong i-paste sa email para sa help desk.</translation>
    </message>
    <message>
        <source>About this app</source>
        <translation>Tungkol sa app na ito</translation>
    </message>
    <message>
        <source>Hello Work online counselling, version {version}</source>
        <translation>Online na konsultasyon ng Hello Work, bersyon {version}</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>May nangyaring mali</translation>
    </message>
    <message>
        <source>Something went wrong in the app. Please try again. If it happens again, copy the diagnostic info and send it to the help desk.</source>
        <translation>May nangyaring mali sa app. Pakisubukan ulit. Kung mangyari ulit, kopyahin ang diagnostic na impormasyon at ipadala ito sa help desk.</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostic info</source>
        <translation>&amp;Kopyahin ang diagnostic na impormasyon</translation>
    </message>
</context>
<context>
    <name>Meeting</name>
    <message>
        <source>The meeting link from the service does not look like a Zoom link, so the app did not open it. Please phone your Hello Work office.</source>
        <translation>Mukhang hindi Zoom link ang link ng meeting mula sa serbisyo, kaya hindi ito binuksan ng app. Pakitawagan ang inyong opisina ng Hello Work.</translation>
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
        <translation>Pakitawagan ang inyong opisina ng Hello Work: {phone}.</translation>
    </message>
    <message>
        <source>Please phone your Hello Work office.</source>
        <translation>Pakitawagan ang inyong opisina ng Hello Work.</translation>
    </message>
    <message>
        <source>Some information is missing or not in the right form.</source>
        <translation>May kulang na impormasyon o hindi tama ang anyo nito.</translation>
    </message>
    <message>
        <source>Please check the marked fields and try again.</source>
        <translation>Pakisuri ang mga may markang field at subukan ulit.</translation>
    </message>
    <message>
        <source>This password is too easy to guess.</source>
        <translation>Masyadong madaling hulaan ang password na ito.</translation>
    </message>
    <message>
        <source>Please choose a password of at least 10 characters that is not your e-mail address and not a common word.</source>
        <translation>Pumili po ng password na hindi bababa sa 10 character, na hindi ang inyong email address at hindi karaniwang salita.</translation>
    </message>
    <message>
        <source>Please choose a harder password.</source>
        <translation>Pumili po ng mas mahirap na password.</translation>
    </message>
    <message>
        <source>This link does not work any more. It may be older than 24 hours or used already.</source>
        <translation>Hindi na gumagana ang link na ito. Baka lampas na ito sa 24 na oras o nagamit na.</translation>
    </message>
    <message>
        <source>Please register again to get a new link, or sign in if you already finished.</source>
        <translation>Magparehistro po ulit para makakuha ng bagong link, o mag-sign in kung tapos na kayo.</translation>
    </message>
    <message>
        <source>The e-mail address or the password is not right.</source>
        <translation>Hindi tama ang email address o ang password.</translation>
    </message>
    <message>
        <source>Please check both and try again. Capital letters count.</source>
        <translation>Pakisuri ang dalawa at subukan ulit. Mahalaga ang malalaking titik.</translation>
    </message>
    <message>
        <source>Please check your password.</source>
        <translation>Pakisuri ang inyong password.</translation>
    </message>
    <message>
        <source>Your registration is not finished yet.</source>
        <translation>Hindi pa tapos ang inyong pagpaparehistro.</translation>
    </message>
    <message>
        <source>Please open the link in the e-mail we sent you. We can send the e-mail again.</source>
        <translation>Pakibuksan ang link sa email na ipinadala namin. Puwede naming ipadala ulit ang email.</translation>
    </message>
    <message>
        <source>Sign-in is paused after several wrong passwords, to protect your account.</source>
        <translation>Pansamantalang itinigil ang pag-sign in pagkatapos ng ilang maling password, para protektahan ang inyong account.</translation>
    </message>
    <message numerus="yes">
        <source>Please try again in %n minute(s). If you forgot your password, phone your office.</source>
        <translation>
            <numerusform>Pakisubukan ulit pagkalipas ng %n minuto. Kung nakalimutan ninyo ang password, tawagan ang inyong opisina.</numerusform>
            <numerusform>Pakisubukan ulit pagkalipas ng %n minuto. Kung nakalimutan ninyo ang password, tawagan ang inyong opisina.</numerusform>
        </translation>
    </message>
    <message>
        <source>You have been signed out.</source>
        <translation>Na-sign out kayo.</translation>
    </message>
    <message>
        <source>Please sign in again. Nothing you typed is lost.</source>
        <translation>Paki-sign in ulit. Walang nawala sa mga na-type ninyo.</translation>
    </message>
    <message>
        <source>The terms of use changed while you were reading them.</source>
        <translation>Nagbago ang mga tuntunin ng paggamit habang binabasa ninyo ang mga ito.</translation>
    </message>
    <message>
        <source>Please read the new version and agree again.</source>
        <translation>Pakibasa ang bagong bersyon at sumang-ayon ulit.</translation>
    </message>
    <message>
        <source>Before booking, please agree to the current terms of use.</source>
        <translation>Bago magpareserba, pakisang-ayunan ang kasalukuyang mga tuntunin ng paggamit.</translation>
    </message>
    <message>
        <source>We will show you the terms, then bring you back here.</source>
        <translation>Ipapakita namin sa inyo ang mga tuntunin, pagkatapos ay ibabalik namin kayo rito.</translation>
    </message>
    <message>
        <source>This version of the app is too old to use the service.</source>
        <translation>Masyado nang luma ang bersyong ito ng app para magamit ang serbisyo.</translation>
    </message>
    <message>
        <source>Please install the new version. Your bookings are kept.</source>
        <translation>Paki-install ang bagong bersyon. Mananatili ang inyong mga reserbasyon.</translation>
    </message>
    <message>
        <source>We could not find this any more. It may have been removed.</source>
        <translation>Hindi na namin ito makita. Baka naalis na ito.</translation>
    </message>
    <message>
        <source>Please go back and try again.</source>
        <translation>Pakibalik at subukan ulit.</translation>
    </message>
    <message>
        <source>Someone just booked this time. Please choose another time.</source>
        <translation>May nagpareserba lang ng oras na ito. Pakipili ng ibang oras.</translation>
    </message>
    <message>
        <source>Other free times are shown below.</source>
        <translation>Nasa ibaba ang iba pang bakanteng oras.</translation>
    </message>
    <message>
        <source>You already have a session on {date}. Only one session a day is possible.</source>
        <translation>May sesyon na kayo sa {date}. Isang sesyon lang bawat araw ang puwede.</translation>
    </message>
    <message>
        <source>You already have a session on that day. Only one session a day is possible.</source>
        <translation>May sesyon na kayo sa araw na iyon. Isang sesyon lang bawat araw ang puwede.</translation>
    </message>
    <message>
        <source>Please choose another day.</source>
        <translation>Pakipili ng ibang araw.</translation>
    </message>
    <message>
        <source>Booking is paused until {date} because sessions were missed.</source>
        <translation>Pansamantalang hindi kayo makakapagpareserba hanggang {date} dahil sa hindi pagsipot sa mga sesyon.</translation>
    </message>
    <message>
        <source>Booking is paused for your account because sessions were missed.</source>
        <translation>Pansamantalang hindi makakapagpareserba ang inyong account dahil sa hindi pagsipot sa mga sesyon.</translation>
    </message>
    <message>
        <source>Your office has paused online sessions for your account, often because residence status details need checking.</source>
        <translation>Pansamantalang itinigil ng inyong opisina ang online na sesyon para sa inyong account, kadalasan dahil kailangang suriin ang mga detalye ng inyong residence status.</translation>
    </message>
    <message>
        <source>The session has already started, so it cannot be cancelled in the app.</source>
        <translation>Nagsimula na ang sesyon, kaya hindi na ito makakansela sa app.</translation>
    </message>
    <message>
        <source>This booking is no longer active. It may have been cancelled.</source>
        <translation>Hindi na aktibo ang reserbasyong ito. Baka nakansela na ito.</translation>
    </message>
    <message>
        <source>Please look at My bookings for its current state.</source>
        <translation>Pakitingnan ang Aking mga reserbasyon para sa kasalukuyang kalagayan nito.</translation>
    </message>
    <message>
        <source>Your booking request changed while it was being sent.</source>
        <translation>Nagbago ang inyong kahilingan sa pagpapareserba habang ipinapadala ito.</translation>
    </message>
    <message>
        <source>Please check My bookings, then try again.</source>
        <translation>Pakisuri ang Aking mga reserbasyon, pagkatapos ay subukan ulit.</translation>
    </message>
    <message>
        <source>You can join from {time} on {date} (10 minutes before the start).</source>
        <translation>Puwede kayong sumali mula {time} sa {date} (10 minuto bago magsimula).</translation>
    </message>
    <message>
        <source>You can join from 10 minutes before the start until 10 minutes after it.</source>
        <translation>Puwede kayong sumali mula 10 minuto bago magsimula hanggang 10 minuto pagkatapos nito.</translation>
    </message>
    <message>
        <source>Please come back then.</source>
        <translation>Pakibalik sa oras na iyon.</translation>
    </message>
    <message>
        <source>What you sent is too long for the service.</source>
        <translation>Masyadong mahaba ang ipinadala ninyo para sa serbisyo.</translation>
    </message>
    <message>
        <source>Please make the note or text shorter and try again.</source>
        <translation>Paikliin po ang tala o teksto at subukan ulit.</translation>
    </message>
    <message>
        <source>Something changed on the service while you were working.</source>
        <translation>May nagbago sa serbisyo habang ginagamit ninyo ito.</translation>
    </message>
    <message>
        <source>Please go back, look again, and try once more.</source>
        <translation>Pakibalik, tingnan ulit, at subukan muli.</translation>
    </message>
    <message>
        <source>The app and the service do not understand each other.</source>
        <translation>Hindi magkaintindihan ang app at ang serbisyo.</translation>
    </message>
    <message>
        <source>Please install the newest version of the app.</source>
        <translation>Paki-install ang pinakabagong bersyon ng app.</translation>
    </message>
    <message>
        <source>We could not reach the service.</source>
        <translation>Hindi namin maabot ang serbisyo.</translation>
    </message>
    <message>
        <source>Please check your internet connection and try again. Nothing you typed is lost.</source>
        <translation>Pakisuri ang inyong koneksyon sa internet at subukan ulit. Walang nawala sa mga na-type ninyo.</translation>
    </message>
    <message>
        <source>The service has a problem right now.</source>
        <translation>May problema ang serbisyo ngayon.</translation>
    </message>
    <message>
        <source>Please try again in a few minutes. Nothing you typed is lost.</source>
        <translation>Pakisubukan ulit pagkalipas ng ilang minuto. Walang nawala sa mga na-type ninyo.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>May nangyaring mali.</translation>
    </message>
    <message>
        <source>Please try again. If it happens again, phone your Hello Work office.</source>
        <translation>Pakisubukan ulit. Kung mangyari ulit, tawagan ang inyong opisina ng Hello Work.</translation>
    </message>
    <message>
        <source>Please enter an e-mail address like name@example.jp.</source>
        <translation>Pakilagay ang email address na tulad ng name@example.jp.</translation>
    </message>
    <message>
        <source>Please choose a password of at least 10 characters.</source>
        <translation>Pumili po ng password na hindi bababa sa 10 character.</translation>
    </message>
    <message>
        <source>Please enter your name.</source>
        <translation>Pakilagay ang inyong pangalan.</translation>
    </message>
    <message>
        <source>Please enter your name in kana, or leave it empty.</source>
        <translation>Pakilagay ang inyong pangalan sa kana, o iwanang blangko.</translation>
    </message>
    <message>
        <source>Please enter a phone number with digits only, or leave it empty.</source>
        <translation>Pakilagay ang numero ng telepono na mga numero lang, o iwanang blangko.</translation>
    </message>
    <message>
        <source>Please enter the number as 5 digits, a hyphen, then up to 8 digits.</source>
        <translation>Pakilagay ang numero bilang 5 digit, isang gitling, pagkatapos ay hanggang 8 digit.</translation>
    </message>
    <message>
        <source>Please make the note shorter (500 characters at most).</source>
        <translation>Paikliin po ang tala (hanggang 500 character lang).</translation>
    </message>
    <message>
        <source>Please enter your current password.</source>
        <translation>Pakilagay ang inyong kasalukuyang password.</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Page</source>
        <translation>Pahina</translation>
    </message>
</context>
<context>
    <name>PasswordEdit</name>
    <message>
        <source>Hide</source>
        <translation>Itago</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Ipakita</translation>
    </message>
    <message>
        <source>Hide the password</source>
        <translation>Itago ang password</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>Ipakita ang password</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Please use at least 10 characters.</source>
        <translation>Gumamit po ng hindi bababa sa 10 character.</translation>
    </message>
    <message>
        <source>Please do not use your e-mail address as the password.</source>
        <translation>Huwag pong gamitin ang inyong email address bilang password.</translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation>Gumawa ng account</translation>
    </message>
    <message>
        <source>Fill in your details. Fields marked (optional) can be left empty. We will send you an e-mail with a link to finish the registration.</source>
        <translation>Punan ang inyong mga detalye. Puwedeng iwanang blangko ang mga field na may (opsyonal). Padadalhan namin kayo ng email na may link para matapos ang pagpaparehistro.</translation>
    </message>
    <message>
        <source>&amp;Name (as registered at Hello Work)</source>
        <translation>&amp;Pangalan (ayon sa rehistro sa Hello Work)</translation>
    </message>
    <message>
        <source>Name in &amp;kana (optional)</source>
        <translation>Pangalan sa &amp;kana (opsyonal)</translation>
    </message>
    <message>
        <source>Example: ハロー タロウ</source>
        <translation>Halimbawa: ハロー タロウ</translation>
    </message>
    <message>
        <source>&amp;E-mail address</source>
        <translation>&amp;Email address</translation>
    </message>
    <message>
        <source>Example: name@example.jp</source>
        <translation>Halimbawa: name@example.jp</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Pass&amp;word</translation>
    </message>
    <message>
        <source>At least 10 characters, not your e-mail address, not a common word. Tip: three or four words you can remember, like &apos;blue tea morning walk&apos;.</source>
        <translation>Hindi bababa sa 10 character, hindi ang inyong email address, hindi karaniwang salita. Tip: tatlo o apat na salitang madali ninyong matandaan, tulad ng &apos;asul tsaa umaga lakad&apos;.</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>Password &amp;ulit</translation>
    </message>
    <message>
        <source>Type the same password again.</source>
        <translation>I-type ulit ang parehong password.</translation>
    </message>
    <message>
        <source>&amp;Job-seeker number (optional)</source>
        <translation>&amp;Numero ng naghahanap ng trabaho (求職番号) (opsyonal)</translation>
    </message>
    <message>
        <source>It is on your Hello Work card (求職番号): 5 digits, a hyphen, then up to 8 digits, for example 12345-12345678. Full-width digits are fine.</source>
        <translation>Nasa inyong Hello Work card ito (求職番号): 5 digit, isang gitling, pagkatapos ay hanggang 8 digit, halimbawa 12345-12345678. Puwede rin ang full-width na mga numero.</translation>
    </message>
    <message>
        <source>P&amp;hone number (optional)</source>
        <translation>&amp;Telepono (opsyonal)</translation>
    </message>
    <message>
        <source>Example: 090-1234-5678</source>
        <translation>Halimbawa: 090-1234-5678</translation>
    </message>
    <message>
        <source>A&amp;ddress (optional)</source>
        <translation>A&amp;ddress (opsyonal)</translation>
    </message>
    <message>
        <source>Create my &amp;account</source>
        <translation>Gawin ang aking &amp;account</translation>
    </message>
    <message>
        <source>I already have an account: &amp;sign in</source>
        <translation>May account na ako: mag-&amp;sign in</translation>
    </message>
    <message>
        <source>Please enter your name.</source>
        <translation>Pakilagay ang inyong pangalan.</translation>
    </message>
    <message>
        <source>Please enter an e-mail address like name@example.jp.</source>
        <translation>Pakilagay ang email address na tulad ng name@example.jp.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Hindi magkapareho ang dalawang password.</translation>
    </message>
</context>
<context>
    <name>ReminderNotifier</name>
    <message>
        <source>Your counselling session is tomorrow</source>
        <translation>Bukas na ang inyong sesyon ng konsultasyon</translation>
    </message>
    <message>
        <source>{when}, {office}. Please check your device before the session.</source>
        <translation>{when}, {office}. Pakisuri ang inyong device bago ang sesyon.</translation>
    </message>
    <message>
        <source>Check my device now</source>
        <translation>Suriin ang aking device ngayon</translation>
    </message>
    <message>
        <source>Your session starts in 30 minutes</source>
        <translation>Magsisimula ang inyong sesyon sa loob ng 30 minuto</translation>
    </message>
    <message>
        <source>{when}, {office}. Check your camera and microphone now.</source>
        <translation>{when}, {office}. Suriin na ngayon ang inyong camera at mikropono.</translation>
    </message>
    <message>
        <source>You can join your session now</source>
        <translation>Puwede na kayong sumali sa inyong sesyon</translation>
    </message>
    <message>
        <source>{when}, {office}. Open the app and press Join.</source>
        <translation>{when}, {office}. Buksan ang app at pindutin ang Sumali.</translation>
    </message>
    <message>
        <source>Go to Join</source>
        <translation>Pumunta sa Sumali</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Your settings could not be saved. Check that the disk is not full, then try again.</source>
        <translation>Hindi ma-save ang inyong mga setting. Suriin kung hindi puno ang disk, pagkatapos ay subukan ulit.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Mga Setting</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Wika:</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Mga paalala</translation>
    </message>
    <message>
        <source>Remind me the &amp;day before my session</source>
        <translation>Paalalahanan ako isang &amp;araw bago ang aking sesyon</translation>
    </message>
    <message>
        <source>Remind me &amp;30 minutes before, to check my device</source>
        <translation>Paalalahanan ako &amp;30 minuto bago, para suriin ang aking device</translation>
    </message>
    <message>
        <source>Tell me when I can &amp;join</source>
        <translation>Sabihan ako kapag puwede na akong &amp;sumali</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when the window is closed (for reminders)</source>
        <translation>&amp;Patuloy na tumakbo sa tray kapag isinara ang window (para sa mga paalala)</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>Address ng &amp;server:</translation>
    </message>
    <message>
        <source>Use this &amp;address</source>
        <translation>Gamitin ang &amp;address na ito</translation>
    </message>
    <message>
        <source>Change the server address only if your Hello Work office asks you to.</source>
        <translation>Palitan lang ang address ng server kung hilingin ito ng inyong opisina ng Hello Work.</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostic info for the help desk</source>
        <translation>&amp;Kopyahin ang diagnostic na impormasyon para sa help desk</translation>
    </message>
    <message>
        <source>Right now the app is using {url}.</source>
        <translation>Sa ngayon, ginagamit ng app ang {url}.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Na-save na.</translation>
    </message>
    <message>
        <source>This does not look like a web address. Please check it and try again.</source>
        <translation>Mukhang hindi ito web address. Pakisuri ito at subukan ulit.</translation>
    </message>
    <message>
        <source>Saved. The app will use this address the next time it starts.</source>
        <translation>Na-save na. Gagamitin ng app ang address na ito sa susunod na pagbukas nito.</translation>
    </message>
    <message>
        <source>Diagnostic info copied. You can paste it into a mail to the help desk.</source>
        <translation>Nakopya na ang diagnostic na impormasyon. Puwede ninyo itong i-paste sa email para sa help desk.</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation>Mag-sign in</translation>
    </message>
    <message>
        <source>Sign in with the e-mail address and password you registered with.</source>
        <translation>Mag-sign in gamit ang email address at password na ginamit ninyo sa pagpaparehistro.</translation>
    </message>
    <message>
        <source>Demo: the demo account {email} is already filled in.</source>
        <translation>Demo: nakalagay na ang demo account na {email}.</translation>
    </message>
    <message>
        <source>&amp;E-mail address</source>
        <translation>&amp;Email address</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>Mag-&amp;sign in</translation>
    </message>
    <message>
        <source>&amp;Create an account</source>
        <translation>&amp;Gumawa ng account</translation>
    </message>
    <message>
        <source>&amp;Forgot your password?</source>
        <translation>&amp;Nakalimutan ang password?</translation>
    </message>
    <message>
        <source>Your account and your personal data are deleted. Thank you for using the service.</source>
        <translation>Nabura na ang inyong account at personal na datos. Salamat sa paggamit ng serbisyo.</translation>
    </message>
    <message>
        <source>Please enter your e-mail address.</source>
        <translation>Pakilagay ang inyong email address.</translation>
    </message>
    <message>
        <source>Please enter your password.</source>
        <translation>Pakilagay ang inyong password.</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Ano ang gagawin ngayon</translation>
    </message>
</context>
<context>
    <name>SlotCalendar</name>
    <message>
        <source>Calendar: days in bold have free times</source>
        <translation>Kalendaryo: may bakanteng oras ang mga araw na naka-bold</translation>
    </message>
    <message>
        <source>Free times on the chosen day</source>
        <translation>Mga bakanteng oras sa napiling araw</translation>
    </message>
    <message numerus="yes">
        <source>%n free time(s)</source>
        <translation>
            <numerusform>%n bakanteng oras</numerusform>
            <numerusform>%n bakanteng oras</numerusform>
        </translation>
    </message>
    <message>
        <source>You already have a session on this day. Only one session a day is possible.</source>
        <translation>May sesyon na kayo sa araw na ito. Isang sesyon lang bawat araw ang puwede.</translation>
    </message>
    <message>
        <source>Choose a time:</source>
        <translation>Pumili ng oras:</translation>
    </message>
    <message>
        <source>Looking for free times…</source>
        <translation>Naghahanap ng bakanteng oras…</translation>
    </message>
    <message>
        <source>No free times on this day. Days in bold have free times.</source>
        <translation>Walang bakanteng oras sa araw na ito. May bakanteng oras ang mga araw na naka-bold.</translation>
    </message>
    <message>
        <source>{start} – {end}   ({places})</source>
        <translation>{start} – {end}   ({places})</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) left</source>
        <translation>
            <numerusform>%n puwesto na lang</numerusform>
            <numerusform>%n puwesto na lang</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusRow</name>
    <message>
        <source>OK</source>
        <translation>Ayos</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Kailangang bantayan</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Could not check</source>
        <translation>Hindi masuri</translation>
    </message>
    <message>
        <source>What to do: {remedy}</source>
        <translation>Ang gagawin: {remedy}</translation>
    </message>
    <message>
        <source>Open the &amp;setting</source>
        <translation>Buksan ang &amp;setting</translation>
    </message>
    <message>
        <source>More &amp;information</source>
        <translation>Karagdagang &amp;impormasyon</translation>
    </message>
</context>
<context>
    <name>TermsPage</name>
    <message>
        <source>Terms of use</source>
        <translation>Mga tuntunin ng paggamit</translation>
    </message>
    <message>
        <source>I have read the terms of use and I &amp;agree to them.</source>
        <translation>Nabasa ko ang mga tuntunin ng paggamit at &amp;sumasang-ayon ako sa mga ito.</translation>
    </message>
    <message>
        <source>The sessions take place in Zoom. Please also read Zoom&apos;s &lt;a href=&quot;{terms}&quot;&gt;terms of service&lt;/a&gt; and &lt;a href=&quot;{privacy}&quot;&gt;privacy statement&lt;/a&gt;.</source>
        <translation>Sa Zoom ginagawa ang mga sesyon. Pakibasa rin ang &lt;a href=&quot;{terms}&quot;&gt;mga tuntunin ng serbisyo&lt;/a&gt; at &lt;a href=&quot;{privacy}&quot;&gt;pahayag sa privacy&lt;/a&gt; ng Zoom.</translation>
    </message>
    <message>
        <source>I accept &amp;Zoom&apos;s terms of service and privacy statement.</source>
        <translation>Tinatanggap ko ang mga tuntunin ng serbisyo at pahayag sa privacy ng &amp;Zoom.</translation>
    </message>
    <message>
        <source>Agree and &amp;continue</source>
        <translation>Sumang-ayon at &amp;magpatuloy</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>Subukan &amp;ulit</translation>
    </message>
    <message>
        <source>Terms of use text</source>
        <translation>Teksto ng mga tuntunin ng paggamit</translation>
    </message>
    <message>
        <source>Loading the terms of use…</source>
        <translation>Nilo-load ang mga tuntunin ng paggamit…</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;Version {version}, in effect from {date}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;Bersyon {version}, may bisa mula {date}</translation>
    </message>
    <message>
        <source>The terms of use have changed since you last agreed. Please read them and agree again.</source>
        <translation>Nagbago ang mga tuntunin ng paggamit mula nang huli kayong sumang-ayon. Pakibasa ang mga ito at sumang-ayon ulit.</translation>
    </message>
    <message>
        <source>What changed: {summary}</source>
        <translation>Ano ang nagbago: {summary}</translation>
    </message>
    <message>
        <source>✓ You have read to the end.</source>
        <translation>✓ Nabasa na ninyo hanggang dulo.</translation>
    </message>
    <message>
        <source>Please read the terms to the end (scroll down).</source>
        <translation>Pakibasa ang mga tuntunin hanggang dulo (mag-scroll pababa).</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Hello Work online counselling</source>
        <translation>Online na konsultasyon ng Hello Work</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Buksan</translation>
    </message>
    <message>
        <source>&amp;Check my device</source>
        <translation>&amp;Suriin ang aking device</translation>
    </message>
    <message>
        <source>My &amp;bookings</source>
        <translation>Aking mga &amp;reserbasyon</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Lumabas</translation>
    </message>
</context>
<context>
    <name>UpdatePrompt</name>
    <message>
        <source>A new version of this app ({version}) is available.</source>
        <translation>May bagong bersyon ng app na ito ({version}).</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>I-&amp;download</translation>
    </message>
    <message>
        <source>Please update the app</source>
        <translation>Paki-update ang app</translation>
    </message>
    <message>
        <source>This version of the app is too old to use the service. Please download and install the new version. Your bookings are kept.</source>
        <translation>Masyado nang luma ang bersyong ito ng app para magamit ang serbisyo. Paki-download at i-install ang bagong bersyon. Mananatili ang inyong mga reserbasyon.</translation>
    </message>
    <message>
        <source>&amp;Download the new version</source>
        <translation>I-&amp;download ang bagong bersyon</translation>
    </message>
</context>
<context>
    <name>VerifySentPage</name>
    <message>
        <source>Check your e-mail</source>
        <translation>Tingnan ang inyong email</translation>
    </message>
    <message>
        <source>One more step: open the link in your e-mail</source>
        <translation>Isa pang hakbang: buksan ang link sa inyong email</translation>
    </message>
    <message>
        <source>We sent an e-mail to {email}.</source>
        <translation>Nagpadala kami ng email sa {email}.</translation>
    </message>
    <message>
        <source>Open the link in it to finish your registration.</source>
        <translation>Buksan ang link dito para matapos ang inyong pagpaparehistro.</translation>
    </message>
    <message>
        <source>We sent you an e-mail. Open the link in it to finish your registration.</source>
        <translation>Nagpadala kami sa inyo ng email. Buksan ang link dito para matapos ang inyong pagpaparehistro.</translation>
    </message>
    <message>
        <source>• The link works for 24 hours.
• No e-mail after a few minutes? Look in the spam or junk folder.
• After opening the link, come back here and sign in.</source>
        <translation>• Gumagana ang link sa loob ng 24 na oras.
• Wala pang email pagkalipas ng ilang minuto? Tingnan ang spam o junk folder.
• Pagkatapos buksan ang link, bumalik dito at mag-sign in.</translation>
    </message>
    <message>
        <source>Send the e-mail &amp;again</source>
        <translation>Ipadala ulit ang &amp;email</translation>
    </message>
    <message>
        <source>&amp;Register again</source>
        <translation>Magparehistro &amp;ulit</translation>
    </message>
    <message>
        <source>I opened the link: &amp;sign in</source>
        <translation>Nabuksan ko na ang link: mag-&amp;sign in</translation>
    </message>
    <message>
        <source>We sent the e-mail again at {time}. Please look for the newest one.</source>
        <translation>Ipinadala ulit namin ang email nang {time}. Pakihanap ang pinakabago.</translation>
    </message>
</context>
</TS>
