<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en_US">
<context>
    <name>AccountPage</name>
    <message>
        <source>My account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has been a while since you changed your password. To keep your account safe, please choose a new one below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 10 characters, not your e-mail address, not a common word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language and reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language of the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me about my session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day &amp;before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;30 minutes before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When I can &amp;join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete your account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This deletes your registration and personal data and cancels your future sessions. It cannot be undone. To use the service again, you would register again. Enter your password to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete my account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail: {email}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job-seeker number: {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password last changed: {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter your current password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password is changed. Other computers signed in to your account are signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter your password to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete your account?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you really want to delete your account?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your future sessions will be cancelled. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes, delete my account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No, keep it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server address is not safe. It must start with https://. Please check the address your Hello Work office gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the service. Please check your internet connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is not secure, so the app stopped. Check that your PC&apos;s date and time are correct, or try another network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service is busy or under maintenance. Please try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service gave an answer the app does not understand. Please check the server address, or update the app.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookingCard</name>
    <message>
        <source>Office: {office}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office phone: {phone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With you: {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason from the office: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the session on {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to ca&amp;lendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session has started, so it cannot be cancelled in the app. To cancel or if you have trouble, please phone the office: {phone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(see your Hello Work card)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookingPage</name>
    <message>
        <source>{name} (your office)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{prefecture} · Phone {phone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages: {languages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the Hello Work office for your online session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a day, then a time. Days in bold have free times. Times are Japan time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note for the counsellor (optional), for example what you want to talk about:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check the details. You can cancel in the app until the session starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to my &amp;calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See &amp;my bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 1 of 4: choose an office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 2 of 4: choose a day and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 3 of 4: who will be with you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 4 of 4: check and book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Book this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} / {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no other free times on {day}. Please choose another day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Your session is booked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when}
{office}

We also sent you an e-mail. On the day, open this app and press Join from 10 minutes before the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Saved. Open the file to add the session to your calendar: {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookingsPage</name>
    <message>
        <source>My bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no upcoming sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No past sessions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Book a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you want to cancel your session on {when}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can book another time afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes, cancel it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No, keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session on {when} is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Open the file to add the session to your calendar: {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Save to your calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be saved there. Please choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CameraPreview</name>
    <message>
        <source>Camera picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera picture will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera found. Connect a webcam, or use a PC with a built-in camera, then press Check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app is not allowed to use the camera. Allow it in your PC&apos;s privacy settings, then press Check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera could not be started. It may be in use by another app (for example Zoom or Teams). Close that app, then press Check again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>Unknown check: %1. Known checks: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device check could not run. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a diagnostics bundle (it is not a zip file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a diagnostics bundle from this app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was made by a newer version of this app. Update the app to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read. Ask for a new bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diagnostics bundle could not be saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics bundle saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server is set, so the report was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with the app first, then send the report again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be sent. Check the connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report sent (number %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virus protection is turned off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virus protection is turned off: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open your virus protection and turn real-time protection on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The virus definitions of %1 are out of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open your virus protection and choose to check for updates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on and up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gatekeeper, the Mac&apos;s protection against harmful apps, is turned off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask someone you trust to turn it back on (Terminal: sudo spctl --master-enable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Mac&apos;s built-in malware data was last updated %1 days ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Software Update and install the updates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Mac&apos;s built-in protection (Gatekeeper and XProtect) is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No virus scanner was found that this app can check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update them (for example with: sudo freshclam).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app (version %1) is too old to use the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download and install the new version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new version of this app is available: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app is up to date (version %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speakers or headphones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating system and updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virus protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection to the service and Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording and file-sharing programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This could not be checked on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check timed out before this computer answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tool needed for this check is not on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from this computer could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counselling service cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the internet works (open a web page). At work or school, a network filter may block it: ask the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s clock is off by about %1 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on &quot;Set time automatically&quot; in the date and time settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is slow (%1 ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move closer to the Wi-Fi router or use a network cable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service and Zoom can be reached, and the clock is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom can be reached, and the clock is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect a webcam, or check that the built-in camera is switched on (some laptops have a switch or a key for it). Then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A camera was found: %1. The picture is tested in the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer does not allow apps to use the camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the camera privacy setting, allow apps (and this app) to use the camera, then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another app is using the camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close other apps that may use the camera (Zoom, Teams, Skype, LINE, a browser tab), then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera did not send a picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the lens is not covered, unplug the camera and plug it in again, or restart the computer. Then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No microphone was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect a headset or microphone, or allow microphone use in the privacy settings. Then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No speakers or headphones were found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect headphones or speakers, or turn the sound on. Then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The firewall is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The firewall is off for these networks: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the firewall settings and turn the firewall on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Mac&apos;s firewall is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Network settings, choose Firewall and turn it on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No firewall was found that this app can check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer is not connected to a network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to your home Wi-Fi or plug in a network cable, then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Wi-Fi has no password or uses old, unsafe protection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use your home Wi-Fi with a password (WPA2 or WPA3) or a network cable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Wi-Fi uses weak protection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it is your router, set it to WPA2 or WPA3 (AES).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like a free or public Wi-Fi hotspot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counselling is private: use your home network, not a public one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows treats this network as a public network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you are at a café, station or hotel, go home first. At home, you can set this network to Private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected by cable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected by Wi-Fi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected by mobile data. A 30-minute video call uses a lot of data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected through a VPN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer gets security updates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update to a newer version. Open the update settings to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a current version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its support dates are not known yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 probably no longer gets security updates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stopped getting security updates on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gets security updates only until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan to update to a newer version before then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is supported until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a server system, not a PC system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a PC with Windows 11 or a Mac if you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Windows Update and install the updates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last update was installed %1 days ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has updates waiting to be installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this app cannot tell whether it still gets security updates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install your system&apos;s updates regularly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No battery: the computer runs on mains power.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The power cable is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The battery is low (%1 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect the power cable before the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running on battery. Connecting the power cable for the session is safer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The processor is very busy (%1 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory is nearly full (%1 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close programs and browser tabs you do not need, then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer has enough free capacity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file-sharing (P2P) program is running: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit it and, if you can, uninstall it. Then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A screen recording program is running: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the counselling is not allowed. Quit the program before the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recording or file-sharing programs are running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Zoom app is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install Zoom Workplace from zoom.us, then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom is installed, but its version could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Zoom once before the session so it can update itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom %1 is too old to join meetings (needs %2 or newer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Zoom and choose Check for Updates, or install it again from zoom.us.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom %1 is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device check, %1 (hwclient %2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Companions</name>
    <message>
        <source>No one: I will be alone in a private room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a family member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a support worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone else</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanionsEditor</name>
    <message>
        <source>Please be in a private room during the session. If someone will be with you, tick who it is, so the counsellor knows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;family member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;support worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An &amp;interpreter, for this language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone &amp;else (please say who):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who else will be with you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: a friend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>The demo is not included in this version of the app. Please use the server address from your Hello Work office instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceCheckPage</name>
    <message>
        <source>Check my device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let&apos;s check that your PC is ready for a video session. You should see yourself, the bar should move when you speak, and you should hear the test sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Play test sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No microphone found. Connect a headset or a microphone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We can hear you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say something: the bar should move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The microphone could not be started. Close other apps using it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No speakers found. Connect speakers or headphones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you hear a chime? If not, turn up the volume and play it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press the button: you should hear a short chime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checking your PC… %n of %1 done.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The check is finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some things must be fixed before your session. See the steps below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your PC can be used, but some things need attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your PC is ready for the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result was sent to your Hello Work office.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForgotPage</name>
    <message>
        <source>Forgot your password?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For your safety, passwords are not reset by e-mail, and accounts are not issued again. Please phone your Hello Work office. They will check who you are and help you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you call, say that you use the online counselling app and forgot your password. Have your Hello Work card (with your job-seeker number) ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello Work offices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number of your office is on your Hello Work card and on the Hello Work website.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your next session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Join the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Book a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;My bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no session booked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check my device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello, {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office: {office}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office: {office} (phone {phone})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With you: {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check your camera, microphone and PC before the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your last device check found problems. Please fix them and check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joining is open now. Press Join the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can join from {time} (10 minutes before the start).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time to join has passed. If you could not join, please phone the office: {phone}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JoinPage</name>
    <message>
        <source>Join the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you join, please confirm each point:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am in a private room, or everyone with me was declared in the booking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I will not record the session (no screen or sound recording).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Zoom and join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My name in Zoom will be my registered name: {name}. The counsellor checks it with my job-seeker number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} with {office}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared in your booking: {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom could not be opened. Please install Zoom or try another browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom is opening. If nothing happens, open the meeting in your browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting is opening in your browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in &amp;browser</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Language</source>
        <extracomment>The word &quot;language&quot; in our languages: readable before any choice is made, so it is deliberately not translated.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the language for this app. You can change it later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Hello Work online counselling</source>
        <extracomment>where to go when a page is not available (yet)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy diagnostic info for the help desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About this app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo mode: nothing here is real. Sign in with {email} and the password {password}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the Hello Work service. Check your internet connection, then press Try again. You can check your device meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You were signed out. Please sign in again to continue where you were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostic info copied. You can paste it into a mail to the help desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello Work online counselling, version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong in the app. Please try again. If it happens again, copy the diagnostic info and send it to the help desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy diagnostic info</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>{day}, {time}</source>
        <extracomment>Every problem code of API.md (plus the server&apos;s idempotency guard). Pseudo-codes for failures that never reached a problem document.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please phone your Hello Work office: {phone}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please phone your Hello Work office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some information is missing or not in the right form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check the marked fields and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This password is too easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose a password of at least 10 characters that is not your e-mail address and not a common word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose a harder password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link does not work any more. It may be older than 24 hours or used already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please register again to get a new link, or sign in if you already finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address or the password is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check both and try again. Capital letters count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your registration is not finished yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please open the link in the e-mail we sent you. We can send the e-mail again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in is paused after several wrong passwords, to protect your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Please try again in %n minute(s). If you forgot your password, phone your office.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>You have been signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please sign in again. Nothing you typed is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terms of use changed while you were reading them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please read the new version and agree again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before booking, please agree to the current terms of use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We will show you the terms, then bring you back here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version of the app is too old to use the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please install the new version. Your bookings are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We could not find this any more. It may have been removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please go back and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone just booked this time. Please choose another time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other free times are shown below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already have a session on {date}. Only one session a day is possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already have a session on that day. Only one session a day is possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose another day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking is paused until {date} because sessions were missed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking is paused for your account because sessions were missed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your office has paused online sessions for your account, often because residence status details need checking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session has already started, so it cannot be cancelled in the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This booking is no longer active. It may have been cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please look at My bookings for its current state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your booking request changed while it was being sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check My bookings, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can join from {time} on {date} (10 minutes before the start).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can join from 10 minutes before the start until 10 minutes after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please come back then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We could not reach the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check your internet connection and try again. Nothing you typed is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service has a problem right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please try again in a few minutes. Nothing you typed is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please try again. If it happens again, phone your Hello Work office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter an e-mail address like name@example.jp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose a password of at least 10 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter your name in kana, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter a phone number with digits only, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter the number as 5 digits, a hyphen, then up to 8 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please make the note shorter (500 characters at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter your current password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Page</source>
        <extracomment>Page key used by the main window&apos;s navigation (&quot;home&quot;, &quot;signin&quot;, ...). True for pages that need a signed-in session (the shell redirects to sign-in).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordEdit</name>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Please use at least 10 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please do not use your e-mail address as the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in your details. Fields marked (optional) can be left empty. We will send you an e-mail with a link to finish the registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name (as registered at Hello Work)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in &amp;kana (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example: ハロー タロウ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example: name@example.jp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 10 characters, not your e-mail address, not a common word. Tip: three or four words you can remember, like &apos;blue tea morning walk&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the same password again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Job-seeker number (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is on your Hello Work card (求職番号): 5 digits, a hyphen, then up to 8 digits, for example 12345-12345678. Full-width digits are fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone number (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example: 090-1234-5678</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ddress (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create my &amp;account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I already have an account: &amp;sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter an e-mail address like name@example.jp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderNotifier</name>
    <message>
        <source>Your counselling session is tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when}, {office}. Please check your device before the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check my device now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session starts in 30 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when}, {office}. Check your camera and microphone now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can join your session now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when}, {office}. Open the app and press Join.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Join</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Your settings could not be saved. Check that the disk is not full, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me the &amp;day before my session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me &amp;30 minutes before, to check my device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell me when I can &amp;join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when the window is closed (for reminders)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this &amp;address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the server address only if your Hello Work office asks you to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy diagnostic info for the help desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This does not look like a web address. Please check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The app will use this address the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostic info copied. You can paste it into a mail to the help desk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with the e-mail address and password you registered with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo: the demo account {email} is already filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forgot your password?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account and your personal data are deleted. Thank you for using the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter your e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlotCalendar</name>
    <message>
        <source>Calendar: days in bold have free times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free times on the chosen day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n free time(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>You already have a session on this day. Only one session a day is possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for free times…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No free times on this day. Days in bold have free times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start} – {end}   ({places})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusRow</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: {remedy}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More &amp;information</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TermsPage</name>
    <message>
        <source>Terms of use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have read the terms of use and I &amp;agree to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sessions take place in Zoom. Please also read Zoom&apos;s &lt;a href=&quot;{terms}&quot;&gt;terms of service&lt;/a&gt; and &lt;a href=&quot;{privacy}&quot;&gt;privacy statement&lt;/a&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I accept &amp;Zoom&apos;s terms of service and privacy statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree and &amp;continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms of use text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the terms of use…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;Version {version}, in effect from {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terms of use have changed since you last agreed. Please read them and agree again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ You have read to the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please read the terms to the end (scroll down).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Hello Work online counselling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check my device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpdatePrompt</name>
    <message>
        <source>A new version of this app ({version}) is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please update the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version of the app is too old to use the service. Please download and install the new version. Your bookings are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Download the new version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifySentPage</name>
    <message>
        <source>Check your e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One more step: open the link in your e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We sent an e-mail to {email}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the link in it to finish your registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We sent you an e-mail. Open the link in it to finish your registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• The link works for 24 hours.
• No e-mail after a few minutes? Look in the spam or junk folder.
• After opening the link, come back here and sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the e-mail &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I opened the link: &amp;sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We sent the e-mail again at {time}. Please look for the newest one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
