<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en_US">
<context>
    <name>AccountPage</name>
    <message>
        <source>My account</source>
        <translation>我的帳號</translation>
    </message>
    <message>
        <source>It has been a while since you changed your password. To keep your account safe, please choose a new one below.</source>
        <translation>您已經很久沒有變更密碼了。為了帳號安全，請在下方設定新密碼。</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>稍後再說(&amp;L)</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>您的資料</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>登出(&amp;O)</translation>
    </message>
    <message>
        <source>Change your password</source>
        <translation>變更密碼</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>目前的密碼(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>新密碼(&amp;N)</translation>
    </message>
    <message>
        <source>At least 10 characters, not your e-mail address, not a common word.</source>
        <translation>至少 10 個字元，不能是您的電子郵件地址，也不能是常見的詞。</translation>
    </message>
    <message>
        <source>New password &amp;again</source>
        <translation>再次輸入新密碼(&amp;A)</translation>
    </message>
    <message>
        <source>C&amp;hange password</source>
        <translation>變更密碼(&amp;H)</translation>
    </message>
    <message>
        <source>Language and reminders</source>
        <translation>語言與提醒</translation>
    </message>
    <message>
        <source>&amp;Language of the app</source>
        <translation>應用程式語言(&amp;L)</translation>
    </message>
    <message>
        <source>Remind me about my session:</source>
        <translation>諮詢提醒：</translation>
    </message>
    <message>
        <source>The day &amp;before</source>
        <translation>前一天(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;30 minutes before</source>
        <translation>30 分鐘前(&amp;3)</translation>
    </message>
    <message>
        <source>When I can &amp;join</source>
        <translation>可以加入時(&amp;J)</translation>
    </message>
    <message>
        <source>Delete your account</source>
        <translation>刪除帳號</translation>
    </message>
    <message>
        <source>This deletes your registration and personal data and cancels your future sessions. It cannot be undone. To use the service again, you would register again. Enter your password to confirm.</source>
        <translation>這會刪除您的註冊資料和個人資料，並取消您之後的所有諮詢。此動作無法復原。若要再次使用本服務，需要重新註冊。請輸入密碼以確認。</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密碼(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Delete my account…</source>
        <translation>刪除我的帳號(&amp;D)…</translation>
    </message>
    <message>
        <source>Name: {name}</source>
        <translation>姓名：{name}</translation>
    </message>
    <message>
        <source>E-mail: {email}</source>
        <translation>電子郵件：{email}</translation>
    </message>
    <message>
        <source>Job-seeker number: {number}</source>
        <translation>求職編號（求職番号）：{number}</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>（未填寫）</translation>
    </message>
    <message>
        <source>Password last changed: {date}</source>
        <translation>密碼最後變更日期：{date}</translation>
    </message>
    <message>
        <source>Please enter your current password.</source>
        <translation>請輸入目前的密碼。</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>兩次輸入的新密碼不一致。</translation>
    </message>
    <message>
        <source>Your password is changed. Other computers signed in to your account are signed out.</source>
        <translation>密碼已變更。登入您帳號的其他電腦已被登出。</translation>
    </message>
    <message>
        <source>Please enter your password to confirm.</source>
        <translation>請輸入密碼以確認。</translation>
    </message>
    <message>
        <source>Delete your account?</source>
        <translation>要刪除帳號嗎？</translation>
    </message>
    <message>
        <source>Do you really want to delete your account?</source>
        <translation>您確定要刪除帳號嗎？</translation>
    </message>
    <message>
        <source>Your future sessions will be cancelled. This cannot be undone.</source>
        <translation>您之後的諮詢將會取消。此動作無法復原。</translation>
    </message>
    <message>
        <source>&amp;Yes, delete my account</source>
        <translation>是，刪除我的帳號(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No, keep it</source>
        <translation>否，保留帳號(&amp;N)</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation>發生問題。請再試一次。</translation>
    </message>
    <message>
        <source>This server address is not safe. It must start with https://. Please check the address your Hello Work office gave you.</source>
        <translation>這個伺服器位址不安全，必須以 https:// 開頭。請確認 Hello Work 提供給您的位址。</translation>
    </message>
    <message>
        <source>Could not reach the service. Please check your internet connection and try again.</source>
        <translation>無法連線到服務。請檢查網路連線後再試一次。</translation>
    </message>
    <message>
        <source>The connection is not secure, so the app stopped. Check that your PC&apos;s date and time are correct, or try another network.</source>
        <translation>連線不安全，因此應用程式已停止。請確認電腦的日期和時間是否正確，或改用其他網路。</translation>
    </message>
    <message>
        <source>The service is busy or under maintenance. Please try again in a few minutes.</source>
        <translation>服務忙碌中或正在維護。請過幾分鐘再試一次。</translation>
    </message>
    <message>
        <source>The service gave an answer the app does not understand. Please check the server address, or update the app.</source>
        <translation>服務傳回了應用程式無法理解的回應。請檢查伺服器位址，或更新應用程式。</translation>
    </message>
</context>
<context>
    <name>Booking</name>
    <message>
        <source>Booked</source>
        <translation>已預約</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Cancelled by the office</source>
        <translation>已由 Hello Work 取消</translation>
    </message>
    <message>
        <source>Missed (you did not join)</source>
        <translation>缺席（您沒有加入）</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>已參加</translation>
    </message>
    <message>
        <source>Unknown status. Please refresh.</source>
        <translation>狀態不明。請重新整理。</translation>
    </message>
    <message>
        <source>Online job counselling with {office}.</source>
        <translation>與 {office} 的線上職業諮詢。</translation>
    </message>
    <message>
        <source>Open the hwclient app and press Join from 10 minutes before the start.</source>
        <translation>請在開始前 10 分鐘起開啟 hwclient 應用程式，並按「加入諮詢」。</translation>
    </message>
    <message>
        <source>Have your job-seeker number ready.</source>
        <translation>請準備好您的求職編號（求職番号）。</translation>
    </message>
    <message>
        <source>To cancel on the day or if you have trouble, phone the office: {phone}</source>
        <translation>如需當天取消或遇到問題，請致電 Hello Work：{phone}</translation>
    </message>
    <message>
        <source>Hello Work online counselling</source>
        <translation>Hello Work 線上職業諮詢</translation>
    </message>
    <message>
        <source>{office} (online, Zoom)</source>
        <translation>{office}（線上，Zoom）</translation>
    </message>
    <message>
        <source>Your counselling session starts in 30 minutes.</source>
        <translation>您的職業諮詢將在 30 分鐘後開始。</translation>
    </message>
</context>
<context>
    <name>BookingCard</name>
    <message>
        <source>Office: {office}</source>
        <translation>Hello Work：{office}</translation>
    </message>
    <message>
        <source>Office phone: {phone}</source>
        <translation>Hello Work 電話：{phone}</translation>
    </message>
    <message>
        <source>With you: {who}</source>
        <translation>陪同人員：{who}</translation>
    </message>
    <message>
        <source>Reason from the office: {reason}</source>
        <translation>Hello Work 提供的原因：{reason}</translation>
    </message>
    <message>
        <source>&amp;Cancel this session</source>
        <translation>取消這次諮詢(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel the session on {when}</source>
        <translation>取消 {when} 的諮詢</translation>
    </message>
    <message>
        <source>Add to ca&amp;lendar</source>
        <translation>加入行事曆(&amp;L)</translation>
    </message>
    <message>
        <source>The session has started, so it cannot be cancelled in the app. To cancel or if you have trouble, please phone the office: {phone}</source>
        <translation>諮詢已經開始，無法在應用程式中取消。如需取消或遇到問題，請致電 Hello Work：{phone}</translation>
    </message>
    <message>
        <source>(see your Hello Work card)</source>
        <translation>（請查看您的 Hello Work 受理單）</translation>
    </message>
</context>
<context>
    <name>BookingPage</name>
    <message>
        <source>{name} (your office)</source>
        <translation>{name}（您登記的 Hello Work）</translation>
    </message>
    <message>
        <source>{prefecture} · Phone {phone}</source>
        <translation>{prefecture} · 電話 {phone}</translation>
    </message>
    <message>
        <source>Languages: {languages}</source>
        <translation>可用語言：{languages}</translation>
    </message>
    <message>
        <source>Book a session</source>
        <translation>預約諮詢</translation>
    </message>
    <message>
        <source>Choose the Hello Work office for your online session.</source>
        <translation>請選擇要進行線上諮詢的 Hello Work。</translation>
    </message>
    <message>
        <source>Choose a day, then a time. Days in bold have free times. Times are Japan time.</source>
        <translation>請先選擇日期，再選擇時間。以粗體顯示的日期有空檔。時間皆為日本時間。</translation>
    </message>
    <message>
        <source>&amp;Note for the counsellor (optional), for example what you want to talk about:</source>
        <translation>給諮詢員的備註（選填），例如您想諮詢的內容(&amp;N)：</translation>
    </message>
    <message>
        <source>Please check the details. You can cancel in the app until the session starts.</source>
        <translation>請確認以下內容。在諮詢開始前，您都可以在應用程式中取消。</translation>
    </message>
    <message>
        <source>&lt; &amp;Previous step</source>
        <translation>&lt; 上一步(&amp;P)</translation>
    </message>
    <message>
        <source>Add to my &amp;calendar</source>
        <translation>加入我的行事曆(&amp;C)</translation>
    </message>
    <message>
        <source>See &amp;my bookings</source>
        <translation>查看我的預約(&amp;M)</translation>
    </message>
    <message>
        <source>Step 1 of 4: choose an office</source>
        <translation>步驟 1/4：選擇 Hello Work</translation>
    </message>
    <message>
        <source>Step 2 of 4: choose a day and time</source>
        <translation>步驟 2/4：選擇日期和時間</translation>
    </message>
    <message>
        <source>Step 3 of 4: who will be with you</source>
        <translation>步驟 3/4：陪同人員</translation>
    </message>
    <message>
        <source>Step 4 of 4: check and book</source>
        <translation>步驟 4/4：確認並預約</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>預約完成</translation>
    </message>
    <message>
        <source>&amp;Book this session</source>
        <translation>預約這次諮詢(&amp;B)</translation>
    </message>
    <message>
        <source>Go to &amp;home</source>
        <translation>回到首頁(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>{count} / {limit} characters</source>
        <translation>{count} / {limit} 字</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Hello Work</translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation>Hello Work 電話</translation>
    </message>
    <message>
        <source>With you</source>
        <translation>陪同人員</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>There are no other free times on {day}. Please choose another day.</source>
        <translation>{day} 沒有其他空檔。請選擇其他日期。</translation>
    </message>
    <message>
        <source>✓ Your session is booked.</source>
        <translation>✓ 諮詢預約成功。</translation>
    </message>
    <message>
        <source>{when}
{office}

We also sent you an e-mail. On the day, open this app and press Join from 10 minutes before the start.</source>
        <translation>{when}
{office}

我們也寄了一封電子郵件給您。當天請開啟本應用程式，在開始前 10 分鐘起按「加入諮詢」。</translation>
    </message>
    <message>
        <source>✓ Saved. Open the file to add the session to your calendar: {path}</source>
        <translation>✓ 已儲存。開啟此檔案即可將諮詢加入行事曆：{path}</translation>
    </message>
</context>
<context>
    <name>BookingsPage</name>
    <message>
        <source>My bookings</source>
        <translation>我的預約</translation>
    </message>
    <message>
        <source>&amp;Upcoming</source>
        <translation>即將進行(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Past</source>
        <translation>已結束(&amp;P)</translation>
    </message>
    <message>
        <source>You have no upcoming sessions.</source>
        <translation>您沒有即將進行的諮詢。</translation>
    </message>
    <message>
        <source>No past sessions yet.</source>
        <translation>還沒有已結束的諮詢。</translation>
    </message>
    <message>
        <source>&amp;Book a session</source>
        <translation>預約諮詢(&amp;B)</translation>
    </message>
    <message>
        <source>Cancel the session?</source>
        <translation>要取消諮詢嗎？</translation>
    </message>
    <message>
        <source>Do you want to cancel your session on {when}?</source>
        <translation>您要取消 {when} 的諮詢嗎？</translation>
    </message>
    <message>
        <source>You can book another time afterwards.</source>
        <translation>取消後，您可以再預約其他時間。</translation>
    </message>
    <message>
        <source>&amp;Yes, cancel it</source>
        <translation>是，取消(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No, keep it</source>
        <translation>否，保留(&amp;N)</translation>
    </message>
    <message>
        <source>Your session on {when} is cancelled.</source>
        <translation>您 {when} 的諮詢已取消。</translation>
    </message>
    <message>
        <source>Saved. Open the file to add the session to your calendar: {path}</source>
        <translation>已儲存。開啟此檔案即可將諮詢加入行事曆：{path}</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Save to your calendar</source>
        <translation>儲存到行事曆</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>行事曆檔案 (*.ics)</translation>
    </message>
    <message>
        <source>The file could not be saved there. Please choose another folder.</source>
        <translation>無法將檔案儲存在該位置。請選擇其他資料夾。</translation>
    </message>
</context>
<context>
    <name>CameraPreview</name>
    <message>
        <source>Camera picture</source>
        <translation>攝影機畫面</translation>
    </message>
    <message>
        <source>The camera picture will appear here.</source>
        <translation>攝影機畫面會顯示在這裡。</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>正在啟動攝影機…</translation>
    </message>
    <message>
        <source>No camera found. Connect a webcam, or use a PC with a built-in camera, then press Check again.</source>
        <translation>找不到攝影機。請連接網路攝影機，或使用內建攝影機的電腦，然後按「重新檢查」。</translation>
    </message>
    <message>
        <source>This app is not allowed to use the camera. Allow it in your PC&apos;s privacy settings, then press Check again.</source>
        <translation>本應用程式沒有使用攝影機的權限。請在電腦的隱私權設定中允許，然後按「重新檢查」。</translation>
    </message>
    <message>
        <source>The camera could not be started. It may be in use by another app (for example Zoom or Teams). Close that app, then press Check again.</source>
        <translation>無法啟動攝影機。攝影機可能正被其他應用程式（例如 Zoom 或 Teams）使用。請關閉該應用程式，然後按「重新檢查」。</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>Unknown check: %1. Known checks: %2.</source>
        <translation>未知的檢查項目：%1。可用的檢查項目：%2。</translation>
    </message>
    <message>
        <source>The device check could not run. Please try again.</source>
        <translation>無法執行裝置檢查。請再試一次。</translation>
    </message>
    <message>
        <source>The file %1 could not be opened.</source>
        <translation>無法開啟檔案 %1。</translation>
    </message>
    <message>
        <source>%1 is not a diagnostics bundle (it is not a zip file).</source>
        <translation>%1 不是診斷檔案（不是 zip 檔案）。</translation>
    </message>
    <message>
        <source>%1 is not a diagnostics bundle from this app.</source>
        <translation>%1 不是本應用程式產生的診斷檔案。</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of this app. Update the app to read it.</source>
        <translation>%1 是由較新版本的本應用程式產生的。請更新應用程式後再讀取。</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read. Ask for a new bundle.</source>
        <translation>%1 已損毀，無法讀取。請索取新的診斷檔案。</translation>
    </message>
    <message>
        <source>The diagnostics bundle could not be saved to %1: %2</source>
        <translation>無法將診斷檔案儲存到 %1：%2</translation>
    </message>
    <message>
        <source>Diagnostics bundle saved: %1</source>
        <translation>診斷檔案已儲存：%1</translation>
    </message>
    <message>
        <source>No server is set, so the report was not sent.</source>
        <translation>尚未設定伺服器，因此沒有傳送檢查結果。</translation>
    </message>
    <message>
        <source>Sign in with the app first, then send the report again.</source>
        <translation>請先在應用程式中登入，再重新傳送檢查結果。</translation>
    </message>
    <message>
        <source>The report could not be sent. Check the connection and try again.</source>
        <translation>無法傳送檢查結果。請檢查網路連線後再試一次。</translation>
    </message>
    <message>
        <source>Report sent (number %1).</source>
        <translation>檢查結果已傳送（編號 %1）。</translation>
    </message>
    <message>
        <source>Virus protection is turned off.</source>
        <translation>病毒防護已關閉。</translation>
    </message>
    <message>
        <source>Virus protection is turned off: %1.</source>
        <translation>病毒防護已關閉：%1。</translation>
    </message>
    <message>
        <source>Open your virus protection and turn real-time protection on.</source>
        <translation>請開啟防毒軟體，並開啟即時防護。</translation>
    </message>
    <message>
        <source>The virus definitions of %1 are out of date.</source>
        <translation>%1 的病毒碼已過期。</translation>
    </message>
    <message>
        <source>Open your virus protection and choose to check for updates.</source>
        <translation>請開啟防毒軟體，並選擇檢查更新。</translation>
    </message>
    <message>
        <source>%1 is on and up to date.</source>
        <translation>%1 已開啟，且為最新狀態。</translation>
    </message>
    <message>
        <source>Gatekeeper, the Mac&apos;s protection against harmful apps, is turned off.</source>
        <translation>Gatekeeper（Mac 防範有害應用程式的保護功能）已關閉。</translation>
    </message>
    <message>
        <source>Ask someone you trust to turn it back on (Terminal: sudo spctl --master-enable).</source>
        <translation>請您信任的人幫您重新開啟（終端機：sudo spctl --master-enable）。</translation>
    </message>
    <message>
        <source>The Mac&apos;s built-in malware data was last updated %1 days ago.</source>
        <translation>Mac 內建的惡意軟體資料上次更新是在 %1 天前。</translation>
    </message>
    <message>
        <source>Open Software Update and install the updates.</source>
        <translation>請開啟「軟體更新」，並安裝更新。</translation>
    </message>
    <message>
        <source>The Mac&apos;s built-in protection (Gatekeeper and XProtect) is on.</source>
        <translation>Mac 內建的保護功能（Gatekeeper 和 XProtect）已開啟。</translation>
    </message>
    <message>
        <source>No virus scanner was found that this app can check.</source>
        <translation>找不到本應用程式可以檢查的防毒軟體。</translation>
    </message>
    <message>
        <source>Update them (for example with: sudo freshclam).</source>
        <translation>請更新病毒碼（例如使用：sudo freshclam）。</translation>
    </message>
    <message>
        <source>This app (version %1) is too old to use the service.</source>
        <translation>本應用程式（版本 %1）太舊，無法使用本服務。</translation>
    </message>
    <message>
        <source>Download and install the new version %1.</source>
        <translation>請下載並安裝新版本 %1。</translation>
    </message>
    <message>
        <source>A new version of this app is available: %1.</source>
        <translation>本應用程式有新版本：%1。</translation>
    </message>
    <message>
        <source>This app is up to date (version %1).</source>
        <translation>本應用程式已是最新版本（版本 %1）。</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>攝影機</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>麥克風</translation>
    </message>
    <message>
        <source>Speakers or headphones</source>
        <translation>喇叭或耳機</translation>
    </message>
    <message>
        <source>Operating system and updates</source>
        <translation>作業系統與更新</translation>
    </message>
    <message>
        <source>Virus protection</source>
        <translation>病毒防護</translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation>防火牆</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>網路</translation>
    </message>
    <message>
        <source>Connection to the service and Zoom</source>
        <translation>與服務及 Zoom 的連線</translation>
    </message>
    <message>
        <source>Zoom app</source>
        <translation>Zoom 應用程式</translation>
    </message>
    <message>
        <source>This app</source>
        <translation>本應用程式</translation>
    </message>
    <message>
        <source>Recording and file-sharing programs</source>
        <translation>錄影與檔案分享軟體</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>電源</translation>
    </message>
    <message>
        <source>Computer load</source>
        <translation>電腦負載</translation>
    </message>
    <message>
        <source>This could not be checked on this computer.</source>
        <translation>無法在這台電腦上檢查此項目。</translation>
    </message>
    <message>
        <source>The check timed out before this computer answered.</source>
        <translation>這台電腦回應逾時，檢查未完成。</translation>
    </message>
    <message>
        <source>The tool needed for this check is not on this computer.</source>
        <translation>這台電腦沒有此項檢查所需的工具。</translation>
    </message>
    <message>
        <source>The answer from this computer could not be read.</source>
        <translation>無法讀取這台電腦的回應。</translation>
    </message>
    <message>
        <source>The counselling service cannot be reached.</source>
        <translation>無法連線到諮詢服務。</translation>
    </message>
    <message>
        <source>Zoom cannot be reached.</source>
        <translation>無法連線到 Zoom。</translation>
    </message>
    <message>
        <source>Check that the internet works (open a web page). At work or school, a network filter may block it: ask the administrator.</source>
        <translation>請確認是否能上網（試著開啟一個網頁）。在公司或學校，網路過濾可能會封鎖連線，請洽詢管理員。</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is off by about %1 minutes.</source>
        <translation>這台電腦的時鐘相差約 %1 分鐘。</translation>
    </message>
    <message>
        <source>Turn on &quot;Set time automatically&quot; in the date and time settings.</source>
        <translation>請在日期和時間設定中開啟「自動設定時間」。</translation>
    </message>
    <message>
        <source>The connection is slow (%1 ms).</source>
        <translation>連線速度較慢（%1 ms）。</translation>
    </message>
    <message>
        <source>Move closer to the Wi-Fi router or use a network cable.</source>
        <translation>請靠近 Wi-Fi 路由器，或使用網路線。</translation>
    </message>
    <message>
        <source>The service and Zoom can be reached, and the clock is right.</source>
        <translation>可以連線到服務和 Zoom，時鐘也正確。</translation>
    </message>
    <message>
        <source>Zoom can be reached, and the clock is right.</source>
        <translation>可以連線到 Zoom，時鐘也正確。</translation>
    </message>
    <message>
        <source>No camera was found.</source>
        <translation>找不到攝影機。</translation>
    </message>
    <message>
        <source>Connect a webcam, or check that the built-in camera is switched on (some laptops have a switch or a key for it). Then check again.</source>
        <translation>請連接網路攝影機，或確認內建攝影機已開啟（有些筆電有攝影機開關或按鍵）。然後重新檢查。</translation>
    </message>
    <message>
        <source>A camera was found: %1. The picture is tested in the app.</source>
        <translation>找到攝影機：%1。畫面會在應用程式中測試。</translation>
    </message>
    <message>
        <source>This computer does not allow apps to use the camera.</source>
        <translation>這台電腦不允許應用程式使用攝影機。</translation>
    </message>
    <message>
        <source>Open the camera privacy setting, allow apps (and this app) to use the camera, then check again.</source>
        <translation>請開啟攝影機的隱私權設定，允許應用程式（包括本應用程式）使用攝影機，然後重新檢查。</translation>
    </message>
    <message>
        <source>Another app is using the camera.</source>
        <translation>其他應用程式正在使用攝影機。</translation>
    </message>
    <message>
        <source>Close other apps that may use the camera (Zoom, Teams, Skype, LINE, a browser tab), then check again.</source>
        <translation>請關閉可能使用攝影機的其他應用程式（Zoom、Teams、Skype、LINE、瀏覽器分頁），然後重新檢查。</translation>
    </message>
    <message>
        <source>The camera works.</source>
        <translation>攝影機運作正常。</translation>
    </message>
    <message>
        <source>The camera did not send a picture.</source>
        <translation>攝影機沒有傳來畫面。</translation>
    </message>
    <message>
        <source>Check that the lens is not covered, unplug the camera and plug it in again, or restart the computer. Then check again.</source>
        <translation>請確認鏡頭沒有被遮住，將攝影機拔下再重新插上，或重新啟動電腦。然後重新檢查。</translation>
    </message>
    <message>
        <source>Found: %1.</source>
        <translation>找到：%1。</translation>
    </message>
    <message>
        <source>No microphone was found.</source>
        <translation>找不到麥克風。</translation>
    </message>
    <message>
        <source>Connect a headset or microphone, or allow microphone use in the privacy settings. Then check again.</source>
        <translation>請連接耳機麥克風或麥克風，或在隱私權設定中允許使用麥克風。然後重新檢查。</translation>
    </message>
    <message>
        <source>No speakers or headphones were found.</source>
        <translation>找不到喇叭或耳機。</translation>
    </message>
    <message>
        <source>Connect headphones or speakers, or turn the sound on. Then check again.</source>
        <translation>請連接耳機或喇叭，或開啟聲音。然後重新檢查。</translation>
    </message>
    <message>
        <source>The firewall is on.</source>
        <translation>防火牆已開啟。</translation>
    </message>
    <message>
        <source>The firewall is off for these networks: %1.</source>
        <translation>下列網路的防火牆已關閉：%1。</translation>
    </message>
    <message>
        <source>Open the firewall settings and turn the firewall on.</source>
        <translation>請開啟防火牆設定，並開啟防火牆。</translation>
    </message>
    <message>
        <source>The Mac&apos;s firewall is off.</source>
        <translation>Mac 的防火牆已關閉。</translation>
    </message>
    <message>
        <source>Open the Network settings, choose Firewall and turn it on.</source>
        <translation>請開啟「網路」設定，選擇「防火牆」並將其開啟。</translation>
    </message>
    <message>
        <source>No firewall was found that this app can check.</source>
        <translation>找不到本應用程式可以檢查的防火牆。</translation>
    </message>
    <message>
        <source>This computer is not connected to a network.</source>
        <translation>這台電腦沒有連上網路。</translation>
    </message>
    <message>
        <source>Connect to your home Wi-Fi or plug in a network cable, then check again.</source>
        <translation>請連上家裡的 Wi-Fi 或插上網路線，然後重新檢查。</translation>
    </message>
    <message>
        <source>This Wi-Fi has no password or uses old, unsafe protection.</source>
        <translation>這個 Wi-Fi 沒有密碼，或使用老舊、不安全的加密方式。</translation>
    </message>
    <message>
        <source>Use your home Wi-Fi with a password (WPA2 or WPA3) or a network cable.</source>
        <translation>請使用有密碼的家用 Wi-Fi（WPA2 或 WPA3），或使用網路線。</translation>
    </message>
    <message>
        <source>This Wi-Fi uses weak protection.</source>
        <translation>這個 Wi-Fi 的加密方式較弱。</translation>
    </message>
    <message>
        <source>If it is your router, set it to WPA2 or WPA3 (AES).</source>
        <translation>如果這是您自己的路由器，請將其設定為 WPA2 或 WPA3（AES）。</translation>
    </message>
    <message>
        <source>This looks like a free or public Wi-Fi hotspot.</source>
        <translation>這看起來是免費或公共的 Wi-Fi 熱點。</translation>
    </message>
    <message>
        <source>Counselling is private: use your home network, not a public one.</source>
        <translation>諮詢內容屬於隱私：請使用家裡的網路，不要使用公共網路。</translation>
    </message>
    <message>
        <source>Windows treats this network as a public network.</source>
        <translation>Windows 將這個網路視為公用網路。</translation>
    </message>
    <message>
        <source>If you are at a café, station or hotel, go home first. At home, you can set this network to Private.</source>
        <translation>如果您在咖啡廳、車站或飯店，請先回家。在家裡，您可以將這個網路設為「私人」。</translation>
    </message>
    <message>
        <source>Connected by cable.</source>
        <translation>已透過網路線連線。</translation>
    </message>
    <message>
        <source>Connected by Wi-Fi.</source>
        <translation>已透過 Wi-Fi 連線。</translation>
    </message>
    <message>
        <source>Connected by mobile data. A 30-minute video call uses a lot of data.</source>
        <translation>正在使用行動數據連線。30 分鐘的視訊通話會使用大量數據。</translation>
    </message>
    <message>
        <source>Connected through a VPN.</source>
        <translation>已透過 VPN 連線。</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>已連線。</translation>
    </message>
    <message>
        <source>%1 no longer gets security updates.</source>
        <translation>%1 已不再提供安全性更新。</translation>
    </message>
    <message>
        <source>Update to a newer version. Open the update settings to start.</source>
        <translation>請更新到較新的版本。請先開啟更新設定。</translation>
    </message>
    <message>
        <source>%1 is a current version.</source>
        <translation>%1 是目前支援中的版本。</translation>
    </message>
    <message>
        <source>%1: its support dates are not known yet.</source>
        <translation>%1：目前還不知道其支援期限。</translation>
    </message>
    <message>
        <source>%1 probably no longer gets security updates.</source>
        <translation>%1 可能已不再提供安全性更新。</translation>
    </message>
    <message>
        <source>%1 stopped getting security updates on %2.</source>
        <translation>%1 已於 %2 停止提供安全性更新。</translation>
    </message>
    <message>
        <source>%1 gets security updates only until %2.</source>
        <translation>%1 的安全性更新只提供到 %2。</translation>
    </message>
    <message>
        <source>Plan to update to a newer version before then.</source>
        <translation>請計畫在那之前更新到較新的版本。</translation>
    </message>
    <message>
        <source>%1 is supported until %2.</source>
        <translation>%1 的支援期限到 %2。</translation>
    </message>
    <message>
        <source>%1 is a server system, not a PC system.</source>
        <translation>%1 是伺服器系統，不是個人電腦系統。</translation>
    </message>
    <message>
        <source>Use a PC with Windows 11 or a Mac if you can.</source>
        <translation>如果可以，請使用裝有 Windows 11 的電腦或 Mac。</translation>
    </message>
    <message>
        <source>Open Windows Update and install the updates.</source>
        <translation>請開啟 Windows Update，並安裝更新。</translation>
    </message>
    <message>
        <source>The last update was installed %1 days ago.</source>
        <translation>上一次安裝更新是在 %1 天前。</translation>
    </message>
    <message>
        <source>%1 has updates waiting to be installed.</source>
        <translation>%1 有等待安裝的更新。</translation>
    </message>
    <message>
        <source>%1: this app cannot tell whether it still gets security updates.</source>
        <translation>%1：本應用程式無法判斷它是否仍有安全性更新。</translation>
    </message>
    <message>
        <source>Install your system&apos;s updates regularly.</source>
        <translation>請定期安裝系統更新。</translation>
    </message>
    <message>
        <source>No battery: the computer runs on mains power.</source>
        <translation>沒有電池：電腦使用插座供電。</translation>
    </message>
    <message>
        <source>The power cable is connected.</source>
        <translation>電源線已連接。</translation>
    </message>
    <message>
        <source>The battery is low (%1 %).</source>
        <translation>電池電量不足（%1 %）。</translation>
    </message>
    <message>
        <source>Connect the power cable before the session.</source>
        <translation>請在諮詢前接上電源線。</translation>
    </message>
    <message>
        <source>Running on battery. Connecting the power cable for the session is safer.</source>
        <translation>正在使用電池。諮詢時接上電源線會比較安心。</translation>
    </message>
    <message>
        <source>The processor is very busy (%1 %).</source>
        <translation>處理器非常忙碌（%1 %）。</translation>
    </message>
    <message>
        <source>Memory is nearly full (%1 %).</source>
        <translation>記憶體快滿了（%1 %）。</translation>
    </message>
    <message>
        <source>Close programs and browser tabs you do not need, then check again.</source>
        <translation>請關閉不需要的程式和瀏覽器分頁，然後重新檢查。</translation>
    </message>
    <message>
        <source>The computer has enough free capacity.</source>
        <translation>電腦有足夠的剩餘資源。</translation>
    </message>
    <message>
        <source>A file-sharing (P2P) program is running: %1.</source>
        <translation>檔案分享（P2P）軟體正在執行：%1。</translation>
    </message>
    <message>
        <source>Quit it and, if you can, uninstall it. Then check again.</source>
        <translation>請結束該軟體，可以的話請將其解除安裝。然後重新檢查。</translation>
    </message>
    <message>
        <source>A screen recording program is running: %1.</source>
        <translation>螢幕錄影軟體正在執行：%1。</translation>
    </message>
    <message>
        <source>Recording the counselling is not allowed. Quit the program before the session.</source>
        <translation>禁止錄製諮詢過程。請在諮詢前結束該軟體。</translation>
    </message>
    <message>
        <source>No recording or file-sharing programs are running.</source>
        <translation>沒有正在執行的錄影或檔案分享軟體。</translation>
    </message>
    <message>
        <source>The Zoom app is not installed.</source>
        <translation>尚未安裝 Zoom 應用程式。</translation>
    </message>
    <message>
        <source>Install Zoom Workplace from zoom.us, then check again.</source>
        <translation>請從 zoom.us 安裝 Zoom Workplace，然後重新檢查。</translation>
    </message>
    <message>
        <source>Zoom is installed, but its version could not be read.</source>
        <translation>已安裝 Zoom，但無法讀取其版本。</translation>
    </message>
    <message>
        <source>Open Zoom once before the session so it can update itself.</source>
        <translation>請在諮詢前先開啟一次 Zoom，讓它自動更新。</translation>
    </message>
    <message>
        <source>Zoom %1 is too old to join meetings (needs %2 or newer).</source>
        <translation>Zoom %1 版本太舊，無法加入會議（需要 %2 或更新的版本）。</translation>
    </message>
    <message>
        <source>Open Zoom and choose Check for Updates, or install it again from zoom.us.</source>
        <translation>請開啟 Zoom 並選擇「檢查更新」，或從 zoom.us 重新安裝。</translation>
    </message>
    <message>
        <source>Zoom %1 is installed.</source>
        <translation>已安裝 Zoom %1。</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>注意</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>有問題</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Device check, %1 (hwclient %2, %3)</source>
        <translation>裝置檢查，%1（hwclient %2，%3）</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>結果：%1</translation>
    </message>
</context>
<context>
    <name>Companions</name>
    <message>
        <source>No one: I will be alone in a private room.</source>
        <translation>無人陪同：我會獨自在私人房間內。</translation>
    </message>
    <message>
        <source>a family member</source>
        <translation>家人</translation>
    </message>
    <message>
        <source>a support worker</source>
        <translation>支援人員</translation>
    </message>
    <message>
        <source>an interpreter</source>
        <translation>口譯員</translation>
    </message>
    <message>
        <source>a carer</source>
        <translation>照護人員</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>其他人</translation>
    </message>
</context>
<context>
    <name>CompanionsEditor</name>
    <message>
        <source>Please be in a private room during the session. If someone will be with you, tick who it is, so the counsellor knows:</source>
        <translation>諮詢期間請待在私人房間內。如有人陪同，請勾選陪同的人，讓諮詢員知道：</translation>
    </message>
    <message>
        <source>A &amp;family member</source>
        <translation>家人(&amp;F)</translation>
    </message>
    <message>
        <source>A &amp;support worker</source>
        <translation>支援人員(&amp;S)</translation>
    </message>
    <message>
        <source>An &amp;interpreter, for this language:</source>
        <translation>口譯員，口譯語言(&amp;I)：</translation>
    </message>
    <message>
        <source>A &amp;carer</source>
        <translation>照護人員(&amp;C)</translation>
    </message>
    <message>
        <source>Someone &amp;else (please say who):</source>
        <translation>其他人（請說明是誰）(&amp;E)：</translation>
    </message>
    <message>
        <source>Language of the interpreter</source>
        <translation>口譯語言</translation>
    </message>
    <message>
        <source>Who else will be with you</source>
        <translation>其他陪同人員</translation>
    </message>
    <message>
        <source>For example: a friend</source>
        <translation>例如：朋友</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <source>Starting now</source>
        <translation>即將開始</translation>
    </message>
    <message>
        <source>Starts in {time}</source>
        <translation>{time} 後開始</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小時</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分鐘</numerusform>
        </translation>
    </message>
    <message>
        <source>{larger} and {smaller}</source>
        <translation>{larger} {smaller}</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>The demo is not included in this version of the app. Please use the server address from your Hello Work office instead.</source>
        <translation>此版本的應用程式不包含示範功能。請使用 Hello Work 提供的伺服器位址。</translation>
    </message>
</context>
<context>
    <name>DemoMailbox</name>
    <message>
        <source>Demo mailbox</source>
        <translation>示範信箱</translation>
    </message>
    <message>
        <source>In the demo, mails are not really sent. They appear here instead. Select a mail to read it, and click its link to continue.</source>
        <translation>在示範中，電子郵件不會真的寄出，而是顯示在這裡。請選擇一封電子郵件閱讀，並點選其中的連結繼續。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>To</source>
        <translation>收件者</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主旨</translation>
    </message>
    <message>
        <source>Mails, newest first</source>
        <translation>電子郵件（最新的在前）</translation>
    </message>
    <message>
        <source>Text of the selected mail</source>
        <translation>所選電子郵件的內文</translation>
    </message>
    <message>
        <source>No mails yet. Register an account to receive one.</source>
        <translation>還沒有電子郵件。註冊帳號後就會在這裡收到電子郵件。</translation>
    </message>
    <message>
        <source>This mail has no text.</source>
        <translation>這封電子郵件沒有內文。</translation>
    </message>
    <message>
        <source>Completing your registration…</source>
        <translation>正在完成註冊…</translation>
    </message>
    <message>
        <source>Your registration is complete. You can sign in now.</source>
        <translation>註冊已完成。您現在可以登入了。</translation>
    </message>
</context>
<context>
    <name>DeviceCheckPage</name>
    <message>
        <source>Check my device</source>
        <translation>檢查裝置</translation>
    </message>
    <message>
        <source>Let&apos;s check that your PC is ready for a video session. You should see yourself, the bar should move when you speak, and you should hear the test sound.</source>
        <translation>我們來確認您的電腦是否可以進行視訊諮詢。您應該能看到自己，說話時音量條會動，並且能聽到測試音。</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>麥克風</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>麥克風音量</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>喇叭</translation>
    </message>
    <message>
        <source>&amp;Play test sound</source>
        <translation>播放測試音(&amp;P)</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>重新檢查(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>繼續(&amp;C)</translation>
    </message>
    <message>
        <source>No microphone found. Connect a headset or a microphone.</source>
        <translation>找不到麥克風。請連接耳機麥克風或麥克風。</translation>
    </message>
    <message>
        <source>We can hear you.</source>
        <translation>我們聽得到您的聲音。</translation>
    </message>
    <message>
        <source>Say something: the bar should move.</source>
        <translation>請說幾句話：音量條應該會動。</translation>
    </message>
    <message>
        <source>The microphone could not be started. Close other apps using it.</source>
        <translation>無法啟動麥克風。請關閉正在使用麥克風的其他應用程式。</translation>
    </message>
    <message>
        <source>No speakers found. Connect speakers or headphones.</source>
        <translation>找不到喇叭。請連接喇叭或耳機。</translation>
    </message>
    <message>
        <source>Did you hear a chime? If not, turn up the volume and play it again.</source>
        <translation>您有聽到提示音嗎？如果沒有，請調高音量後再播放一次。</translation>
    </message>
    <message>
        <source>Press the button: you should hear a short chime.</source>
        <translation>請按下按鈕：您應該會聽到一聲短短的提示音。</translation>
    </message>
    <message numerus="yes">
        <source>Checking your PC… %n of %1 done.</source>
        <translation>
            <numerusform>正在檢查您的電腦… 已完成 %n 項，共 %1 項。</numerusform>
        </translation>
    </message>
    <message>
        <source>The check is finished.</source>
        <translation>檢查已完成。</translation>
    </message>
    <message>
        <source>Some things must be fixed before your session. See the steps below.</source>
        <translation>諮詢前有些問題必須解決。請參考下方的步驟。</translation>
    </message>
    <message>
        <source>Your PC can be used, but some things need attention.</source>
        <translation>您的電腦可以使用，但有些地方需要注意。</translation>
    </message>
    <message>
        <source>Your PC is ready for the session.</source>
        <translation>您的電腦已準備好進行諮詢。</translation>
    </message>
    <message>
        <source>The result was sent to your Hello Work office.</source>
        <translation>檢查結果已傳送給您的 Hello Work。</translation>
    </message>
</context>
<context>
    <name>ForgotPage</name>
    <message>
        <source>Forgot your password?</source>
        <translation>忘記密碼了嗎？</translation>
    </message>
    <message>
        <source>For your safety, passwords are not reset by e-mail, and accounts are not issued again. Please phone your Hello Work office. They will check who you are and help you.</source>
        <translation>為了您的安全，我們不會透過電子郵件重設密碼，也不會重新發放帳號。請致電您的 Hello Work，工作人員會確認您的身分並協助您。</translation>
    </message>
    <message>
        <source>When you call, say that you use the online counselling app and forgot your password. Have your Hello Work card (with your job-seeker number) ready.</source>
        <translation>打電話時，請說明您正在使用線上諮詢應用程式，並且忘記了密碼。請準備好您的 Hello Work 受理單（上面有求職編號）。</translation>
    </message>
    <message>
        <source>Hello Work offices</source>
        <translation>Hello Work 一覽</translation>
    </message>
    <message>
        <source>&amp;Back to sign in</source>
        <translation>返回登入(&amp;B)</translation>
    </message>
    <message>
        <source>The phone number of your office is on your Hello Work card and on the Hello Work website.</source>
        <translation>您的 Hello Work 的電話號碼印在 Hello Work 受理單上，也可以在 Hello Work 的網站上查到。</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Home</source>
        <translation>首頁</translation>
    </message>
    <message>
        <source>Your next session</source>
        <translation>您的下一次諮詢</translation>
    </message>
    <message>
        <source>&amp;Join the session</source>
        <translation>加入諮詢(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Book a session</source>
        <translation>預約諮詢(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;My bookings</source>
        <translation>我的預約(&amp;M)</translation>
    </message>
    <message>
        <source>You have no session booked.</source>
        <translation>您沒有預約諮詢。</translation>
    </message>
    <message>
        <source>&amp;Check my device</source>
        <translation>檢查裝置(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>再試一次(&amp;T)</translation>
    </message>
    <message>
        <source>Hello, {name}.</source>
        <translation>{name}，您好。</translation>
    </message>
    <message>
        <source>Office: {office}</source>
        <translation>Hello Work：{office}</translation>
    </message>
    <message>
        <source>Office: {office} (phone {phone})</source>
        <translation>Hello Work：{office}（電話 {phone}）</translation>
    </message>
    <message>
        <source>With you: {who}</source>
        <translation>陪同人員：{who}</translation>
    </message>
    <message>
        <source>Please check your camera, microphone and PC before the session.</source>
        <translation>諮詢前請檢查攝影機、麥克風和電腦。</translation>
    </message>
    <message>
        <source>Your last device check found problems. Please fix them and check again.</source>
        <translation>上次的裝置檢查發現了問題。請解決後重新檢查。</translation>
    </message>
    <message>
        <source>Joining is open now. Press Join the session.</source>
        <translation>現在可以加入了。請按「加入諮詢」。</translation>
    </message>
    <message>
        <source>You can join from {time} (10 minutes before the start).</source>
        <translation>您可以從 {time} 起加入（開始前 10 分鐘）。</translation>
    </message>
    <message>
        <source>The time to join has passed. If you could not join, please phone the office: {phone}</source>
        <translation>加入時間已過。如果您沒有加入，請致電 Hello Work：{phone}</translation>
    </message>
</context>
<context>
    <name>JobSeekerNumber</name>
    <message>
        <source>Please enter your job-seeker number. It is on your Hello Work card.</source>
        <translation>請輸入您的求職編號（求職番号），它印在您的 Hello Work 受理單上。</translation>
    </message>
    <message>
        <source>Please use only numbers and one hyphen, like {example}.</source>
        <translation>請只使用數字和一個連字號，例如 {example}。</translation>
    </message>
    <message>
        <source>Please use only one hyphen, after the first 5 numbers, like {example}.</source>
        <translation>請只使用一個連字號，放在前 5 位數字之後，例如 {example}。</translation>
    </message>
    <message>
        <source>The part before the hyphen has 5 numbers, like {example}.</source>
        <translation>連字號前面是 5 位數字，例如 {example}。</translation>
    </message>
    <message>
        <source>The part after the hyphen has 1 to 8 numbers, like {example}.</source>
        <translation>連字號後面是 1 到 8 位數字，例如 {example}。</translation>
    </message>
</context>
<context>
    <name>JoinPage</name>
    <message>
        <source>Join the session</source>
        <translation>加入諮詢</translation>
    </message>
    <message>
        <source>Before you join, please confirm each point:</source>
        <translation>加入前，請逐項確認：</translation>
    </message>
    <message>
        <source>I am in a private room, or everyone with me was declared in the booking.</source>
        <translation>我在私人房間內，或在場的人都已在預約時登記。</translation>
    </message>
    <message>
        <source>I will not record the session (no screen or sound recording).</source>
        <translation>我不會錄製諮詢過程（不錄影，也不錄音）。</translation>
    </message>
    <message>
        <source>&amp;Open Zoom and join</source>
        <translation>開啟 Zoom 並加入(&amp;O)</translation>
    </message>
    <message>
        <source>My name in Zoom will be my registered name: {name}. The counsellor checks it with my job-seeker number.</source>
        <translation>我在 Zoom 中的名稱會是我登記的姓名：{name}。諮詢員會用我的求職編號核對。</translation>
    </message>
    <message>
        <source>{when} with {office}</source>
        <translation>{when}，{office}</translation>
    </message>
    <message>
        <source>Declared in your booking: {who}</source>
        <translation>預約時登記的陪同人員：{who}</translation>
    </message>
    <message>
        <source>Zoom could not be opened. Please install Zoom or try another browser.</source>
        <translation>無法開啟 Zoom。請安裝 Zoom，或改用其他瀏覽器。</translation>
    </message>
    <message>
        <source>Zoom is opening. If nothing happens, open the meeting in your browser.</source>
        <translation>正在開啟 Zoom。如果沒有反應，請在瀏覽器中開啟會議。</translation>
    </message>
    <message>
        <source>The meeting is opening in your browser.</source>
        <translation>正在瀏覽器中開啟會議。</translation>
    </message>
    <message>
        <source>Open in &amp;browser</source>
        <translation>在瀏覽器中開啟(&amp;B)</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Choose the language for this app. You can change it later in Settings.</source>
        <translation>請選擇本應用程式的語言。之後可以在「設定」中變更。</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>繼續(&amp;C)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Hello Work online counselling</source>
        <translation>Hello Work 線上職業諮詢</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 返回(&amp;B)</translation>
    </message>
    <message>
        <source>Back to the previous step</source>
        <translation>回到上一步</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步驟</translation>
    </message>
    <message>
        <source>&amp;App</source>
        <translation>應用程式(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostic info for the help desk</source>
        <translation>複製診斷資訊給服務台(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;About this app</source>
        <translation>關於本應用程式(&amp;A)</translation>
    </message>
    <message>
        <source>Demo &amp;mailbox</source>
        <translation>示範信箱(&amp;M)</translation>
    </message>
    <message>
        <source>Demo mode: nothing here is real. Sign in with {email} and the password {password}.</source>
        <translation>示範模式：這裡的內容都不是真的。請使用 {email} 和密碼 {password} 登入。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Check my device</source>
        <translation>檢查裝置</translation>
    </message>
    <message>
        <source>Terms of use</source>
        <translation>使用條款</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登入</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>首頁</translation>
    </message>
    <message>
        <source>Book a session</source>
        <translation>預約諮詢</translation>
    </message>
    <message>
        <source>My bookings</source>
        <translation>我的預約</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>我的帳號</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Could not reach the Hello Work service. Check your internet connection, then press Try again. You can check your device meanwhile.</source>
        <translation>無法連線到 Hello Work 服務。請檢查網路連線，然後按「再試一次」。在這段期間，您可以先檢查裝置。</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>再試一次(&amp;T)</translation>
    </message>
    <message>
        <source>You were signed out. Please sign in again to continue where you were.</source>
        <translation>您已被登出。請重新登入，以便從剛才的地方繼續。</translation>
    </message>
    <message>
        <source>Diagnostic info copied. You can paste it into a mail to the help desk.</source>
        <translation>診斷資訊已複製。您可以將它貼到寄給服務台的電子郵件中。</translation>
    </message>
    <message>
        <source>About this app</source>
        <translation>關於本應用程式</translation>
    </message>
    <message>
        <source>Hello Work online counselling, version {version}</source>
        <translation>Hello Work 線上職業諮詢，版本 {version}</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>發生問題</translation>
    </message>
    <message>
        <source>Something went wrong in the app. Please try again. If it happens again, copy the diagnostic info and send it to the help desk.</source>
        <translation>應用程式發生問題。請再試一次。如果再次發生，請複製診斷資訊並寄給服務台。</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostic info</source>
        <translation>複製診斷資訊(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Meeting</name>
    <message>
        <source>The meeting link from the service does not look like a Zoom link, so the app did not open it. Please phone your Hello Work office.</source>
        <translation>服務傳來的會議連結看起來不是 Zoom 連結，因此應用程式沒有開啟。請致電您的 Hello Work。</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>{day}, {time}</source>
        <translation>{day} {time}</translation>
    </message>
    <message>
        <source>Please phone your Hello Work office: {phone}.</source>
        <translation>請致電您的 Hello Work：{phone}。</translation>
    </message>
    <message>
        <source>Please phone your Hello Work office.</source>
        <translation>請致電您的 Hello Work。</translation>
    </message>
    <message>
        <source>Some information is missing or not in the right form.</source>
        <translation>有些資料缺漏或格式不正確。</translation>
    </message>
    <message>
        <source>Please check the marked fields and try again.</source>
        <translation>請檢查標示的欄位後再試一次。</translation>
    </message>
    <message>
        <source>This password is too easy to guess.</source>
        <translation>這個密碼太容易被猜到。</translation>
    </message>
    <message>
        <source>Please choose a password of at least 10 characters that is not your e-mail address and not a common word.</source>
        <translation>請設定至少 10 個字元的密碼，不能是您的電子郵件地址，也不能是常見的詞。</translation>
    </message>
    <message>
        <source>Please choose a harder password.</source>
        <translation>請設定更難猜到的密碼。</translation>
    </message>
    <message>
        <source>This link does not work any more. It may be older than 24 hours or used already.</source>
        <translation>這個連結已失效。可能已超過 24 小時，或已經使用過。</translation>
    </message>
    <message>
        <source>Please register again to get a new link, or sign in if you already finished.</source>
        <translation>請重新註冊以取得新連結；如果您已完成註冊，請直接登入。</translation>
    </message>
    <message>
        <source>The e-mail address or the password is not right.</source>
        <translation>電子郵件地址或密碼不正確。</translation>
    </message>
    <message>
        <source>Please check both and try again. Capital letters count.</source>
        <translation>請檢查兩者後再試一次。英文大小寫有區別。</translation>
    </message>
    <message>
        <source>Please check your password.</source>
        <translation>請檢查您的密碼。</translation>
    </message>
    <message>
        <source>Your registration is not finished yet.</source>
        <translation>您的註冊尚未完成。</translation>
    </message>
    <message>
        <source>Please open the link in the e-mail we sent you. We can send the e-mail again.</source>
        <translation>請開啟我們寄給您的電子郵件中的連結。我們可以重新寄送電子郵件。</translation>
    </message>
    <message>
        <source>Sign-in is paused after several wrong passwords, to protect your account.</source>
        <translation>由於多次輸入錯誤的密碼，為了保護您的帳號，已暫停登入。</translation>
    </message>
    <message numerus="yes">
        <source>Please try again in %n minute(s). If you forgot your password, phone your office.</source>
        <translation>
            <numerusform>請在 %n 分鐘後再試一次。如果忘記密碼，請致電您的 Hello Work。</numerusform>
        </translation>
    </message>
    <message>
        <source>You have been signed out.</source>
        <translation>您已被登出。</translation>
    </message>
    <message>
        <source>Please sign in again. Nothing you typed is lost.</source>
        <translation>請重新登入。您輸入的內容不會遺失。</translation>
    </message>
    <message>
        <source>The terms of use changed while you were reading them.</source>
        <translation>在您閱讀期間，使用條款已變更。</translation>
    </message>
    <message>
        <source>Please read the new version and agree again.</source>
        <translation>請閱讀新版本並再次同意。</translation>
    </message>
    <message>
        <source>Before booking, please agree to the current terms of use.</source>
        <translation>預約前，請同意最新的使用條款。</translation>
    </message>
    <message>
        <source>We will show you the terms, then bring you back here.</source>
        <translation>我們會先顯示條款，然後帶您回到這裡。</translation>
    </message>
    <message>
        <source>This version of the app is too old to use the service.</source>
        <translation>此版本的應用程式太舊，無法使用本服務。</translation>
    </message>
    <message>
        <source>Please install the new version. Your bookings are kept.</source>
        <translation>請安裝新版本。您的預約會保留。</translation>
    </message>
    <message>
        <source>We could not find this any more. It may have been removed.</source>
        <translation>找不到這個項目，可能已被刪除。</translation>
    </message>
    <message>
        <source>Please go back and try again.</source>
        <translation>請返回後再試一次。</translation>
    </message>
    <message>
        <source>Someone just booked this time. Please choose another time.</source>
        <translation>這個時間剛剛被別人預約了。請選擇其他時間。</translation>
    </message>
    <message>
        <source>Other free times are shown below.</source>
        <translation>下方顯示其他空檔。</translation>
    </message>
    <message>
        <source>You already have a session on {date}. Only one session a day is possible.</source>
        <translation>您在 {date} 已有一次諮詢。每天只能預約一次諮詢。</translation>
    </message>
    <message>
        <source>You already have a session on that day. Only one session a day is possible.</source>
        <translation>您在那天已有一次諮詢。每天只能預約一次諮詢。</translation>
    </message>
    <message>
        <source>Please choose another day.</source>
        <translation>請選擇其他日期。</translation>
    </message>
    <message>
        <source>Booking is paused until {date} because sessions were missed.</source>
        <translation>由於多次缺席諮詢，{date} 以前暫停預約。</translation>
    </message>
    <message>
        <source>Booking is paused for your account because sessions were missed.</source>
        <translation>由於多次缺席諮詢，您的帳號已暫停預約。</translation>
    </message>
    <message>
        <source>Your office has paused online sessions for your account, often because residence status details need checking.</source>
        <translation>您的 Hello Work 已暫停您帳號的線上諮詢，通常是因為需要確認在留資格等資料。</translation>
    </message>
    <message>
        <source>The session has already started, so it cannot be cancelled in the app.</source>
        <translation>諮詢已經開始，無法在應用程式中取消。</translation>
    </message>
    <message>
        <source>This booking is no longer active. It may have been cancelled.</source>
        <translation>這個預約已失效，可能已被取消。</translation>
    </message>
    <message>
        <source>Please look at My bookings for its current state.</source>
        <translation>請在「我的預約」中查看目前的狀態。</translation>
    </message>
    <message>
        <source>Your booking request changed while it was being sent.</source>
        <translation>您的預約申請在傳送過程中有所變更。</translation>
    </message>
    <message>
        <source>Please check My bookings, then try again.</source>
        <translation>請查看「我的預約」，然後再試一次。</translation>
    </message>
    <message>
        <source>You can join from {time} on {date} (10 minutes before the start).</source>
        <translation>您可以從 {date} {time} 起加入（開始前 10 分鐘）。</translation>
    </message>
    <message>
        <source>You can join from 10 minutes before the start until 10 minutes after it.</source>
        <translation>您可以在開始前 10 分鐘到開始後 10 分鐘之間加入。</translation>
    </message>
    <message>
        <source>Please come back then.</source>
        <translation>請到時再回來。</translation>
    </message>
    <message>
        <source>What you sent is too long for the service.</source>
        <translation>您傳送的內容太長，服務無法接收。</translation>
    </message>
    <message>
        <source>Please make the note or text shorter and try again.</source>
        <translation>請縮短備註或文字後再試一次。</translation>
    </message>
    <message>
        <source>Something changed on the service while you were working.</source>
        <translation>在您操作期間，服務上的內容有所變更。</translation>
    </message>
    <message>
        <source>Please go back, look again, and try once more.</source>
        <translation>請返回重新查看，然後再試一次。</translation>
    </message>
    <message>
        <source>The app and the service do not understand each other.</source>
        <translation>應用程式與服務無法正常溝通。</translation>
    </message>
    <message>
        <source>Please install the newest version of the app.</source>
        <translation>請安裝最新版本的應用程式。</translation>
    </message>
    <message>
        <source>We could not reach the service.</source>
        <translation>無法連線到服務。</translation>
    </message>
    <message>
        <source>Please check your internet connection and try again. Nothing you typed is lost.</source>
        <translation>請檢查網路連線後再試一次。您輸入的內容不會遺失。</translation>
    </message>
    <message>
        <source>The service has a problem right now.</source>
        <translation>服務目前發生問題。</translation>
    </message>
    <message>
        <source>Please try again in a few minutes. Nothing you typed is lost.</source>
        <translation>請過幾分鐘再試一次。您輸入的內容不會遺失。</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>發生問題。</translation>
    </message>
    <message>
        <source>Please try again. If it happens again, phone your Hello Work office.</source>
        <translation>請再試一次。如果再次發生，請致電您的 Hello Work。</translation>
    </message>
    <message>
        <source>Please enter an e-mail address like name@example.jp.</source>
        <translation>請輸入電子郵件地址，例如 name@example.jp。</translation>
    </message>
    <message>
        <source>Please choose a password of at least 10 characters.</source>
        <translation>請設定至少 10 個字元的密碼。</translation>
    </message>
    <message>
        <source>Please enter your name.</source>
        <translation>請輸入您的姓名。</translation>
    </message>
    <message>
        <source>Please enter your name in kana, or leave it empty.</source>
        <translation>請用片假名輸入姓名讀音，或保持空白。</translation>
    </message>
    <message>
        <source>Please enter a phone number with digits only, or leave it empty.</source>
        <translation>請只用數字輸入電話號碼，或保持空白。</translation>
    </message>
    <message>
        <source>Please enter the number as 5 digits, a hyphen, then up to 8 digits.</source>
        <translation>請依「5 位數字、連字號、最多 8 位數字」的格式輸入編號。</translation>
    </message>
    <message>
        <source>Please make the note shorter (500 characters at most).</source>
        <translation>請縮短備註（最多 500 字）。</translation>
    </message>
    <message>
        <source>Please enter your current password.</source>
        <translation>請輸入目前的密碼。</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Page</source>
        <translation>頁面</translation>
    </message>
</context>
<context>
    <name>PasswordEdit</name>
    <message>
        <source>Hide</source>
        <translation>隱藏</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>顯示</translation>
    </message>
    <message>
        <source>Hide the password</source>
        <translation>隱藏密碼</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>顯示密碼</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Please use at least 10 characters.</source>
        <translation>請至少使用 10 個字元。</translation>
    </message>
    <message>
        <source>Please do not use your e-mail address as the password.</source>
        <translation>請不要用電子郵件地址當作密碼。</translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation>建立帳號</translation>
    </message>
    <message>
        <source>Fill in your details. Fields marked (optional) can be left empty. We will send you an e-mail with a link to finish the registration.</source>
        <translation>請填寫您的資料。標示（選填）的欄位可以空白。我們會寄一封電子郵件給您，透過其中的連結完成註冊。</translation>
    </message>
    <message>
        <source>&amp;Name (as registered at Hello Work)</source>
        <translation>姓名（與 Hello Work 登記的相同）(&amp;N)</translation>
    </message>
    <message>
        <source>Name in &amp;kana (optional)</source>
        <translation>姓名片假名讀音（選填）(&amp;K)</translation>
    </message>
    <message>
        <source>Example: ハロー タロウ</source>
        <translation>例如：ハロー タロウ</translation>
    </message>
    <message>
        <source>&amp;E-mail address</source>
        <translation>電子郵件地址(&amp;E)</translation>
    </message>
    <message>
        <source>Example: name@example.jp</source>
        <translation>例如：name@example.jp</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密碼(&amp;P)</translation>
    </message>
    <message>
        <source>At least 10 characters, not your e-mail address, not a common word. Tip: three or four words you can remember, like &apos;blue tea morning walk&apos;.</source>
        <translation>至少 10 個字元，不能是您的電子郵件地址，也不能是常見的詞。提示：用三、四個您記得住的詞組合，例如「lanse hongcha zaochen sanbu」。</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>再次輸入密碼(&amp;A)</translation>
    </message>
    <message>
        <source>Type the same password again.</source>
        <translation>請再輸入一次相同的密碼。</translation>
    </message>
    <message>
        <source>&amp;Job-seeker number (optional)</source>
        <translation>求職編號（求職番号，選填）(&amp;J)</translation>
    </message>
    <message>
        <source>It is on your Hello Work card (求職番号): 5 digits, a hyphen, then up to 8 digits, for example 12345-12345678. Full-width digits are fine.</source>
        <translation>印在您的 Hello Work 受理單上（求職番号）：5 位數字、連字號，再加最多 8 位數字，例如 12345-12345678。全形數字也可以。</translation>
    </message>
    <message>
        <source>P&amp;hone number (optional)</source>
        <translation>電話號碼（選填）(&amp;H)</translation>
    </message>
    <message>
        <source>Example: 090-1234-5678</source>
        <translation>例如：090-1234-5678</translation>
    </message>
    <message>
        <source>A&amp;ddress (optional)</source>
        <translation>地址（選填）(&amp;D)</translation>
    </message>
    <message>
        <source>Create my &amp;account</source>
        <translation>建立我的帳號(&amp;A)</translation>
    </message>
    <message>
        <source>I already have an account: &amp;sign in</source>
        <translation>我已經有帳號：登入(&amp;S)</translation>
    </message>
    <message>
        <source>Please enter your name.</source>
        <translation>請輸入您的姓名。</translation>
    </message>
    <message>
        <source>Please enter an e-mail address like name@example.jp.</source>
        <translation>請輸入電子郵件地址，例如 name@example.jp。</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>兩次輸入的密碼不一致。</translation>
    </message>
</context>
<context>
    <name>ReminderNotifier</name>
    <message>
        <source>Your counselling session is tomorrow</source>
        <translation>您的職業諮詢就在明天</translation>
    </message>
    <message>
        <source>{when}, {office}. Please check your device before the session.</source>
        <translation>{when}，{office}。請在諮詢前檢查裝置。</translation>
    </message>
    <message>
        <source>Check my device now</source>
        <translation>立即檢查裝置</translation>
    </message>
    <message>
        <source>Your session starts in 30 minutes</source>
        <translation>您的諮詢將在 30 分鐘後開始</translation>
    </message>
    <message>
        <source>{when}, {office}. Check your camera and microphone now.</source>
        <translation>{when}，{office}。請現在檢查攝影機和麥克風。</translation>
    </message>
    <message>
        <source>You can join your session now</source>
        <translation>現在可以加入諮詢了</translation>
    </message>
    <message>
        <source>{when}, {office}. Open the app and press Join.</source>
        <translation>{when}，{office}。請開啟應用程式並按「加入諮詢」。</translation>
    </message>
    <message>
        <source>Go to Join</source>
        <translation>前往加入</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Your settings could not be saved. Check that the disk is not full, then try again.</source>
        <translation>無法儲存您的設定。請確認磁碟空間未滿，然後再試一次。</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>語言(&amp;L)：</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Remind me the &amp;day before my session</source>
        <translation>諮詢前一天提醒我(&amp;D)</translation>
    </message>
    <message>
        <source>Remind me &amp;30 minutes before, to check my device</source>
        <translation>30 分鐘前提醒我檢查裝置(&amp;3)</translation>
    </message>
    <message>
        <source>Tell me when I can &amp;join</source>
        <translation>可以加入時通知我(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when the window is closed (for reminders)</source>
        <translation>關閉視窗後仍在系統匣中執行（用於提醒）(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>伺服器位址(&amp;S)：</translation>
    </message>
    <message>
        <source>Use this &amp;address</source>
        <translation>使用此位址(&amp;A)</translation>
    </message>
    <message>
        <source>Change the server address only if your Hello Work office asks you to.</source>
        <translation>只有在 Hello Work 要求時，才需要變更伺服器位址。</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostic info for the help desk</source>
        <translation>複製診斷資訊給服務台(&amp;C)</translation>
    </message>
    <message>
        <source>Right now the app is using {url}.</source>
        <translation>應用程式目前使用的是 {url}。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已儲存。</translation>
    </message>
    <message>
        <source>This does not look like a web address. Please check it and try again.</source>
        <translation>這看起來不是網址。請檢查後再試一次。</translation>
    </message>
    <message>
        <source>Saved. The app will use this address the next time it starts.</source>
        <translation>已儲存。應用程式下次啟動時會使用此位址。</translation>
    </message>
    <message>
        <source>Diagnostic info copied. You can paste it into a mail to the help desk.</source>
        <translation>診斷資訊已複製。您可以將它貼到寄給服務台的電子郵件中。</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation>登入</translation>
    </message>
    <message>
        <source>Sign in with the e-mail address and password you registered with.</source>
        <translation>請使用註冊時的電子郵件地址和密碼登入。</translation>
    </message>
    <message>
        <source>Demo: the demo account {email} is already filled in.</source>
        <translation>示範：已填入示範帳號 {email}。</translation>
    </message>
    <message>
        <source>&amp;E-mail address</source>
        <translation>電子郵件地址(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密碼(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>登入(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Create an account</source>
        <translation>建立帳號(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Forgot your password?</source>
        <translation>忘記密碼了嗎？(&amp;F)</translation>
    </message>
    <message>
        <source>Your account and your personal data are deleted. Thank you for using the service.</source>
        <translation>您的帳號和個人資料已刪除。感謝您使用本服務。</translation>
    </message>
    <message>
        <source>Please enter your e-mail address.</source>
        <translation>請輸入電子郵件地址。</translation>
    </message>
    <message>
        <source>Please enter your password.</source>
        <translation>請輸入密碼。</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>接下來該怎麼做</translation>
    </message>
</context>
<context>
    <name>SlotCalendar</name>
    <message>
        <source>Calendar: days in bold have free times</source>
        <translation>行事曆：粗體日期有空檔</translation>
    </message>
    <message>
        <source>Free times on the chosen day</source>
        <translation>所選日期的空檔</translation>
    </message>
    <message numerus="yes">
        <source>%n free time(s)</source>
        <translation>
            <numerusform>%n 個空檔</numerusform>
        </translation>
    </message>
    <message>
        <source>You already have a session on this day. Only one session a day is possible.</source>
        <translation>您在這一天已有一次諮詢。每天只能預約一次諮詢。</translation>
    </message>
    <message>
        <source>Choose a time:</source>
        <translation>請選擇時間：</translation>
    </message>
    <message>
        <source>Looking for free times…</source>
        <translation>正在尋找空檔…</translation>
    </message>
    <message>
        <source>No free times on this day. Days in bold have free times.</source>
        <translation>這一天沒有空檔。粗體日期有空檔。</translation>
    </message>
    <message>
        <source>{start} – {end}   ({places})</source>
        <translation>{start} – {end}   （{places}）</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) left</source>
        <translation>
            <numerusform>剩餘 %n 個名額</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusRow</name>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>需要注意</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>有問題</translation>
    </message>
    <message>
        <source>Could not check</source>
        <translation>無法檢查</translation>
    </message>
    <message>
        <source>What to do: {remedy}</source>
        <translation>解決方法：{remedy}</translation>
    </message>
    <message>
        <source>Open the &amp;setting</source>
        <translation>開啟設定(&amp;S)</translation>
    </message>
    <message>
        <source>More &amp;information</source>
        <translation>更多資訊(&amp;I)</translation>
    </message>
</context>
<context>
    <name>TermsPage</name>
    <message>
        <source>Terms of use</source>
        <translation>使用條款</translation>
    </message>
    <message>
        <source>I have read the terms of use and I &amp;agree to them.</source>
        <translation>我已閱讀並同意使用條款(&amp;A)</translation>
    </message>
    <message>
        <source>The sessions take place in Zoom. Please also read Zoom&apos;s &lt;a href=&quot;{terms}&quot;&gt;terms of service&lt;/a&gt; and &lt;a href=&quot;{privacy}&quot;&gt;privacy statement&lt;/a&gt;.</source>
        <translation>諮詢透過 Zoom 進行。也請閱讀 Zoom 的&lt;a href=&quot;{terms}&quot;&gt;服務條款&lt;/a&gt;和&lt;a href=&quot;{privacy}&quot;&gt;隱私權聲明&lt;/a&gt;。</translation>
    </message>
    <message>
        <source>I accept &amp;Zoom&apos;s terms of service and privacy statement.</source>
        <translation>我接受 Zoom 的服務條款和隱私權聲明(&amp;Z)</translation>
    </message>
    <message>
        <source>Agree and &amp;continue</source>
        <translation>同意並繼續(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>再試一次(&amp;T)</translation>
    </message>
    <message>
        <source>Terms of use text</source>
        <translation>使用條款內文</translation>
    </message>
    <message>
        <source>Loading the terms of use…</source>
        <translation>正在載入使用條款…</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;Version {version}, in effect from {date}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;版本 {version}，自 {date} 起生效</translation>
    </message>
    <message>
        <source>The terms of use have changed since you last agreed. Please read them and agree again.</source>
        <translation>自您上次同意以來，使用條款已變更。請閱讀後再次同意。</translation>
    </message>
    <message>
        <source>What changed: {summary}</source>
        <translation>變更內容：{summary}</translation>
    </message>
    <message>
        <source>✓ You have read to the end.</source>
        <translation>✓ 您已讀到最後。</translation>
    </message>
    <message>
        <source>Please read the terms to the end (scroll down).</source>
        <translation>請將條款讀到最後（向下捲動）。</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Hello Work online counselling</source>
        <translation>Hello Work 線上職業諮詢</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開啟(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Check my device</source>
        <translation>檢查裝置(&amp;C)</translation>
    </message>
    <message>
        <source>My &amp;bookings</source>
        <translation>我的預約(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>UpdatePrompt</name>
    <message>
        <source>A new version of this app ({version}) is available.</source>
        <translation>本應用程式有新版本（{version}）。</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>下載(&amp;D)</translation>
    </message>
    <message>
        <source>Please update the app</source>
        <translation>請更新應用程式</translation>
    </message>
    <message>
        <source>This version of the app is too old to use the service. Please download and install the new version. Your bookings are kept.</source>
        <translation>此版本的應用程式太舊，無法使用本服務。請下載並安裝新版本。您的預約會保留。</translation>
    </message>
    <message>
        <source>&amp;Download the new version</source>
        <translation>下載新版本(&amp;D)</translation>
    </message>
</context>
<context>
    <name>VerifySentPage</name>
    <message>
        <source>Check your e-mail</source>
        <translation>請查看您的電子郵件</translation>
    </message>
    <message>
        <source>One more step: open the link in your e-mail</source>
        <translation>還差一步：開啟電子郵件中的連結</translation>
    </message>
    <message>
        <source>We sent an e-mail to {email}.</source>
        <translation>我們已寄送電子郵件到 {email}。</translation>
    </message>
    <message>
        <source>Open the link in it to finish your registration.</source>
        <translation>請開啟其中的連結以完成註冊。</translation>
    </message>
    <message>
        <source>We sent you an e-mail. Open the link in it to finish your registration.</source>
        <translation>我們已寄送電子郵件給您。請開啟其中的連結以完成註冊。</translation>
    </message>
    <message>
        <source>• The link works for 24 hours.
• No e-mail after a few minutes? Look in the spam or junk folder.
• After opening the link, come back here and sign in.</source>
        <translation>• 連結在 24 小時內有效。
• 幾分鐘後還沒收到電子郵件？請查看垃圾郵件資料夾。
• 開啟連結後，請回到這裡登入。</translation>
    </message>
    <message>
        <source>Send the e-mail &amp;again</source>
        <translation>重新寄送電子郵件(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Register again</source>
        <translation>重新註冊(&amp;R)</translation>
    </message>
    <message>
        <source>I opened the link: &amp;sign in</source>
        <translation>我已開啟連結：登入(&amp;S)</translation>
    </message>
    <message>
        <source>We sent the e-mail again at {time}. Please look for the newest one.</source>
        <translation>我們已在 {time} 重新寄送電子郵件。請查看最新的那一封。</translation>
    </message>
</context>
</TS>
