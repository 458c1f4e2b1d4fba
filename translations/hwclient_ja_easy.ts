<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en_US">
<context>
    <name>AccountPage</name>
    <message>
        <source>My account</source>
        <translation>わたしの アカウント</translation>
    </message>
    <message>
        <source>It has been a while since you changed your password. To keep your account safe, please choose a new one below.</source>
        <translation>パスワードを 長い 間 かえて いません。 アカウントを まもるため、 下で 新しい パスワードを きめて ください。</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>後で(&amp;L)</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>とうろくした こと</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>ログアウト(&amp;O)</translation>
    </message>
    <message>
        <source>Change your password</source>
        <translation>パスワードを かえる</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>今の パスワード(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>新しい パスワード(&amp;N)</translation>
    </message>
    <message>
        <source>At least 10 characters, not your e-mail address, not a common word.</source>
        <translation>10文字 いじょう。 メールアドレスや よく ある ことばは だめです。</translation>
    </message>
    <message>
        <source>New password &amp;again</source>
        <translation>新しい パスワード（もう一度）(&amp;A)</translation>
    </message>
    <message>
        <source>C&amp;hange password</source>
        <translation>パスワードを かえる(&amp;H)</translation>
    </message>
    <message>
        <source>Language and reminders</source>
        <translation>ことばと おしらせ</translation>
    </message>
    <message>
        <source>&amp;Language of the app</source>
        <translation>アプリの ことば(&amp;L)</translation>
    </message>
    <message>
        <source>Remind me about my session:</source>
        <translation>そうだんの おしらせ:</translation>
    </message>
    <message>
        <source>The day &amp;before</source>
        <translation>前の 日(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;30 minutes before</source>
        <translation>30分 前(&amp;3)</translation>
    </message>
    <message>
        <source>When I can &amp;join</source>
        <translation>さんか できる 時間に なった とき(&amp;J)</translation>
    </message>
    <message>
        <source>Delete your account</source>
        <translation>アカウントを けす</translation>
    </message>
    <message>
        <source>This deletes your registration and personal data and cancels your future sessions. It cannot be undone. To use the service again, you would register again. Enter your password to confirm.</source>
        <translation>とうろくした ことと あなたの じょうほうを けします。 これからの そうだんの よやくも キャンセルに なります。 もとに もどせません。 また つかう ときは、 もう一度 とうろく して ください。 パスワードを 入れて ください。</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>パスワード(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Delete my account…</source>
        <translation>アカウントを けす(&amp;D)…</translation>
    </message>
    <message>
        <source>Name: {name}</source>
        <translation>名前: {name}</translation>
    </message>
    <message>
        <source>E-mail: {email}</source>
        <translation>メールアドレス: {email}</translation>
    </message>
    <message>
        <source>Job-seeker number: {number}</source>
        <translation>きゅうしょく ばんごう: {number}</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>（ありません）</translation>
    </message>
    <message>
        <source>Password last changed: {date}</source>
        <translation>パスワードを かえた 日: {date}</translation>
    </message>
    <message>
        <source>Please enter your current password.</source>
        <translation>今の パスワードを 入れて ください。</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>新しい パスワードが 2つ ちがいます。</translation>
    </message>
    <message>
        <source>Your password is changed. Other computers signed in to your account are signed out.</source>
        <translation>パスワードを かえました。 ほかの パソコンの ログインは おわりました。</translation>
    </message>
    <message>
        <source>Please enter your password to confirm.</source>
        <translation>パスワードを 入れて ください。</translation>
    </message>
    <message>
        <source>Delete your account?</source>
        <translation>アカウントを けしますか？</translation>
    </message>
    <message>
        <source>Do you really want to delete your account?</source>
        <translation>ほんとうに アカウントを けしますか？</translation>
    </message>
    <message>
        <source>Your future sessions will be cancelled. This cannot be undone.</source>
        <translation>これからの そうだんは キャンセルに なります。 もとに もどせません。</translation>
    </message>
    <message>
        <source>&amp;Yes, delete my account</source>
        <translation>はい、 けします(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No, keep it</source>
        <translation>いいえ、 けしません(&amp;N)</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation>もんだいが ありました。 もう一度 して ください。</translation>
    </message>
    <message>
        <source>This server address is not safe. It must start with https://. Please check the address your Hello Work office gave you.</source>
        <translation>この サーバーの アドレスは あんぜんでは ありません。 アドレスは https:// で はじまります。 ハローワークから もらった アドレスを 見て ください。</translation>
    </message>
    <message>
        <source>Could not reach the service. Please check your internet connection and try again.</source>
        <translation>サービスに つながりません。 インターネットを 見て、 もう一度 して ください。</translation>
    </message>
    <message>
        <source>The connection is not secure, so the app stopped. Check that your PC&apos;s date and time are correct, or try another network.</source>
        <translation>つながりが あんぜんでは ありません。 それで アプリが 止まりました。 パソコンの 日にちと 時間が 正しいか 見て ください。 または、 ほかの ネットワークを つかって ください。</translation>
    </message>
    <message>
        <source>The service is busy or under maintenance. Please try again in a few minutes.</source>
        <translation>サービスが こんで いるか、 メンテナンス中です。 すこし 後で もう一度 して ください。</translation>
    </message>
    <message>
        <source>The service gave an answer the app does not understand. Please check the server address, or update the app.</source>
        <translation>サービスの へんじが わかりません。 サーバーの アドレスを 見て ください。 または、 アプリを アップデート して ください。</translation>
    </message>
</context>
<context>
    <name>Booking</name>
    <message>
        <source>Booked</source>
        <translation>よやく しました</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル しました</translation>
    </message>
    <message>
        <source>Cancelled by the office</source>
        <translation>ハローワークが キャンセル しました</translation>
    </message>
    <message>
        <source>Missed (you did not join)</source>
        <translation>休み（さんか しません でした）</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>さんか しました</translation>
    </message>
    <message>
        <source>Unknown status. Please refresh.</source>
        <translation>今の じょうたいが わかりません。 もう一度 見て ください。</translation>
    </message>
    <message>
        <source>Online job counselling with {office}.</source>
        <translation>{office}と オンラインで しごとの そうだんを します。</translation>
    </message>
    <message>
        <source>Open the hwclient app and press Join from 10 minutes before the start.</source>
        <translation>はじまる 10分 前から、 hwclient アプリを 開いて 「そうだんに さんか する」を おして ください。</translation>
    </message>
    <message>
        <source>Have your job-seeker number ready.</source>
        <translation>きゅうしょく ばんごうを じゅんび して ください。</translation>
    </message>
    <message>
        <source>To cancel on the day or if you have trouble, phone the office: {phone}</source>
        <translation>その 日の キャンセルや こまった ときは、 ハローワークに 電話して ください: {phone}</translation>
    </message>
    <message>
        <source>Hello Work online counselling</source>
        <translation>ハローワーク オンライン そうだん</translation>
    </message>
    <message>
        <source>{office} (online, Zoom)</source>
        <translation>{office}（オンライン、 Zoom）</translation>
    </message>
    <message>
        <source>Your counselling session starts in 30 minutes.</source>
        <translation>30分 後に そうだんが はじまります。</translation>
    </message>
</context>
<context>
    <name>BookingCard</name>
    <message>
        <source>Office: {office}</source>
        <translation>ハローワーク: {office}</translation>
    </message>
    <message>
        <source>Office phone: {phone}</source>
        <translation>ハローワークの 電話: {phone}</translation>
    </message>
    <message>
        <source>With you: {who}</source>
        <translation>いっしょに いる 人: {who}</translation>
    </message>
    <message>
        <source>Reason from the office: {reason}</source>
        <translation>ハローワークからの りゆう: {reason}</translation>
    </message>
    <message>
        <source>&amp;Cancel this session</source>
        <translation>この そうだんを キャンセル する(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel the session on {when}</source>
        <translation>{when} の そうだんを キャンセル する</translation>
    </message>
    <message>
        <source>Add to ca&amp;lendar</source>
        <translation>カレンダーに 入れる(&amp;L)</translation>
    </message>
    <message>
        <source>The session has started, so it cannot be cancelled in the app. To cancel or if you have trouble, please phone the office: {phone}</source>
        <translation>そうだんは もう はじまりました。 アプリでは キャンセル できません。 キャンセルや こまった ときは、 ハローワークに 電話して ください: {phone}</translation>
    </message>
    <message>
        <source>(see your Hello Work card)</source>
        <translation>（ハローワークの カードを 見て ください）</translation>
    </message>
</context>
<context>
    <name>BookingPage</name>
    <message>
        <source>{name} (your office)</source>
        <translation>{name}（あなたの ハローワーク）</translation>
    </message>
    <message>
        <source>{prefecture} · Phone {phone}</source>
        <translation>{prefecture} · 電話 {phone}</translation>
    </message>
    <message>
        <source>Languages: {languages}</source>
        <translation>ことば: {languages}</translation>
    </message>
    <message>
        <source>Book a session</source>
        <translation>そうだんを よやく する</translation>
    </message>
    <message>
        <source>Choose the Hello Work office for your online session.</source>
        <translation>オンラインで そうだんする ハローワークを えらんで ください。</translation>
    </message>
    <message>
        <source>Choose a day, then a time. Days in bold have free times. Times are Japan time.</source>
        <translation>日を えらんで、 それから 時間を えらんで ください。 ふとい 字の 日は あいて います。 時間は 日本の 時間です。</translation>
    </message>
    <message>
        <source>&amp;Note for the counsellor (optional), for example what you want to talk about:</source>
        <translation>そうだんの 人への メモ（書かなくても いいです）。 たとえば、 そうだん したい こと(&amp;N):</translation>
    </message>
    <message>
        <source>Please check the details. You can cancel in the app until the session starts.</source>
        <translation>よやくの ないようを 見て ください。 そうだんが はじまる 前まで、 アプリで キャンセル できます。</translation>
    </message>
    <message>
        <source>&lt; &amp;Previous step</source>
        <translation>&lt; 前の ステップへ(&amp;P)</translation>
    </message>
    <message>
        <source>Add to my &amp;calendar</source>
        <translation>カレンダーに 入れる(&amp;C)</translation>
    </message>
    <message>
        <source>See &amp;my bookings</source>
        <translation>わたしの よやくを 見る(&amp;M)</translation>
    </message>
    <message>
        <source>Step 1 of 4: choose an office</source>
        <translation>1/4: ハローワークを えらぶ</translation>
    </message>
    <message>
        <source>Step 2 of 4: choose a day and time</source>
        <translation>2/4: 日と 時間を えらぶ</translation>
    </message>
    <message>
        <source>Step 3 of 4: who will be with you</source>
        <translation>3/4: いっしょに いる 人</translation>
    </message>
    <message>
        <source>Step 4 of 4: check and book</source>
        <translation>4/4: 見て、 よやく する</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>よやく できました</translation>
    </message>
    <message>
        <source>&amp;Book this session</source>
        <translation>この そうだんを よやく する(&amp;B)</translation>
    </message>
    <message>
        <source>Go to &amp;home</source>
        <translation>ホームへ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>つぎへ(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>{count} / {limit} characters</source>
        <translation>{count} / {limit} 文字</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日と 時間</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>ハローワーク</translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation>ハローワークの 電話</translation>
    </message>
    <message>
        <source>With you</source>
        <translation>いっしょに いる 人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>There are no other free times on {day}. Please choose another day.</source>
        <translation>{day} は ほかに あいて いる 時間が ありません。 ほかの 日を えらんで ください。</translation>
    </message>
    <message>
        <source>✓ Your session is booked.</source>
        <translation>✓ そうだんの よやくが できました。</translation>
    </message>
    <message>
        <source>{when}
{office}

We also sent you an e-mail. On the day, open this app and press Join from 10 minutes before the start.</source>
        <translation>{when}
{office}

メールも 送りました。 その 日は この アプリを 開いて ください。 はじまる 10分 前から 「そうだんに さんか する」を おして ください。</translation>
    </message>
    <message>
        <source>✓ Saved. Open the file to add the session to your calendar: {path}</source>
        <translation>✓ ほぞん しました。 ファイルを 開くと、 カレンダーに 入れる ことが できます: {path}</translation>
    </message>
</context>
<context>
    <name>BookingsPage</name>
    <message>
        <source>My bookings</source>
        <translation>わたしの よやく</translation>
    </message>
    <message>
        <source>&amp;Upcoming</source>
        <translation>これからの よやく(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Past</source>
        <translation>前の そうだん(&amp;P)</translation>
    </message>
    <message>
        <source>You have no upcoming sessions.</source>
        <translation>これからの よやくは ありません。</translation>
    </message>
    <message>
        <source>No past sessions yet.</source>
        <translation>前の そうだんは まだ ありません。</translation>
    </message>
    <message>
        <source>&amp;Book a session</source>
        <translation>そうだんを よやく する(&amp;B)</translation>
    </message>
    <message>
        <source>Cancel the session?</source>
        <translation>そうだんを キャンセル しますか？</translation>
    </message>
    <message>
        <source>Do you want to cancel your session on {when}?</source>
        <translation>{when} の そうだんを キャンセル しますか？</translation>
    </message>
    <message>
        <source>You can book another time afterwards.</source>
        <translation>キャンセルの 後で、 ほかの 時間を よやく できます。</translation>
    </message>
    <message>
        <source>&amp;Yes, cancel it</source>
        <translation>はい、 キャンセル します(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No, keep it</source>
        <translation>いいえ、 キャンセル しません(&amp;N)</translation>
    </message>
    <message>
        <source>Your session on {when} is cancelled.</source>
        <translation>{when} の そうだんを キャンセル しました。</translation>
    </message>
    <message>
        <source>Saved. Open the file to add the session to your calendar: {path}</source>
        <translation>ほぞん しました。 ファイルを 開くと、 カレンダーに 入れる ことが できます: {path}</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Save to your calendar</source>
        <translation>カレンダーに ほぞん する</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>カレンダーの ファイル (*.ics)</translation>
    </message>
    <message>
        <source>The file could not be saved there. Please choose another folder.</source>
        <translation>そこには ほぞん できません。 ほかの フォルダーを えらんで ください。</translation>
    </message>
</context>
<context>
    <name>CameraPreview</name>
    <message>
        <source>Camera picture</source>
        <translation>カメラの えいぞう</translation>
    </message>
    <message>
        <source>The camera picture will appear here.</source>
        <translation>ここに カメラの えいぞうが 出ます。</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>カメラを つけて います…</translation>
    </message>
    <message>
        <source>No camera found. Connect a webcam, or use a PC with a built-in camera, then press Check again.</source>
        <translation>カメラが ありません。 カメラを つないで ください。 または、 カメラの ある パソコンを つかって ください。 それから 「もう一度 チェック する」を おして ください。</translation>
    </message>
    <message>
        <source>This app is not allowed to use the camera. Allow it in your PC&apos;s privacy settings, then press Check again.</source>
        <translation>この アプリは カメラを つかう ことが できません。 パソコンの プライバシーの せっていで 「いい」に して ください。 それから 「もう一度 チェック する」を おして ください。</translation>
    </message>
    <message>
        <source>The camera could not be started. It may be in use by another app (for example Zoom or Teams). Close that app, then press Check again.</source>
        <translation>カメラが つきません。 ほかの アプリ（Zoom、 Teams など）が つかって いるかも しれません。 その アプリを とじて ください。 それから 「もう一度 チェック する」を おして ください。</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>Unknown check: %1. Known checks: %2.</source>
        <translation>この チェックは ありません: %1。 ある チェック: %2。</translation>
    </message>
    <message>
        <source>The device check could not run. Please try again.</source>
        <translation>パソコンの チェックが できませんでした。 もう一度 して ください。</translation>
    </message>
    <message>
        <source>The file %1 could not be opened.</source>
        <translation>ファイル %1 を 開く ことが できません。</translation>
    </message>
    <message>
        <source>%1 is not a diagnostics bundle (it is not a zip file).</source>
        <translation>%1 は しんだんの ファイルでは ありません（zip ファイルでは ありません）。</translation>
    </message>
    <message>
        <source>%1 is not a diagnostics bundle from this app.</source>
        <translation>%1 は この アプリの しんだんの ファイルでは ありません。</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of this app. Update the app to read it.</source>
        <translation>%1 は この アプリの 新しい バージョンで つくりました。 読む ために、 アプリを アップデート して ください。</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read. Ask for a new bundle.</source>
        <translation>%1 は こわれて いて 読めません。 新しい ファイルを もらって ください。</translation>
    </message>
    <message>
        <source>The diagnostics bundle could not be saved to %1: %2</source>
        <translation>しんだんの ファイルを %1 に ほぞん できません: %2</translation>
    </message>
    <message>
        <source>Diagnostics bundle saved: %1</source>
        <translation>しんだんの ファイルを ほぞん しました: %1</translation>
    </message>
    <message>
        <source>No server is set, so the report was not sent.</source>
        <translation>サーバーが ありません。 けっかは 送って いません。</translation>
    </message>
    <message>
        <source>Sign in with the app first, then send the report again.</source>
        <translation>アプリで ログイン して ください。 それから もう一度 けっかを 送って ください。</translation>
    </message>
    <message>
        <source>The report could not be sent. Check the connection and try again.</source>
        <translation>けっかを 送る ことが できません。 インターネットを 見て、 もう一度 して ください。</translation>
    </message>
    <message>
        <source>Report sent (number %1).</source>
        <translation>けっかを 送りました（番号 %1）。</translation>
    </message>
    <message>
        <source>Virus protection is turned off.</source>
        <translation>ウイルス たいさくが オフです。</translation>
    </message>
    <message>
        <source>Virus protection is turned off: %1.</source>
        <translation>ウイルス たいさくが オフです: %1。</translation>
    </message>
    <message>
        <source>Open your virus protection and turn real-time protection on.</source>
        <translation>ウイルス たいさく ソフトを 開いて、 リアルタイム ほごを オンに して ください。</translation>
    </message>
    <message>
        <source>The virus definitions of %1 are out of date.</source>
        <translation>%1 の ウイルスの データが 古いです。</translation>
    </message>
    <message>
        <source>Open your virus protection and choose to check for updates.</source>
        <translation>ウイルス たいさく ソフトを 開いて、 アップデートを して ください。</translation>
    </message>
    <message>
        <source>%1 is on and up to date.</source>
        <translation>%1 は オンで、 新しいです。</translation>
    </message>
    <message>
        <source>Gatekeeper, the Mac&apos;s protection against harmful apps, is turned off.</source>
        <translation>Gatekeeper（Mac を わるい アプリから まもる きのう）が オフです。</translation>
    </message>
    <message>
        <source>Ask someone you trust to turn it back on (Terminal: sudo spctl --master-enable).</source>
        <translation>しんらい できる 人に たのんで、 オンに して もらって ください（ターミナル: sudo spctl --master-enable）。</translation>
    </message>
    <message>
        <source>The Mac&apos;s built-in malware data was last updated %1 days ago.</source>
        <translation>Mac の ウイルス たいさくの データは %1 日 前から アップデート して いません。</translation>
    </message>
    <message>
        <source>Open Software Update and install the updates.</source>
        <translation>「ソフトウェアアップデート」を 開いて、 アップデートを 入れて ください。</translation>
    </message>
    <message>
        <source>The Mac&apos;s built-in protection (Gatekeeper and XProtect) is on.</source>
        <translation>Mac の ほごの きのう（Gatekeeper と XProtect）は オンです。</translation>
    </message>
    <message>
        <source>No virus scanner was found that this app can check.</source>
        <translation>この アプリで チェック できる ウイルス たいさく ソフトが ありません。</translation>
    </message>
    <message>
        <source>Update them (for example with: sudo freshclam).</source>
        <translation>データを アップデート して ください（たとえば: sudo freshclam）。</translation>
    </message>
    <message>
        <source>This app (version %1) is too old to use the service.</source>
        <translation>この アプリ（バージョン %1）は 古いです。 サービスを つかえません。</translation>
    </message>
    <message>
        <source>Download and install the new version %1.</source>
        <translation>新しい バージョン %1 を ダウンロード して、 入れて ください。</translation>
    </message>
    <message>
        <source>A new version of this app is available: %1.</source>
        <translation>この アプリの 新しい バージョンが あります: %1。</translation>
    </message>
    <message>
        <source>This app is up to date (version %1).</source>
        <translation>この アプリは 新しいです（バージョン %1）。</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>カメラ</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>マイク</translation>
    </message>
    <message>
        <source>Speakers or headphones</source>
        <translation>スピーカー / ヘッドホン</translation>
    </message>
    <message>
        <source>Operating system and updates</source>
        <translation>OS と アップデート</translation>
    </message>
    <message>
        <source>Virus protection</source>
        <translation>ウイルス たいさく</translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation>ファイアウォール</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>Connection to the service and Zoom</source>
        <translation>サービスと Zoom への つながり</translation>
    </message>
    <message>
        <source>Zoom app</source>
        <translation>Zoom アプリ</translation>
    </message>
    <message>
        <source>This app</source>
        <translation>この アプリ</translation>
    </message>
    <message>
        <source>Recording and file-sharing programs</source>
        <translation>ろくがや ファイルを シェアする ソフト</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>でんげん</translation>
    </message>
    <message>
        <source>Computer load</source>
        <translation>パソコンの いそがしさ</translation>
    </message>
    <message>
        <source>This could not be checked on this computer.</source>
        <translation>この パソコンでは チェック できません でした。</translation>
    </message>
    <message>
        <source>The check timed out before this computer answered.</source>
        <translation>パソコンの へんじが ありません でした。 時間が おわりました。</translation>
    </message>
    <message>
        <source>The tool needed for this check is not on this computer.</source>
        <translation>この チェックに つかう ツールが パソコンに ありません。</translation>
    </message>
    <message>
        <source>The answer from this computer could not be read.</source>
        <translation>パソコンの へんじが 読めません でした。</translation>
    </message>
    <message>
        <source>The counselling service cannot be reached.</source>
        <translation>そうだんの サービスに つながりません。</translation>
    </message>
    <message>
        <source>Zoom cannot be reached.</source>
        <translation>Zoom に つながりません。</translation>
    </message>
    <message>
        <source>Check that the internet works (open a web page). At work or school, a network filter may block it: ask the administrator.</source>
        <translation>インターネットが つかえるか 見て ください（ウェブの ページを 開いて ください）。 会社や 学校では、 ネットワークが 止めて いる ことが あります。 かんりの 人に 聞いて ください。</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is off by about %1 minutes.</source>
        <translation>この パソコンの 時計が やく %1 分 ちがいます。</translation>
    </message>
    <message>
        <source>Turn on &quot;Set time automatically&quot; in the date and time settings.</source>
        <translation>日にちと 時間の せっていで 「時刻を自動的に設定する」（じどうで 時間を 合わせる）を オンに して ください。</translation>
    </message>
    <message>
        <source>The connection is slow (%1 ms).</source>
        <translation>つながりが おそいです（%1 ms）。</translation>
    </message>
    <message>
        <source>Move closer to the Wi-Fi router or use a network cable.</source>
        <translation>Wi-Fi の ルーターの ちかくに 行って ください。 または、 ケーブルを つないで ください。</translation>
    </message>
    <message>
        <source>The service and Zoom can be reached, and the clock is right.</source>
        <translation>サービスと Zoom に つながります。 時計も 正しいです。</translation>
    </message>
    <message>
        <source>Zoom can be reached, and the clock is right.</source>
        <translation>Zoom に つながります。 時計も 正しいです。</translation>
    </message>
    <message>
        <source>No camera was found.</source>
        <translation>カメラが ありません。</translation>
    </message>
    <message>
        <source>Connect a webcam, or check that the built-in camera is switched on (some laptops have a switch or a key for it). Then check again.</source>
        <translation>カメラを つないで ください。 または、 パソコンの カメラが オンか 見て ください（カメラの スイッチや キーが ある パソコンも あります）。 それから もう一度 チェック して ください。</translation>
    </message>
    <message>
        <source>A camera was found: %1. The picture is tested in the app.</source>
        <translation>カメラが ありました: %1。 えいぞうは アプリで チェック します。</translation>
    </message>
    <message>
        <source>This computer does not allow apps to use the camera.</source>
        <translation>この パソコンは、 アプリが カメラを つかう ことを ゆるして いません。</translation>
    </message>
    <message>
        <source>Open the camera privacy setting, allow apps (and this app) to use the camera, then check again.</source>
        <translation>カメラの プライバシーの せっていを 開いて ください。 アプリ（この アプリも）が カメラを つかえるように して ください。 それから もう一度 チェック して ください。</translation>
    </message>
    <message>
        <source>Another app is using the camera.</source>
        <translation>ほかの アプリが カメラを つかって います。</translation>
    </message>
    <message>
        <source>Close other apps that may use the camera (Zoom, Teams, Skype, LINE, a browser tab), then check again.</source>
        <translation>カメラを つかう かもしれない アプリ（Zoom、 Teams、 Skype、 LINE、 ブラウザーの タブ）を とじて ください。 それから もう一度 チェック して ください。</translation>
    </message>
    <message>
        <source>The camera works.</source>
        <translation>カメラは だいじょうぶです。</translation>
    </message>
    <message>
        <source>The camera did not send a picture.</source>
        <translation>カメラから えいぞうが 来ません。</translation>
    </message>
    <message>
        <source>Check that the lens is not covered, unplug the camera and plug it in again, or restart the computer. Then check again.</source>
        <translation>レンズの 上に 何か ないか 見て ください。 カメラを ぬいて、 もう一度 つないで ください。 または、 パソコンを もう一度 つけて ください。 それから もう一度 チェック して ください。</translation>
    </message>
    <message>
        <source>Found: %1.</source>
        <translation>ありました: %1。</translation>
    </message>
    <message>
        <source>No microphone was found.</source>
        <translation>マイクが ありません。</translation>
    </message>
    <message>
        <source>Connect a headset or microphone, or allow microphone use in the privacy settings. Then check again.</source>
        <translation>ヘッドセットか マイクを つないで ください。 または、 プライバシーの せっていで マイクを つかえるように して ください。 それから もう一度 チェック して ください。</translation>
    </message>
    <message>
        <source>No speakers or headphones were found.</source>
        <translation>スピーカーや ヘッドホンが ありません。</translation>
    </message>
    <message>
        <source>Connect headphones or speakers, or turn the sound on. Then check again.</source>
        <translation>ヘッドホンか スピーカーを つないで ください。 または、 音を オンに して ください。 それから もう一度 チェック して ください。</translation>
    </message>
    <message>
        <source>The firewall is on.</source>
        <translation>ファイアウォールは オンです。</translation>
    </message>
    <message>
        <source>The firewall is off for these networks: %1.</source>
        <translation>この ネットワークで ファイアウォールが オフです: %1。</translation>
    </message>
    <message>
        <source>Open the firewall settings and turn the firewall on.</source>
        <translation>ファイアウォールの せっていを 開いて、 オンに して ください。</translation>
    </message>
    <message>
        <source>The Mac&apos;s firewall is off.</source>
        <translation>Mac の ファイアウォールが オフです。</translation>
    </message>
    <message>
        <source>Open the Network settings, choose Firewall and turn it on.</source>
        <translation>「ネットワーク」の せっていを 開いて、 「ファイアウォール」を えらんで、 オンに して ください。</translation>
    </message>
    <message>
        <source>No firewall was found that this app can check.</source>
        <translation>この アプリで チェック できる ファイアウォールが ありません。</translation>
    </message>
    <message>
        <source>This computer is not connected to a network.</source>
        <translation>この パソコンは ネットワークに つながって いません。</translation>
    </message>
    <message>
        <source>Connect to your home Wi-Fi or plug in a network cable, then check again.</source>
        <translation>家の Wi-Fi に つないで ください。 または、 ケーブルを つないで ください。 それから もう一度 チェック して ください。</translation>
    </message>
    <message>
        <source>This Wi-Fi has no password or uses old, unsafe protection.</source>
        <translation>この Wi-Fi は パスワードが ないか、 古くて あぶない ほうほうを つかって います。</translation>
    </message>
    <message>
        <source>Use your home Wi-Fi with a password (WPA2 or WPA3) or a network cable.</source>
        <translation>パスワードの ある 家の Wi-Fi（WPA2 か WPA3）か、 ケーブルを つかって ください。</translation>
    </message>
    <message>
        <source>This Wi-Fi uses weak protection.</source>
        <translation>この Wi-Fi の まもりは よわいです。</translation>
    </message>
    <message>
        <source>If it is your router, set it to WPA2 or WPA3 (AES).</source>
        <translation>あなたの ルーターなら、 WPA2 か WPA3（AES）に して ください。</translation>
    </message>
    <message>
        <source>This looks like a free or public Wi-Fi hotspot.</source>
        <translation>これは ただの Wi-Fi か、 みんなが つかう Wi-Fi の ようです。</translation>
    </message>
    <message>
        <source>Counselling is private: use your home network, not a public one.</source>
        <translation>そうだんは ひみつの 話です。 みんなが つかう ネットワークでは なく、 家の ネットワークを つかって ください。</translation>
    </message>
    <message>
        <source>Windows treats this network as a public network.</source>
        <translation>Windows は この ネットワークを 「パブリック」（みんなが つかう ネットワーク）と して います。</translation>
    </message>
    <message>
        <source>If you are at a café, station or hotel, go home first. At home, you can set this network to Private.</source>
        <translation>カフェ、 駅、 ホテルなどに いる ときは、 先に 家に 帰って ください。 家では、 この ネットワークを 「プライベート」に できます。</translation>
    </message>
    <message>
        <source>Connected by cable.</source>
        <translation>ケーブルで つながって います。</translation>
    </message>
    <message>
        <source>Connected by Wi-Fi.</source>
        <translation>Wi-Fi で つながって います。</translation>
    </message>
    <message>
        <source>Connected by mobile data. A 30-minute video call uses a lot of data.</source>
        <translation>スマホの データで つながって います。 30分の ビデオ 電話では、 データを たくさん つかいます。</translation>
    </message>
    <message>
        <source>Connected through a VPN.</source>
        <translation>VPN で つながって います。</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>つながって います。</translation>
    </message>
    <message>
        <source>%1 no longer gets security updates.</source>
        <translation>%1 は もう あんぜんの アップデートが ありません。</translation>
    </message>
    <message>
        <source>Update to a newer version. Open the update settings to start.</source>
        <translation>新しい バージョンに アップデート して ください。 アップデートの せっていを 開いて ください。</translation>
    </message>
    <message>
        <source>%1 is a current version.</source>
        <translation>%1 は 今の バージョンです。</translation>
    </message>
    <message>
        <source>%1: its support dates are not known yet.</source>
        <translation>%1: いつまで サポートが あるか、 まだ わかりません。</translation>
    </message>
    <message>
        <source>%1 probably no longer gets security updates.</source>
        <translation>%1 は もう あんぜんの アップデートが ない かもしれません。</translation>
    </message>
    <message>
        <source>%1 stopped getting security updates on %2.</source>
        <translation>%1 の あんぜんの アップデートは %2 に おわりました。</translation>
    </message>
    <message>
        <source>%1 gets security updates only until %2.</source>
        <translation>%1 の あんぜんの アップデートは %2 までです。</translation>
    </message>
    <message>
        <source>Plan to update to a newer version before then.</source>
        <translation>その 日より 前に、 新しい バージョンに アップデート して ください。</translation>
    </message>
    <message>
        <source>%1 is supported until %2.</source>
        <translation>%1 は %2 まで サポートが あります。</translation>
    </message>
    <message>
        <source>%1 is a server system, not a PC system.</source>
        <translation>%1 は サーバーの ための OS です。 パソコンの ための OS では ありません。</translation>
    </message>
    <message>
        <source>Use a PC with Windows 11 or a Mac if you can.</source>
        <translation>できれば、 Windows 11 の パソコンか Mac を つかって ください。</translation>
    </message>
    <message>
        <source>Open Windows Update and install the updates.</source>
        <translation>Windows Update を 開いて、 アップデートを 入れて ください。</translation>
    </message>
    <message>
        <source>The last update was installed %1 days ago.</source>
        <translation>さいごの アップデートは %1 日 前です。</translation>
    </message>
    <message>
        <source>%1 has updates waiting to be installed.</source>
        <translation>%1 に まだ 入れて いない アップデートが あります。</translation>
    </message>
    <message>
        <source>%1: this app cannot tell whether it still gets security updates.</source>
        <translation>%1: あんぜんの アップデートが まだ あるか、 この アプリでは わかりません。</translation>
    </message>
    <message>
        <source>Install your system&apos;s updates regularly.</source>
        <translation>OS の アップデートを ときどき 入れて ください。</translation>
    </message>
    <message>
        <source>No battery: the computer runs on mains power.</source>
        <translation>バッテリーは ありません。 コンセントの でんきで うごいて います。</translation>
    </message>
    <message>
        <source>The power cable is connected.</source>
        <translation>でんげんの ケーブルが つながって います。</translation>
    </message>
    <message>
        <source>The battery is low (%1 %).</source>
        <translation>バッテリーが すくないです（%1 %）。</translation>
    </message>
    <message>
        <source>Connect the power cable before the session.</source>
        <translation>そうだんの 前に、 でんげんの ケーブルを つないで ください。</translation>
    </message>
    <message>
        <source>Running on battery. Connecting the power cable for the session is safer.</source>
        <translation>バッテリーで うごいて います。 そうだんの 間は、 でんげんの ケーブルを つなぐと あんしんです。</translation>
    </message>
    <message>
        <source>The processor is very busy (%1 %).</source>
        <translation>パソコンが とても いそがしいです（CPU %1 %）。</translation>
    </message>
    <message>
        <source>Memory is nearly full (%1 %).</source>
        <translation>メモリが ほとんど いっぱいです（%1 %）。</translation>
    </message>
    <message>
        <source>Close programs and browser tabs you do not need, then check again.</source>
        <translation>つかって いない ソフトや ブラウザーの タブを とじて ください。 それから もう一度 チェック して ください。</translation>
    </message>
    <message>
        <source>The computer has enough free capacity.</source>
        <translation>パソコンには じゅうぶんな よゆうが あります。</translation>
    </message>
    <message>
        <source>A file-sharing (P2P) program is running: %1.</source>
        <translation>ファイルを シェアする ソフト（P2P）が うごいて います: %1。</translation>
    </message>
    <message>
        <source>Quit it and, if you can, uninstall it. Then check again.</source>
        <translation>その ソフトを とじて ください。 できれば、 けして ください（アンインストール）。 それから もう一度 チェック して ください。</translation>
    </message>
    <message>
        <source>A screen recording program is running: %1.</source>
        <translation>画面を ろくがする ソフトが うごいて います: %1。</translation>
    </message>
    <message>
        <source>Recording the counselling is not allowed. Quit the program before the session.</source>
        <translation>そうだんを ろくがしては いけません。 そうだんの 前に その ソフトを とじて ください。</translation>
    </message>
    <message>
        <source>No recording or file-sharing programs are running.</source>
        <translation>ろくがや ファイルを シェアする ソフトは うごいて いません。</translation>
    </message>
    <message>
        <source>The Zoom app is not installed.</source>
        <translation>Zoom アプリが ありません。</translation>
    </message>
    <message>
        <source>Install Zoom Workplace from zoom.us, then check again.</source>
        <translation>zoom.us から Zoom Workplace を 入れて ください。 それから もう一度 チェック して ください。</translation>
    </message>
    <message>
        <source>Zoom is installed, but its version could not be read.</source>
        <translation>Zoom は ありますが、 バージョンが わかりません。</translation>
    </message>
    <message>
        <source>Open Zoom once before the session so it can update itself.</source>
        <translation>そうだんの 前に 一度 Zoom を 開いて ください。 Zoom が 自分で アップデート します。</translation>
    </message>
    <message>
        <source>Zoom %1 is too old to join meetings (needs %2 or newer).</source>
        <translation>Zoom %1 は 古いです。 ミーティングに 入れません（%2 か それより 新しい バージョンが いります）。</translation>
    </message>
    <message>
        <source>Open Zoom and choose Check for Updates, or install it again from zoom.us.</source>
        <translation>Zoom を 開いて 「アップデートを確認」を えらんで ください。 または、 zoom.us から もう一度 入れて ください。</translation>
    </message>
    <message>
        <source>Zoom %1 is installed.</source>
        <translation>Zoom %1 が 入って います。</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>だいじょうぶ</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>ちゅうい</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>もんだい あり</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>わからない</translation>
    </message>
    <message>
        <source>Device check, %1 (hwclient %2, %3)</source>
        <translation>パソコンの チェック、 %1（hwclient %2、 %3）</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>けっか: %1</translation>
    </message>
</context>
<context>
    <name>Companions</name>
    <message>
        <source>No one: I will be alone in a private room.</source>
        <translation>だれも いません（ひとりで へやに います）</translation>
    </message>
    <message>
        <source>a family member</source>
        <translation>かぞく</translation>
    </message>
    <message>
        <source>a support worker</source>
        <translation>しえんの 人</translation>
    </message>
    <message>
        <source>an interpreter</source>
        <translation>つうやくの 人</translation>
    </message>
    <message>
        <source>a carer</source>
        <translation>かいごの 人</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>ほかの 人</translation>
    </message>
</context>
<context>
    <name>CompanionsEditor</name>
    <message>
        <source>Please be in a private room during the session. If someone will be with you, tick who it is, so the counsellor knows:</source>
        <translation>そうだんの 間は、 ほかの 人が いない へやに いて ください。 いっしょに いる 人が いる ときは、 その 人に チェックを 入れて ください。 そうだんの 人に つたえます:</translation>
    </message>
    <message>
        <source>A &amp;family member</source>
        <translation>かぞく(&amp;F)</translation>
    </message>
    <message>
        <source>A &amp;support worker</source>
        <translation>しえんの 人(&amp;S)</translation>
    </message>
    <message>
        <source>An &amp;interpreter, for this language:</source>
        <translation>つうやくの 人。 ことば(&amp;I):</translation>
    </message>
    <message>
        <source>A &amp;carer</source>
        <translation>かいごの 人(&amp;C)</translation>
    </message>
    <message>
        <source>Someone &amp;else (please say who):</source>
        <translation>ほかの 人（だれか 書いて ください）(&amp;E):</translation>
    </message>
    <message>
        <source>Language of the interpreter</source>
        <translation>つうやくの ことば</translation>
    </message>
    <message>
        <source>Who else will be with you</source>
        <translation>ほかに いっしょに いる 人</translation>
    </message>
    <message>
        <source>For example: a friend</source>
        <translation>たとえば: ともだち</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <source>Starting now</source>
        <translation>もうすぐ はじまります</translation>
    </message>
    <message>
        <source>Starts in {time}</source>
        <translation>あと {time}で はじまります</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n時間</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n分</numerusform>
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
        <translation>この アプリには デモが ありません。 ハローワークから もらった サーバーの アドレスを つかって ください。</translation>
    </message>
</context>
<context>
    <name>DemoMailbox</name>
    <message>
        <source>Demo mailbox</source>
        <translation>デモの メールボックス</translation>
    </message>
    <message>
        <source>In the demo, mails are not really sent. They appear here instead. Select a mail to read it, and click its link to continue.</source>
        <translation>デモでは、 メールを ほんとうには 送りません。 メールは ここに 出ます。 メールを えらんで 読んで ください。 メールの リンクを クリック して、 つぎへ すすんで ください。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>To</source>
        <translation>だれへ</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Mails, newest first</source>
        <translation>メール（新しい じゅん）</translation>
    </message>
    <message>
        <source>Text of the selected mail</source>
        <translation>えらんだ メールの 文</translation>
    </message>
    <message>
        <source>No mails yet. Register an account to receive one.</source>
        <translation>メールは まだ ありません。 アカウントを とうろく すると、 ここに メールが 来ます。</translation>
    </message>
    <message>
        <source>This mail has no text.</source>
        <translation>この メールには 文が ありません。</translation>
    </message>
    <message>
        <source>Completing your registration…</source>
        <translation>とうろくを おわらせて います…</translation>
    </message>
    <message>
        <source>Your registration is complete. You can sign in now.</source>
        <translation>とうろくが おわりました。 ログイン できます。</translation>
    </message>
</context>
<context>
    <name>DeviceCheckPage</name>
    <message>
        <source>Check my device</source>
        <translation>パソコンの チェック</translation>
    </message>
    <message>
        <source>Let&apos;s check that your PC is ready for a video session. You should see yourself, the bar should move when you speak, and you should hear the test sound.</source>
        <translation>ビデオで そうだん できるか、 パソコンを チェック しましょう。 あなたの かおが 見えますか？ 話すと バーが うごきますか？ テストの 音が 聞こえますか？</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>マイク</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>マイクの 音の 大きさ</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>スピーカー</translation>
    </message>
    <message>
        <source>&amp;Play test sound</source>
        <translation>テストの 音を 出す(&amp;P)</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>もう一度 チェック する(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>つぎへ(&amp;C)</translation>
    </message>
    <message>
        <source>No microphone found. Connect a headset or a microphone.</source>
        <translation>マイクが ありません。 ヘッドセットか マイクを つないで ください。</translation>
    </message>
    <message>
        <source>We can hear you.</source>
        <translation>あなたの 声が 聞こえます。</translation>
    </message>
    <message>
        <source>Say something: the bar should move.</source>
        <translation>何か 話して ください。 バーが うごけば だいじょうぶです。</translation>
    </message>
    <message>
        <source>The microphone could not be started. Close other apps using it.</source>
        <translation>マイクが つきません。 マイクを つかって いる ほかの アプリを とじて ください。</translation>
    </message>
    <message>
        <source>No speakers found. Connect speakers or headphones.</source>
        <translation>スピーカーが ありません。 スピーカーか ヘッドホンを つないで ください。</translation>
    </message>
    <message>
        <source>Did you hear a chime? If not, turn up the volume and play it again.</source>
        <translation>チャイムが 聞こえましたか？ 聞こえない ときは、 音を 大きく して、 もう一度 ならして ください。</translation>
    </message>
    <message>
        <source>Press the button: you should hear a short chime.</source>
        <translation>ボタンを おして ください。 みじかい チャイムが なります。</translation>
    </message>
    <message numerus="yes">
        <source>Checking your PC… %n of %1 done.</source>
        <translation>
            <numerusform>パソコンを チェック して います… %1 の うち %n おわりました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The check is finished.</source>
        <translation>チェックが おわりました。</translation>
    </message>
    <message>
        <source>Some things must be fixed before your session. See the steps below.</source>
        <translation>そうだんの 前に なおす ことが あります。 下を 見て ください。</translation>
    </message>
    <message>
        <source>Your PC can be used, but some things need attention.</source>
        <translation>パソコンは つかえます。 でも、 ちゅういする ことが あります。</translation>
    </message>
    <message>
        <source>Your PC is ready for the session.</source>
        <translation>パソコンの じゅんびが できました。</translation>
    </message>
    <message>
        <source>The result was sent to your Hello Work office.</source>
        <translation>けっかを ハローワークに 送りました。</translation>
    </message>
</context>
<context>
    <name>ForgotPage</name>
    <message>
        <source>Forgot your password?</source>
        <translation>パスワードを わすれましたか？</translation>
    </message>
    <message>
        <source>For your safety, passwords are not reset by e-mail, and accounts are not issued again. Please phone your Hello Work office. They will check who you are and help you.</source>
        <translation>あんぜんの ため、 メールで パスワードを 新しく する ことは できません。 アカウントも もう一度 作る ことは できません。 ハローワークに 電話して ください。 ハローワークが あなたを たしかめて、 てつだいます。</translation>
    </message>
    <message>
        <source>When you call, say that you use the online counselling app and forgot your password. Have your Hello Work card (with your job-seeker number) ready.</source>
        <translation>電話で 「オンライン そうだんの アプリを つかって います。 パスワードを わすれました」と 言って ください。 ハローワークの カード（きゅうしょく ばんごうが 書いて あります）を そばに おいて ください。</translation>
    </message>
    <message>
        <source>Hello Work offices</source>
        <translation>ハローワークの 電話番号</translation>
    </message>
    <message>
        <source>&amp;Back to sign in</source>
        <translation>ログインに もどる(&amp;B)</translation>
    </message>
    <message>
        <source>The phone number of your office is on your Hello Work card and on the Hello Work website.</source>
        <translation>ハローワークの 電話番号は、 ハローワークの カードと ハローワークの ウェブサイトに 書いて あります。</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Home</source>
        <translation>ホーム</translation>
    </message>
    <message>
        <source>Your next session</source>
        <translation>つぎの そうだん</translation>
    </message>
    <message>
        <source>&amp;Join the session</source>
        <translation>そうだんに さんか する(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Book a session</source>
        <translation>そうだんを よやく する(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;My bookings</source>
        <translation>わたしの よやく(&amp;M)</translation>
    </message>
    <message>
        <source>You have no session booked.</source>
        <translation>そうだんの よやくは ありません。</translation>
    </message>
    <message>
        <source>&amp;Check my device</source>
        <translation>パソコンを チェック する(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>もう一度 する(&amp;T)</translation>
    </message>
    <message>
        <source>Hello, {name}.</source>
        <translation>こんにちは、 {name} さん。</translation>
    </message>
    <message>
        <source>Office: {office}</source>
        <translation>ハローワーク: {office}</translation>
    </message>
    <message>
        <source>Office: {office} (phone {phone})</source>
        <translation>ハローワーク: {office}（電話 {phone}）</translation>
    </message>
    <message>
        <source>With you: {who}</source>
        <translation>いっしょに いる 人: {who}</translation>
    </message>
    <message>
        <source>Please check your camera, microphone and PC before the session.</source>
        <translation>そうだんの 前に、 カメラと マイクと パソコンを チェック して ください。</translation>
    </message>
    <message>
        <source>Your last device check found problems. Please fix them and check again.</source>
        <translation>前の チェックで もんだいが ありました。 なおして、 もう一度 チェック して ください。</translation>
    </message>
    <message>
        <source>Joining is open now. Press Join the session.</source>
        <translation>今 さんか できます。 「そうだんに さんか する」を おして ください。</translation>
    </message>
    <message>
        <source>You can join from {time} (10 minutes before the start).</source>
        <translation>{time} から さんか できます（はじまる 10分 前）。</translation>
    </message>
    <message>
        <source>The time to join has passed. If you could not join, please phone the office: {phone}</source>
        <translation>さんか できる 時間は おわりました。 さんか できなかった ときは、 ハローワークに 電話して ください: {phone}</translation>
    </message>
</context>
<context>
    <name>JobSeekerNumber</name>
    <message>
        <source>Please enter your job-seeker number. It is on your Hello Work card.</source>
        <translation>きゅうしょく ばんごうを 書いて ください。 ハローワークの カードに 書いて あります。</translation>
    </message>
    <message>
        <source>Please use only numbers and one hyphen, like {example}.</source>
        <translation>数字と ハイフン（-）1つだけで 書いて ください。 れい: {example}</translation>
    </message>
    <message>
        <source>Please use only one hyphen, after the first 5 numbers, like {example}.</source>
        <translation>ハイフン（-）は 1つだけです。 はじめの 数字 5つの 後に 書いて ください。 れい: {example}</translation>
    </message>
    <message>
        <source>The part before the hyphen has 5 numbers, like {example}.</source>
        <translation>ハイフンの 前は 数字 5つです。 れい: {example}</translation>
    </message>
    <message>
        <source>The part after the hyphen has 1 to 8 numbers, like {example}.</source>
        <translation>ハイフンの 後は 数字 1つから 8つです。 れい: {example}</translation>
    </message>
</context>
<context>
    <name>JoinPage</name>
    <message>
        <source>Join the session</source>
        <translation>そうだんに さんか する</translation>
    </message>
    <message>
        <source>Before you join, please confirm each point:</source>
        <translation>さんか する 前に、 ぜんぶ チェック して ください:</translation>
    </message>
    <message>
        <source>I am in a private room, or everyone with me was declared in the booking.</source>
        <translation>ひとりで へやに います。 または、 いっしょに いる 人は ぜんいん よやくで つたえました。</translation>
    </message>
    <message>
        <source>I will not record the session (no screen or sound recording).</source>
        <translation>そうだんを ろくがしません。 ろくおんも しません。</translation>
    </message>
    <message>
        <source>&amp;Open Zoom and join</source>
        <translation>Zoom を 開いて さんか する(&amp;O)</translation>
    </message>
    <message>
        <source>My name in Zoom will be my registered name: {name}. The counsellor checks it with my job-seeker number.</source>
        <translation>Zoom の 名前は とうろくした 名前 {name} に します。 そうだんで たしかめます。</translation>
    </message>
    <message>
        <source>{when} with {office}</source>
        <translation>{when}、 {office}</translation>
    </message>
    <message>
        <source>Declared in your booking: {who}</source>
        <translation>よやくで つたえた 人: {who}</translation>
    </message>
    <message>
        <source>Zoom could not be opened. Please install Zoom or try another browser.</source>
        <translation>Zoom が 開きません。 Zoom を 入れて ください。 または、 ほかの ブラウザーを つかって ください。</translation>
    </message>
    <message>
        <source>Zoom is opening. If nothing happens, open the meeting in your browser.</source>
        <translation>Zoom を 開いて います。 何も おきない ときは、 ブラウザーで ミーティングを 開いて ください。</translation>
    </message>
    <message>
        <source>The meeting is opening in your browser.</source>
        <translation>ブラウザーで ミーティングを 開いて います。</translation>
    </message>
    <message>
        <source>Open in &amp;browser</source>
        <translation>ブラウザーで 開く(&amp;B)</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Language</source>
        <translation>ことば</translation>
    </message>
    <message>
        <source>Choose the language for this app. You can change it later in Settings.</source>
        <translation>この アプリの ことばを えらんで ください。 後で 「せってい」で かえる ことが できます。</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>つぎへ(&amp;C)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Hello Work online counselling</source>
        <translation>ハローワーク オンライン そうだん</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; もどる(&amp;B)</translation>
    </message>
    <message>
        <source>Back to the previous step</source>
        <translation>前に もどる</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>&amp;App</source>
        <translation>アプリ(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>おわる(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostic info for the help desk</source>
        <translation>ヘルプデスクに 送る じょうほうを コピー する(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;About this app</source>
        <translation>この アプリに ついて(&amp;A)</translation>
    </message>
    <message>
        <source>Demo &amp;mailbox</source>
        <translation>デモの メールボックス(&amp;M)</translation>
    </message>
    <message>
        <source>Demo mode: nothing here is real. Sign in with {email} and the password {password}.</source>
        <translation>デモです。 ここの ことは ぜんぶ ほんとうでは ありません。 {email} と パスワード {password} で ログイン して ください。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ことば</translation>
    </message>
    <message>
        <source>Check my device</source>
        <translation>パソコンの チェック</translation>
    </message>
    <message>
        <source>Terms of use</source>
        <translation>りようきやく</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>ログイン</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>ホーム</translation>
    </message>
    <message>
        <source>Book a session</source>
        <translation>そうだんを よやく する</translation>
    </message>
    <message>
        <source>My bookings</source>
        <translation>わたしの よやく</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>わたしの アカウント</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>せってい</translation>
    </message>
    <message>
        <source>Could not reach the Hello Work service. Check your internet connection, then press Try again. You can check your device meanwhile.</source>
        <translation>ハローワークの サービスに つながりません。 インターネットを 見て、 「もう一度 する」を おして ください。 その 間に パソコンの チェックが できます。</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>もう一度 する(&amp;T)</translation>
    </message>
    <message>
        <source>You were signed out. Please sign in again to continue where you were.</source>
        <translation>ログアウト しました。 もう一度 ログイン して ください。 前の ところから つづけられます。</translation>
    </message>
    <message>
        <source>Diagnostic info copied. You can paste it into a mail to the help desk.</source>
        <translation>じょうほうを コピー しました。 ヘルプデスクへの メールに はりつけて ください。</translation>
    </message>
    <message>
        <source>About this app</source>
        <translation>この アプリに ついて</translation>
    </message>
    <message>
        <source>Hello Work online counselling, version {version}</source>
        <translation>ハローワーク オンライン そうだん、 バージョン {version}</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>もんだいが ありました</translation>
    </message>
    <message>
        <source>Something went wrong in the app. Please try again. If it happens again, copy the diagnostic info and send it to the help desk.</source>
        <translation>アプリで もんだいが ありました。 もう一度 して ください。 また おきた ときは、 じょうほうを コピー して、 ヘルプデスクに 送って ください。</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostic info</source>
        <translation>じょうほうを コピー する(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Meeting</name>
    <message>
        <source>The meeting link from the service does not look like a Zoom link, so the app did not open it. Please phone your Hello Work office.</source>
        <translation>サービスから 来た リンクは Zoom の リンクでは ない ようです。 それで アプリは 開きません でした。 ハローワークに 電話して ください。</translation>
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
        <translation>ハローワークに 電話して ください: {phone}</translation>
    </message>
    <message>
        <source>Please phone your Hello Work office.</source>
        <translation>ハローワークに 電話して ください。</translation>
    </message>
    <message>
        <source>Some information is missing or not in the right form.</source>
        <translation>書いて いない ところか、 書きかたが ちがう ところが あります。</translation>
    </message>
    <message>
        <source>Please check the marked fields and try again.</source>
        <translation>しるしが ある ところを 見て、 もう一度 して ください。</translation>
    </message>
    <message>
        <source>This password is too easy to guess.</source>
        <translation>この パスワードは かんたんすぎます。</translation>
    </message>
    <message>
        <source>Please choose a password of at least 10 characters that is not your e-mail address and not a common word.</source>
        <translation>10文字 いじょうの パスワードに して ください。 メールアドレスや よく ある ことばは だめです。</translation>
    </message>
    <message>
        <source>Please choose a harder password.</source>
        <translation>もっと むずかしい パスワードに して ください。</translation>
    </message>
    <message>
        <source>This link does not work any more. It may be older than 24 hours or used already.</source>
        <translation>この リンクは もう つかえません。 24時間 いじょう たったか、 もう つかいました。</translation>
    </message>
    <message>
        <source>Please register again to get a new link, or sign in if you already finished.</source>
        <translation>もう一度 とうろく して、 新しい リンクを もらって ください。 とうろくが おわって いれば、 ログイン して ください。</translation>
    </message>
    <message>
        <source>The e-mail address or the password is not right.</source>
        <translation>メールアドレスか パスワードが ちがいます。</translation>
    </message>
    <message>
        <source>Please check both and try again. Capital letters count.</source>
        <translation>りょうほう 見て、 もう一度 して ください。 大文字と 小文字は ちがいます。</translation>
    </message>
    <message>
        <source>Please check your password.</source>
        <translation>パスワードを 見て ください。</translation>
    </message>
    <message>
        <source>Your registration is not finished yet.</source>
        <translation>とうろくは まだ おわって いません。</translation>
    </message>
    <message>
        <source>Please open the link in the e-mail we sent you. We can send the e-mail again.</source>
        <translation>わたしたちが 送った メールの リンクを 開いて ください。 メールは もう一度 送る ことが できます。</translation>
    </message>
    <message>
        <source>Sign-in is paused after several wrong passwords, to protect your account.</source>
        <translation>パスワードを 何回も まちがえました。 アカウントを まもるため、 しばらく ログイン できません。</translation>
    </message>
    <message numerus="yes">
        <source>Please try again in %n minute(s). If you forgot your password, phone your office.</source>
        <translation>
            <numerusform>%n 分 後に もう一度 して ください。 パスワードを わすれた ときは、 ハローワークに 電話して ください。</numerusform>
        </translation>
    </message>
    <message>
        <source>You have been signed out.</source>
        <translation>ログアウト しました。</translation>
    </message>
    <message>
        <source>Please sign in again. Nothing you typed is lost.</source>
        <translation>もう一度 ログイン して ください。 書いた ことは きえて いません。</translation>
    </message>
    <message>
        <source>The terms of use changed while you were reading them.</source>
        <translation>あなたが 読んで いる 間に、 りようきやくが かわりました。</translation>
    </message>
    <message>
        <source>Please read the new version and agree again.</source>
        <translation>新しい りようきやくを 読んで、 もう一度 「いい」と して ください。</translation>
    </message>
    <message>
        <source>Before booking, please agree to the current terms of use.</source>
        <translation>よやくの 前に、 今の りようきやくに 「いい」と して ください。</translation>
    </message>
    <message>
        <source>We will show you the terms, then bring you back here.</source>
        <translation>りようきやくを 見せます。 その 後で ここに もどります。</translation>
    </message>
    <message>
        <source>This version of the app is too old to use the service.</source>
        <translation>この アプリの バージョンは 古いです。 サービスを つかえません。</translation>
    </message>
    <message>
        <source>Please install the new version. Your bookings are kept.</source>
        <translation>新しい バージョンを 入れて ください。 よやくは きえません。</translation>
    </message>
    <message>
        <source>We could not find this any more. It may have been removed.</source>
        <translation>見つかりません。 けされた かもしれません。</translation>
    </message>
    <message>
        <source>Please go back and try again.</source>
        <translation>もどって、 もう一度 して ください。</translation>
    </message>
    <message>
        <source>Someone just booked this time. Please choose another time.</source>
        <translation>今 ほかの 人が この 時間を よやく しました。 ほかの 時間を えらんで ください。</translation>
    </message>
    <message>
        <source>Other free times are shown below.</source>
        <translation>下に ほかの あいて いる 時間が あります。</translation>
    </message>
    <message>
        <source>You already have a session on {date}. Only one session a day is possible.</source>
        <translation>{date} に もう そうだんの よやくが あります。 そうだんは 1日 1回だけです。</translation>
    </message>
    <message>
        <source>You already have a session on that day. Only one session a day is possible.</source>
        <translation>その 日に もう そうだんの よやくが あります。 そうだんは 1日 1回だけです。</translation>
    </message>
    <message>
        <source>Please choose another day.</source>
        <translation>ほかの 日を えらんで ください。</translation>
    </message>
    <message>
        <source>Booking is paused until {date} because sessions were missed.</source>
        <translation>よやくした そうだんを 休んだ ことが あります。 {date} まで よやく できません。</translation>
    </message>
    <message>
        <source>Booking is paused for your account because sessions were missed.</source>
        <translation>よやくした そうだんを 休んだ ことが あります。 今は よやく できません。</translation>
    </message>
    <message>
        <source>Your office has paused online sessions for your account, often because residence status details need checking.</source>
        <translation>ハローワークが あなたの オンライン そうだんを 止めて います。 ざいりゅう しかく（在留資格）などを たしかめる ときに よく あります。</translation>
    </message>
    <message>
        <source>The session has already started, so it cannot be cancelled in the app.</source>
        <translation>そうだんは もう はじまりました。 アプリでは キャンセル できません。</translation>
    </message>
    <message>
        <source>This booking is no longer active. It may have been cancelled.</source>
        <translation>この よやくは もう ありません。 キャンセルされた かもしれません。</translation>
    </message>
    <message>
        <source>Please look at My bookings for its current state.</source>
        <translation>「わたしの よやく」を 見て ください。</translation>
    </message>
    <message>
        <source>Your booking request changed while it was being sent.</source>
        <translation>送って いる 間に、 よやくの ないようが かわりました。</translation>
    </message>
    <message>
        <source>Please check My bookings, then try again.</source>
        <translation>「わたしの よやく」を 見て、 もう一度 して ください。</translation>
    </message>
    <message>
        <source>You can join from {time} on {date} (10 minutes before the start).</source>
        <translation>{date} の {time} から さんか できます（はじまる 10分 前）。</translation>
    </message>
    <message>
        <source>You can join from 10 minutes before the start until 10 minutes after it.</source>
        <translation>さんか できるのは、 はじまる 10分 前から、 はじまって 10分 後までです。</translation>
    </message>
    <message>
        <source>Please come back then.</source>
        <translation>その 時間に また 来て ください。</translation>
    </message>
    <message>
        <source>What you sent is too long for the service.</source>
        <translation>送った 文が 長すぎます。</translation>
    </message>
    <message>
        <source>Please make the note or text shorter and try again.</source>
        <translation>メモなどを みじかく して、 もう一度 して ください。</translation>
    </message>
    <message>
        <source>Something changed on the service while you were working.</source>
        <translation>あなたが つかって いる 間に、 サービスで 何かが かわりました。</translation>
    </message>
    <message>
        <source>Please go back, look again, and try once more.</source>
        <translation>前に もどって、 もう一度 見て から、 もう一度 して ください。</translation>
    </message>
    <message>
        <source>The app and the service do not understand each other.</source>
        <translation>アプリと サービスが うまく つながりません。</translation>
    </message>
    <message>
        <source>Please install the newest version of the app.</source>
        <translation>アプリの いちばん 新しい バージョンを 入れて ください。</translation>
    </message>
    <message>
        <source>We could not reach the service.</source>
        <translation>サービスに つながりません でした。</translation>
    </message>
    <message>
        <source>Please check your internet connection and try again. Nothing you typed is lost.</source>
        <translation>インターネットを 見て、 もう一度 して ください。 書いた ことは きえて いません。</translation>
    </message>
    <message>
        <source>The service has a problem right now.</source>
        <translation>今 サービスに もんだいが あります。</translation>
    </message>
    <message>
        <source>Please try again in a few minutes. Nothing you typed is lost.</source>
        <translation>すこし 後で もう一度 して ください。 書いた ことは きえて いません。</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>もんだいが ありました。</translation>
    </message>
    <message>
        <source>Please try again. If it happens again, phone your Hello Work office.</source>
        <translation>もう一度 して ください。 また おきた ときは、 ハローワークに 電話して ください。</translation>
    </message>
    <message>
        <source>Please enter an e-mail address like name@example.jp.</source>
        <translation>name@example.jp の ような メールアドレスを 書いて ください。</translation>
    </message>
    <message>
        <source>Please choose a password of at least 10 characters.</source>
        <translation>10文字 いじょうの パスワードに して ください。</translation>
    </message>
    <message>
        <source>Please enter your name.</source>
        <translation>名前を 書いて ください。</translation>
    </message>
    <message>
        <source>Please enter your name in kana, or leave it empty.</source>
        <translation>名前を カタカナで 書いて ください。 書かなくても いいです。</translation>
    </message>
    <message>
        <source>Please enter a phone number with digits only, or leave it empty.</source>
        <translation>電話番号は 数字だけで 書いて ください。 書かなくても いいです。</translation>
    </message>
    <message>
        <source>Please enter the number as 5 digits, a hyphen, then up to 8 digits.</source>
        <translation>番号は 「数字 5つ、 ハイフン（-）、 数字 8つ まで」で 書いて ください。</translation>
    </message>
    <message>
        <source>Please make the note shorter (500 characters at most).</source>
        <translation>メモを みじかく して ください（500文字 まで）。</translation>
    </message>
    <message>
        <source>Please enter your current password.</source>
        <translation>今の パスワードを 入れて ください。</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Page</source>
        <translation>ページ</translation>
    </message>
</context>
<context>
    <name>PasswordEdit</name>
    <message>
        <source>Hide</source>
        <translation>かくす</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>見せる</translation>
    </message>
    <message>
        <source>Hide the password</source>
        <translation>パスワードを かくす</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>パスワードを 見せる</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Please use at least 10 characters.</source>
        <translation>10文字 いじょうに して ください。</translation>
    </message>
    <message>
        <source>Please do not use your e-mail address as the password.</source>
        <translation>メールアドレスを パスワードに しないで ください。</translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation>アカウントを 作る</translation>
    </message>
    <message>
        <source>Fill in your details. Fields marked (optional) can be left empty. We will send you an e-mail with a link to finish the registration.</source>
        <translation>あなたの ことを 書いて ください。 「書かなくても いい」の ところは、 書かなくても いいです。 とうろくを おわる ための リンクを メールで 送ります。</translation>
    </message>
    <message>
        <source>&amp;Name (as registered at Hello Work)</source>
        <translation>名前（ハローワークに とうろくした 名前）(&amp;N)</translation>
    </message>
    <message>
        <source>Name in &amp;kana (optional)</source>
        <translation>名前の カタカナ（書かなくても いい）(&amp;K)</translation>
    </message>
    <message>
        <source>Example: ハロー タロウ</source>
        <translation>れい: ハロー タロウ</translation>
    </message>
    <message>
        <source>&amp;E-mail address</source>
        <translation>メールアドレス(&amp;E)</translation>
    </message>
    <message>
        <source>Example: name@example.jp</source>
        <translation>れい: name@example.jp</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>パスワード(&amp;P)</translation>
    </message>
    <message>
        <source>At least 10 characters, not your e-mail address, not a common word. Tip: three or four words you can remember, like &apos;blue tea morning walk&apos;.</source>
        <translation>10文字 いじょう。 メールアドレスや よく ある ことばは だめです。 ヒント: おぼえやすい ことばを 3つか 4つ ならべます。 れい: 「aoi ocha asa sanpo」</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>パスワード（もう一度）(&amp;A)</translation>
    </message>
    <message>
        <source>Type the same password again.</source>
        <translation>同じ パスワードを もう一度 書いて ください。</translation>
    </message>
    <message>
        <source>&amp;Job-seeker number (optional)</source>
        <translation>きゅうしょく ばんごう（書かなくても いい）(&amp;J)</translation>
    </message>
    <message>
        <source>It is on your Hello Work card (求職番号): 5 digits, a hyphen, then up to 8 digits, for example 12345-12345678. Full-width digits are fine.</source>
        <translation>ハローワークの カードに 書いて あります（求職番号）。 数字 5つ、 ハイフン（-）、 数字 8つ までです。 れい: 12345-12345678。 ぜんかくの 数字（１２３）でも いいです。</translation>
    </message>
    <message>
        <source>P&amp;hone number (optional)</source>
        <translation>電話番号（書かなくても いい）(&amp;H)</translation>
    </message>
    <message>
        <source>Example: 090-1234-5678</source>
        <translation>れい: 090-1234-5678</translation>
    </message>
    <message>
        <source>A&amp;ddress (optional)</source>
        <translation>住所（書かなくても いい）(&amp;D)</translation>
    </message>
    <message>
        <source>Create my &amp;account</source>
        <translation>アカウントを 作る(&amp;A)</translation>
    </message>
    <message>
        <source>I already have an account: &amp;sign in</source>
        <translation>アカウントが あります: ログイン(&amp;S)</translation>
    </message>
    <message>
        <source>Please enter your name.</source>
        <translation>名前を 書いて ください。</translation>
    </message>
    <message>
        <source>Please enter an e-mail address like name@example.jp.</source>
        <translation>name@example.jp の ような メールアドレスを 書いて ください。</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>2つの パスワードが ちがいます。</translation>
    </message>
</context>
<context>
    <name>ReminderNotifier</name>
    <message>
        <source>Your counselling session is tomorrow</source>
        <translation>あしたは そうだんの 日です</translation>
    </message>
    <message>
        <source>{when}, {office}. Please check your device before the session.</source>
        <translation>{when}、 {office}。 そうだんの 前に パソコンを チェック して ください。</translation>
    </message>
    <message>
        <source>Check my device now</source>
        <translation>今 パソコンを チェック する</translation>
    </message>
    <message>
        <source>Your session starts in 30 minutes</source>
        <translation>30分 後に そうだんが はじまります</translation>
    </message>
    <message>
        <source>{when}, {office}. Check your camera and microphone now.</source>
        <translation>{when}、 {office}。 今 カメラと マイクを チェック して ください。</translation>
    </message>
    <message>
        <source>You can join your session now</source>
        <translation>今 そうだんに さんか できます</translation>
    </message>
    <message>
        <source>{when}, {office}. Open the app and press Join.</source>
        <translation>{when}、 {office}。 アプリを 開いて 「さんか する」を おして ください。</translation>
    </message>
    <message>
        <source>Go to Join</source>
        <translation>さんか する</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Your settings could not be saved. Check that the disk is not full, then try again.</source>
        <translation>せっていを ほぞん できません でした。 ディスクが いっぱいでは ないか 見て、 もう一度 して ください。</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>せってい</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ことば(&amp;L):</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>おしらせ</translation>
    </message>
    <message>
        <source>Remind me the &amp;day before my session</source>
        <translation>そうだんの 前の 日に おしらせ する(&amp;D)</translation>
    </message>
    <message>
        <source>Remind me &amp;30 minutes before, to check my device</source>
        <translation>30分 前に おしらせ する（パソコンの チェックの ため）(&amp;3)</translation>
    </message>
    <message>
        <source>Tell me when I can &amp;join</source>
        <translation>さんか できる 時間に おしらせ する(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when the window is closed (for reminders)</source>
        <translation>ウィンドウを とじても、 おしらせの ために トレイで うごく(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>サーバーの アドレス(&amp;S):</translation>
    </message>
    <message>
        <source>Use this &amp;address</source>
        <translation>この アドレスを つかう(&amp;A)</translation>
    </message>
    <message>
        <source>Change the server address only if your Hello Work office asks you to.</source>
        <translation>サーバーの アドレスは、 ハローワークに 言われた ときだけ かえて ください。</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostic info for the help desk</source>
        <translation>ヘルプデスクに 送る じょうほうを コピー する(&amp;C)</translation>
    </message>
    <message>
        <source>Right now the app is using {url}.</source>
        <translation>今 アプリは {url} を つかって います。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>ほぞん しました。</translation>
    </message>
    <message>
        <source>This does not look like a web address. Please check it and try again.</source>
        <translation>ウェブの アドレスでは ない ようです。 見て、 もう一度 して ください。</translation>
    </message>
    <message>
        <source>Saved. The app will use this address the next time it starts.</source>
        <translation>ほぞん しました。 つぎに アプリを 開いた ときから、 この アドレスを つかいます。</translation>
    </message>
    <message>
        <source>Diagnostic info copied. You can paste it into a mail to the help desk.</source>
        <translation>じょうほうを コピー しました。 ヘルプデスクへの メールに はりつけて ください。</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation>ログイン</translation>
    </message>
    <message>
        <source>Sign in with the e-mail address and password you registered with.</source>
        <translation>とうろくした メールアドレスと パスワードで ログイン して ください。</translation>
    </message>
    <message>
        <source>Demo: the demo account {email} is already filled in.</source>
        <translation>デモ: デモの アカウント {email} が もう 入って います。</translation>
    </message>
    <message>
        <source>&amp;E-mail address</source>
        <translation>メールアドレス(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>パスワード(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>ログイン(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Create an account</source>
        <translation>アカウントを 作る(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Forgot your password?</source>
        <translation>パスワードを わすれましたか？(&amp;F)</translation>
    </message>
    <message>
        <source>Your account and your personal data are deleted. Thank you for using the service.</source>
        <translation>アカウントと あなたの じょうほうを けしました。 ありがとう ございました。</translation>
    </message>
    <message>
        <source>Please enter your e-mail address.</source>
        <translation>メールアドレスを 書いて ください。</translation>
    </message>
    <message>
        <source>Please enter your password.</source>
        <translation>パスワードを 書いて ください。</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>これから する こと</translation>
    </message>
</context>
<context>
    <name>SlotCalendar</name>
    <message>
        <source>Calendar: days in bold have free times</source>
        <translation>カレンダー: ふとい 字の 日は あいて います</translation>
    </message>
    <message>
        <source>Free times on the chosen day</source>
        <translation>えらんだ 日の あいて いる 時間</translation>
    </message>
    <message numerus="yes">
        <source>%n free time(s)</source>
        <translation>
            <numerusform>あき %n</numerusform>
        </translation>
    </message>
    <message>
        <source>You already have a session on this day. Only one session a day is possible.</source>
        <translation>この 日に もう そうだんの よやくが あります。 そうだんは 1日 1回だけです。</translation>
    </message>
    <message>
        <source>Choose a time:</source>
        <translation>時間を えらんで ください:</translation>
    </message>
    <message>
        <source>Looking for free times…</source>
        <translation>あいて いる 時間を さがして います…</translation>
    </message>
    <message>
        <source>No free times on this day. Days in bold have free times.</source>
        <translation>この 日は あいて いる 時間が ありません。 ふとい 字の 日は あいて います。</translation>
    </message>
    <message>
        <source>{start} – {end}   ({places})</source>
        <translation>{start} – {end}   （{places}）</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) left</source>
        <translation>
            <numerusform>のこり %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusRow</name>
    <message>
        <source>OK</source>
        <translation>だいじょうぶ</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>ちゅうい</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>もんだい あり</translation>
    </message>
    <message>
        <source>Could not check</source>
        <translation>チェック できません</translation>
    </message>
    <message>
        <source>What to do: {remedy}</source>
        <translation>する こと: {remedy}</translation>
    </message>
    <message>
        <source>Open the &amp;setting</source>
        <translation>せっていを 開く(&amp;S)</translation>
    </message>
    <message>
        <source>More &amp;information</source>
        <translation>もっと 見る(&amp;I)</translation>
    </message>
</context>
<context>
    <name>TermsPage</name>
    <message>
        <source>Terms of use</source>
        <translation>りようきやく</translation>
    </message>
    <message>
        <source>I have read the terms of use and I &amp;agree to them.</source>
        <translation>りようきやくを 読みました。 りようきやくに 「いい」と します(&amp;A)</translation>
    </message>
    <message>
        <source>The sessions take place in Zoom. Please also read Zoom&apos;s &lt;a href=&quot;{terms}&quot;&gt;terms of service&lt;/a&gt; and &lt;a href=&quot;{privacy}&quot;&gt;privacy statement&lt;/a&gt;.</source>
        <translation>そうだんは Zoom で します。 Zoom の &lt;a href=&quot;{terms}&quot;&gt;りようきやく&lt;/a&gt;と &lt;a href=&quot;{privacy}&quot;&gt;プライバシーの ルール&lt;/a&gt;も 読んで ください。</translation>
    </message>
    <message>
        <source>I accept &amp;Zoom&apos;s terms of service and privacy statement.</source>
        <translation>Zoom の りようきやくと プライバシーの ルールに 「いい」と します(&amp;Z)</translation>
    </message>
    <message>
        <source>Agree and &amp;continue</source>
        <translation>「いい」と して つぎへ(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>もう一度 する(&amp;T)</translation>
    </message>
    <message>
        <source>Terms of use text</source>
        <translation>りようきやくの 文</translation>
    </message>
    <message>
        <source>Loading the terms of use…</source>
        <translation>りようきやくを 読みこんで います…</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;Version {version}, in effect from {date}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;バージョン {version}、 {date} から</translation>
    </message>
    <message>
        <source>The terms of use have changed since you last agreed. Please read them and agree again.</source>
        <translation>りようきやくが かわりました。 読んで、 もう一度 「いい」と して ください。</translation>
    </message>
    <message>
        <source>What changed: {summary}</source>
        <translation>かわった ところ: {summary}</translation>
    </message>
    <message>
        <source>✓ You have read to the end.</source>
        <translation>✓ さいごまで 読みました。</translation>
    </message>
    <message>
        <source>Please read the terms to the end (scroll down).</source>
        <translation>りようきやくを さいごまで 読んで ください（下へ スクロール して ください）。</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Hello Work online counselling</source>
        <translation>ハローワーク オンライン そうだん</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Check my device</source>
        <translation>パソコンを チェック する(&amp;C)</translation>
    </message>
    <message>
        <source>My &amp;bookings</source>
        <translation>わたしの よやく(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>おわる(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>UpdatePrompt</name>
    <message>
        <source>A new version of this app ({version}) is available.</source>
        <translation>この アプリの 新しい バージョン（{version}）が あります。</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>ダウンロード(&amp;D)</translation>
    </message>
    <message>
        <source>Please update the app</source>
        <translation>アプリを アップデート して ください</translation>
    </message>
    <message>
        <source>This version of the app is too old to use the service. Please download and install the new version. Your bookings are kept.</source>
        <translation>この アプリの バージョンは 古いです。 サービスを つかえません。 新しい バージョンを ダウンロード して、 入れて ください。 よやくは きえません。</translation>
    </message>
    <message>
        <source>&amp;Download the new version</source>
        <translation>新しい バージョンを ダウンロード する(&amp;D)</translation>
    </message>
</context>
<context>
    <name>VerifySentPage</name>
    <message>
        <source>Check your e-mail</source>
        <translation>メールを 見て ください</translation>
    </message>
    <message>
        <source>One more step: open the link in your e-mail</source>
        <translation>あと 1つ: メールの リンクを 開いて ください</translation>
    </message>
    <message>
        <source>We sent an e-mail to {email}.</source>
        <translation>{email} に メールを 送りました。</translation>
    </message>
    <message>
        <source>Open the link in it to finish your registration.</source>
        <translation>メールの リンクを 開いて、 とうろくを おわって ください。</translation>
    </message>
    <message>
        <source>We sent you an e-mail. Open the link in it to finish your registration.</source>
        <translation>メールを 送りました。 メールの リンクを 開いて、 とうろくを おわって ください。</translation>
    </message>
    <message>
        <source>• The link works for 24 hours.
• No e-mail after a few minutes? Look in the spam or junk folder.
• After opening the link, come back here and sign in.</source>
        <translation>• リンクは 24時間 つかえます。
• 何分 たっても メールが 来ない ときは、 「めいわくメール」の フォルダーを 見て ください。
• リンクを 開いた 後で、 ここに もどって ログイン して ください。</translation>
    </message>
    <message>
        <source>Send the e-mail &amp;again</source>
        <translation>メールを もう一度 送る(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Register again</source>
        <translation>もう一度 とうろく する(&amp;R)</translation>
    </message>
    <message>
        <source>I opened the link: &amp;sign in</source>
        <translation>リンクを 開きました: ログイン(&amp;S)</translation>
    </message>
    <message>
        <source>We sent the e-mail again at {time}. Please look for the newest one.</source>
        <translation>{time} に もう一度 メールを 送りました。 いちばん 新しい メールを 見て ください。</translation>
    </message>
</context>
</TS>
