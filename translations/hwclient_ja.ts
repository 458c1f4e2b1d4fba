<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en_US">
<context>
    <name>AccountPage</name>
    <message>
        <source>My account</source>
        <translation>マイアカウント</translation>
    </message>
    <message>
        <source>It has been a while since you changed your password. To keep your account safe, please choose a new one below.</source>
        <translation>パスワードを長い間変更していません。アカウントを守るため、下の欄で新しいパスワードを設定してください。</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>後で(&amp;L)</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>登録内容</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>ログアウト(&amp;O)</translation>
    </message>
    <message>
        <source>Change your password</source>
        <translation>パスワードの変更</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>現在のパスワード(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>新しいパスワード(&amp;N)</translation>
    </message>
    <message>
        <source>At least 10 characters, not your e-mail address, not a common word.</source>
        <translation>10文字以上で、メールアドレスやよく使われる単語ではないものにしてください。</translation>
    </message>
    <message>
        <source>New password &amp;again</source>
        <translation>新しいパスワード（確認）(&amp;A)</translation>
    </message>
    <message>
        <source>C&amp;hange password</source>
        <translation>パスワードを変更する(&amp;H)</translation>
    </message>
    <message>
        <source>Language and reminders</source>
        <translation>言語と通知</translation>
    </message>
    <message>
        <source>&amp;Language of the app</source>
        <translation>アプリの言語(&amp;L)</translation>
    </message>
    <message>
        <source>Remind me about my session:</source>
        <translation>相談の通知:</translation>
    </message>
    <message>
        <source>The day &amp;before</source>
        <translation>前日(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;30 minutes before</source>
        <translation>30分前(&amp;3)</translation>
    </message>
    <message>
        <source>When I can &amp;join</source>
        <translation>参加できるようになったとき(&amp;J)</translation>
    </message>
    <message>
        <source>Delete your account</source>
        <translation>アカウントの削除</translation>
    </message>
    <message>
        <source>This deletes your registration and personal data and cancels your future sessions. It cannot be undone. To use the service again, you would register again. Enter your password to confirm.</source>
        <translation>登録内容と個人情報を削除し、今後の相談の予約をすべてキャンセルします。元に戻すことはできません。再びサービスを利用するには、もう一度登録が必要です。確認のため、パスワードを入力してください。</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>パスワード(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Delete my account…</source>
        <translation>アカウントを削除する(&amp;D)…</translation>
    </message>
    <message>
        <source>Name: {name}</source>
        <translation>氏名: {name}</translation>
    </message>
    <message>
        <source>E-mail: {email}</source>
        <translation>メールアドレス: {email}</translation>
    </message>
    <message>
        <source>Job-seeker number: {number}</source>
        <translation>求職番号: {number}</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>（未登録）</translation>
    </message>
    <message>
        <source>Password last changed: {date}</source>
        <translation>パスワードの最終変更日: {date}</translation>
    </message>
    <message>
        <source>Please enter your current password.</source>
        <translation>現在のパスワードを入力してください。</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>入力した新しいパスワードが一致しません。</translation>
    </message>
    <message>
        <source>Your password is changed. Other computers signed in to your account are signed out.</source>
        <translation>パスワードを変更しました。このアカウントでログインしているほかのパソコンは、ログアウトされました。</translation>
    </message>
    <message>
        <source>Please enter your password to confirm.</source>
        <translation>確認のため、パスワードを入力してください。</translation>
    </message>
    <message>
        <source>Delete your account?</source>
        <translation>アカウントを削除しますか？</translation>
    </message>
    <message>
        <source>Do you really want to delete your account?</source>
        <translation>本当にアカウントを削除しますか？</translation>
    </message>
    <message>
        <source>Your future sessions will be cancelled. This cannot be undone.</source>
        <translation>今後の相談の予約はキャンセルされます。元に戻すことはできません。</translation>
    </message>
    <message>
        <source>&amp;Yes, delete my account</source>
        <translation>はい、削除します(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No, keep it</source>
        <translation>いいえ、削除しません(&amp;N)</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation>問題が発生しました。もう一度お試しください。</translation>
    </message>
    <message>
        <source>This server address is not safe. It must start with https://. Please check the address your Hello Work office gave you.</source>
        <translation>このサーバーアドレスは安全ではありません。アドレスは https:// で始まる必要があります。ハローワークから案内されたアドレスを確認してください。</translation>
    </message>
    <message>
        <source>Could not reach the service. Please check your internet connection and try again.</source>
        <translation>サービスに接続できませんでした。インターネット接続を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The connection is not secure, so the app stopped. Check that your PC&apos;s date and time are correct, or try another network.</source>
        <translation>接続が安全ではないため、アプリは処理を中止しました。パソコンの日付と時刻が正しいか確認するか、別のネットワークをお試しください。</translation>
    </message>
    <message>
        <source>The service is busy or under maintenance. Please try again in a few minutes.</source>
        <translation>サービスが混み合っているか、メンテナンス中です。数分後にもう一度お試しください。</translation>
    </message>
    <message>
        <source>The service gave an answer the app does not understand. Please check the server address, or update the app.</source>
        <translation>サービスから、アプリが理解できない応答がありました。サーバーアドレスを確認するか、アプリを更新してください。</translation>
    </message>
</context>
<context>
    <name>Booking</name>
    <message>
        <source>Booked</source>
        <translation>予約済み</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>Cancelled by the office</source>
        <translation>ハローワークがキャンセル</translation>
    </message>
    <message>
        <source>Missed (you did not join)</source>
        <translation>欠席（参加しませんでした）</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>参加済み</translation>
    </message>
    <message>
        <source>Unknown status. Please refresh.</source>
        <translation>状態が不明です。画面を更新してください。</translation>
    </message>
    <message>
        <source>Online job counselling with {office}.</source>
        <translation>{office}とのオンライン職業相談です。</translation>
    </message>
    <message>
        <source>Open the hwclient app and press Join from 10 minutes before the start.</source>
        <translation>開始10分前から、hwclientアプリを開いて「相談に参加する」を押してください。</translation>
    </message>
    <message>
        <source>Have your job-seeker number ready.</source>
        <translation>求職番号をご用意ください。</translation>
    </message>
    <message>
        <source>To cancel on the day or if you have trouble, phone the office: {phone}</source>
        <translation>当日のキャンセルやお困りの場合は、ハローワークにお電話ください: {phone}</translation>
    </message>
    <message>
        <source>Hello Work online counselling</source>
        <translation>ハローワーク オンライン職業相談</translation>
    </message>
    <message>
        <source>{office} (online, Zoom)</source>
        <translation>{office}（オンライン、Zoom）</translation>
    </message>
    <message>
        <source>Your counselling session starts in 30 minutes.</source>
        <translation>30分後に職業相談が始まります。</translation>
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
        <translation>ハローワークの電話番号: {phone}</translation>
    </message>
    <message>
        <source>With you: {who}</source>
        <translation>同席者: {who}</translation>
    </message>
    <message>
        <source>Reason from the office: {reason}</source>
        <translation>ハローワークからの理由: {reason}</translation>
    </message>
    <message>
        <source>&amp;Cancel this session</source>
        <translation>この相談をキャンセルする(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel the session on {when}</source>
        <translation>{when}の相談をキャンセルする</translation>
    </message>
    <message>
        <source>Add to ca&amp;lendar</source>
        <translation>カレンダーに追加(&amp;L)</translation>
    </message>
    <message>
        <source>The session has started, so it cannot be cancelled in the app. To cancel or if you have trouble, please phone the office: {phone}</source>
        <translation>相談が始まっているため、アプリではキャンセルできません。キャンセルする場合やお困りの場合は、ハローワークにお電話ください: {phone}</translation>
    </message>
    <message>
        <source>(see your Hello Work card)</source>
        <translation>（ハローワーク受付票をご覧ください）</translation>
    </message>
</context>
<context>
    <name>BookingPage</name>
    <message>
        <source>{name} (your office)</source>
        <translation>{name}（ご登録のハローワーク）</translation>
    </message>
    <message>
        <source>{prefecture} · Phone {phone}</source>
        <translation>{prefecture} · 電話 {phone}</translation>
    </message>
    <message>
        <source>Languages: {languages}</source>
        <translation>対応言語: {languages}</translation>
    </message>
    <message>
        <source>Book a session</source>
        <translation>相談を予約する</translation>
    </message>
    <message>
        <source>Choose the Hello Work office for your online session.</source>
        <translation>オンライン相談を受けるハローワークを選んでください。</translation>
    </message>
    <message>
        <source>Choose a day, then a time. Days in bold have free times. Times are Japan time.</source>
        <translation>日にちを選んでから、時間を選んでください。太字の日には空きがあります。時間はすべて日本時間です。</translation>
    </message>
    <message>
        <source>&amp;Note for the counsellor (optional), for example what you want to talk about:</source>
        <translation>相談員へのメモ（任意）。例えば、相談したい内容など(&amp;N):</translation>
    </message>
    <message>
        <source>Please check the details. You can cancel in the app until the session starts.</source>
        <translation>内容を確認してください。相談が始まるまでは、アプリでキャンセルできます。</translation>
    </message>
    <message>
        <source>&lt; &amp;Previous step</source>
        <translation>&lt; 前のステップへ(&amp;P)</translation>
    </message>
    <message>
        <source>Add to my &amp;calendar</source>
        <translation>カレンダーに追加(&amp;C)</translation>
    </message>
    <message>
        <source>See &amp;my bookings</source>
        <translation>予約一覧を見る(&amp;M)</translation>
    </message>
    <message>
        <source>Step 1 of 4: choose an office</source>
        <translation>ステップ 1/4: ハローワークを選ぶ</translation>
    </message>
    <message>
        <source>Step 2 of 4: choose a day and time</source>
        <translation>ステップ 2/4: 日時を選ぶ</translation>
    </message>
    <message>
        <source>Step 3 of 4: who will be with you</source>
        <translation>ステップ 3/4: 同席者を選ぶ</translation>
    </message>
    <message>
        <source>Step 4 of 4: check and book</source>
        <translation>ステップ 4/4: 確認して予約する</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>予約完了</translation>
    </message>
    <message>
        <source>&amp;Book this session</source>
        <translation>この内容で予約する(&amp;B)</translation>
    </message>
    <message>
        <source>Go to &amp;home</source>
        <translation>ホームへ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>次へ(&amp;N) &gt;</translation>
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
        <translation>日時</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>ハローワーク</translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation>ハローワークの電話番号</translation>
    </message>
    <message>
        <source>With you</source>
        <translation>同席者</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>There are no other free times on {day}. Please choose another day.</source>
        <translation>{day}には、ほかに空いている時間がありません。別の日を選んでください。</translation>
    </message>
    <message>
        <source>✓ Your session is booked.</source>
        <translation>✓ 相談の予約が完了しました。</translation>
    </message>
    <message>
        <source>{when}
{office}

We also sent you an e-mail. On the day, open this app and press Join from 10 minutes before the start.</source>
        <translation>{when}
{office}

確認のメールもお送りしました。当日はこのアプリを開き、開始10分前から「相談に参加する」を押してください。</translation>
    </message>
    <message>
        <source>✓ Saved. Open the file to add the session to your calendar: {path}</source>
        <translation>✓ 保存しました。ファイルを開くと、相談をカレンダーに追加できます: {path}</translation>
    </message>
</context>
<context>
    <name>BookingsPage</name>
    <message>
        <source>My bookings</source>
        <translation>予約一覧</translation>
    </message>
    <message>
        <source>&amp;Upcoming</source>
        <translation>これからの予約(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Past</source>
        <translation>過去の相談(&amp;P)</translation>
    </message>
    <message>
        <source>You have no upcoming sessions.</source>
        <translation>これからの相談の予約はありません。</translation>
    </message>
    <message>
        <source>No past sessions yet.</source>
        <translation>過去の相談はまだありません。</translation>
    </message>
    <message>
        <source>&amp;Book a session</source>
        <translation>相談を予約する(&amp;B)</translation>
    </message>
    <message>
        <source>Cancel the session?</source>
        <translation>相談をキャンセルしますか？</translation>
    </message>
    <message>
        <source>Do you want to cancel your session on {when}?</source>
        <translation>{when}の相談をキャンセルしますか？</translation>
    </message>
    <message>
        <source>You can book another time afterwards.</source>
        <translation>キャンセルした後で、別の時間を予約できます。</translation>
    </message>
    <message>
        <source>&amp;Yes, cancel it</source>
        <translation>はい、キャンセルします(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No, keep it</source>
        <translation>いいえ、キャンセルしません(&amp;N)</translation>
    </message>
    <message>
        <source>Your session on {when} is cancelled.</source>
        <translation>{when}の相談をキャンセルしました。</translation>
    </message>
    <message>
        <source>Saved. Open the file to add the session to your calendar: {path}</source>
        <translation>保存しました。ファイルを開くと、相談をカレンダーに追加できます: {path}</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Save to your calendar</source>
        <translation>カレンダーに保存</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>カレンダーファイル (*.ics)</translation>
    </message>
    <message>
        <source>The file could not be saved there. Please choose another folder.</source>
        <translation>その場所にはファイルを保存できませんでした。別のフォルダーを選んでください。</translation>
    </message>
</context>
<context>
    <name>CameraPreview</name>
    <message>
        <source>Camera picture</source>
        <translation>カメラの映像</translation>
    </message>
    <message>
        <source>The camera picture will appear here.</source>
        <translation>ここにカメラの映像が表示されます。</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>カメラを起動しています…</translation>
    </message>
    <message>
        <source>No camera found. Connect a webcam, or use a PC with a built-in camera, then press Check again.</source>
        <translation>カメラが見つかりません。Webカメラを接続するか、カメラ内蔵のパソコンを使って、「もう一度チェックする」を押してください。</translation>
    </message>
    <message>
        <source>This app is not allowed to use the camera. Allow it in your PC&apos;s privacy settings, then press Check again.</source>
        <translation>このアプリにカメラの使用が許可されていません。パソコンのプライバシー設定で許可してから、「もう一度チェックする」を押してください。</translation>
    </message>
    <message>
        <source>The camera could not be started. It may be in use by another app (for example Zoom or Teams). Close that app, then press Check again.</source>
        <translation>カメラを起動できませんでした。ほかのアプリ（ZoomやTeamsなど）が使っている可能性があります。そのアプリを閉じてから、「もう一度チェックする」を押してください。</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>Unknown check: %1. Known checks: %2.</source>
        <translation>不明なチェック項目です: %1。使用できるチェック項目: %2。</translation>
    </message>
    <message>
        <source>The device check could not run. Please try again.</source>
        <translation>機器チェックを実行できませんでした。もう一度お試しください。</translation>
    </message>
    <message>
        <source>The file %1 could not be opened.</source>
        <translation>ファイル %1 を開けませんでした。</translation>
    </message>
    <message>
        <source>%1 is not a diagnostics bundle (it is not a zip file).</source>
        <translation>%1 は診断ファイルではありません（zipファイルではありません）。</translation>
    </message>
    <message>
        <source>%1 is not a diagnostics bundle from this app.</source>
        <translation>%1 はこのアプリの診断ファイルではありません。</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of this app. Update the app to read it.</source>
        <translation>%1 はこのアプリの新しいバージョンで作成されています。読み込むには、アプリを更新してください。</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read. Ask for a new bundle.</source>
        <translation>%1 は壊れているため、読み込めません。新しい診断ファイルを依頼してください。</translation>
    </message>
    <message>
        <source>The diagnostics bundle could not be saved to %1: %2</source>
        <translation>診断ファイルを %1 に保存できませんでした: %2</translation>
    </message>
    <message>
        <source>Diagnostics bundle saved: %1</source>
        <translation>診断ファイルを保存しました: %1</translation>
    </message>
    <message>
        <source>No server is set, so the report was not sent.</source>
        <translation>サーバーが設定されていないため、結果は送信されませんでした。</translation>
    </message>
    <message>
        <source>Sign in with the app first, then send the report again.</source>
        <translation>先にアプリでログインしてから、もう一度結果を送信してください。</translation>
    </message>
    <message>
        <source>The report could not be sent. Check the connection and try again.</source>
        <translation>結果を送信できませんでした。接続を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Report sent (number %1).</source>
        <translation>結果を送信しました（受付番号 %1）。</translation>
    </message>
    <message>
        <source>Virus protection is turned off.</source>
        <translation>ウイルス対策が無効になっています。</translation>
    </message>
    <message>
        <source>Virus protection is turned off: %1.</source>
        <translation>ウイルス対策が無効になっています: %1。</translation>
    </message>
    <message>
        <source>Open your virus protection and turn real-time protection on.</source>
        <translation>ウイルス対策ソフトを開き、リアルタイム保護を有効にしてください。</translation>
    </message>
    <message>
        <source>The virus definitions of %1 are out of date.</source>
        <translation>%1 のウイルス定義が古くなっています。</translation>
    </message>
    <message>
        <source>Open your virus protection and choose to check for updates.</source>
        <translation>ウイルス対策ソフトを開き、更新の確認を選んでください。</translation>
    </message>
    <message>
        <source>%1 is on and up to date.</source>
        <translation>%1 は有効で、最新の状態です。</translation>
    </message>
    <message>
        <source>Gatekeeper, the Mac&apos;s protection against harmful apps, is turned off.</source>
        <translation>Gatekeeper（有害なアプリからMacを守る機能）が無効になっています。</translation>
    </message>
    <message>
        <source>Ask someone you trust to turn it back on (Terminal: sudo spctl --master-enable).</source>
        <translation>信頼できる人に頼んで、有効に戻してもらってください（ターミナル: sudo spctl --master-enable）。</translation>
    </message>
    <message>
        <source>The Mac&apos;s built-in malware data was last updated %1 days ago.</source>
        <translation>Mac内蔵のマルウェア対策データの最終更新は %1日前です。</translation>
    </message>
    <message>
        <source>Open Software Update and install the updates.</source>
        <translation>「ソフトウェアアップデート」を開き、アップデートをインストールしてください。</translation>
    </message>
    <message>
        <source>The Mac&apos;s built-in protection (Gatekeeper and XProtect) is on.</source>
        <translation>Mac内蔵の保護機能（GatekeeperとXProtect）は有効です。</translation>
    </message>
    <message>
        <source>No virus scanner was found that this app can check.</source>
        <translation>このアプリで確認できるウイルス対策ソフトが見つかりませんでした。</translation>
    </message>
    <message>
        <source>Update them (for example with: sudo freshclam).</source>
        <translation>ウイルス定義を更新してください（例: sudo freshclam）。</translation>
    </message>
    <message>
        <source>This app (version %1) is too old to use the service.</source>
        <translation>このアプリ（バージョン %1）は古いため、サービスを利用できません。</translation>
    </message>
    <message>
        <source>Download and install the new version %1.</source>
        <translation>新しいバージョン %1 をダウンロードして、インストールしてください。</translation>
    </message>
    <message>
        <source>A new version of this app is available: %1.</source>
        <translation>このアプリの新しいバージョンがあります: %1。</translation>
    </message>
    <message>
        <source>This app is up to date (version %1).</source>
        <translation>このアプリは最新です（バージョン %1）。</translation>
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
        <translation>スピーカーまたはヘッドホン</translation>
    </message>
    <message>
        <source>Operating system and updates</source>
        <translation>OSと更新プログラム</translation>
    </message>
    <message>
        <source>Virus protection</source>
        <translation>ウイルス対策</translation>
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
        <translation>サービスとZoomへの接続</translation>
    </message>
    <message>
        <source>Zoom app</source>
        <translation>Zoomアプリ</translation>
    </message>
    <message>
        <source>This app</source>
        <translation>このアプリ</translation>
    </message>
    <message>
        <source>Recording and file-sharing programs</source>
        <translation>録画・ファイル共有ソフト</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>電源</translation>
    </message>
    <message>
        <source>Computer load</source>
        <translation>パソコンの負荷</translation>
    </message>
    <message>
        <source>This could not be checked on this computer.</source>
        <translation>このパソコンでは確認できませんでした。</translation>
    </message>
    <message>
        <source>The check timed out before this computer answered.</source>
        <translation>このパソコンからの応答がなく、時間切れになりました。</translation>
    </message>
    <message>
        <source>The tool needed for this check is not on this computer.</source>
        <translation>このチェックに必要なツールが、このパソコンにありません。</translation>
    </message>
    <message>
        <source>The answer from this computer could not be read.</source>
        <translation>このパソコンからの応答を読み取れませんでした。</translation>
    </message>
    <message>
        <source>The counselling service cannot be reached.</source>
        <translation>相談サービスに接続できません。</translation>
    </message>
    <message>
        <source>Zoom cannot be reached.</source>
        <translation>Zoomに接続できません。</translation>
    </message>
    <message>
        <source>Check that the internet works (open a web page). At work or school, a network filter may block it: ask the administrator.</source>
        <translation>インターネットが使えるか確認してください（Webページを開いてみてください）。職場や学校では、ネットワークのフィルターで遮断されている場合があります。管理者にお問い合わせください。</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is off by about %1 minutes.</source>
        <translation>このパソコンの時計が約 %1分ずれています。</translation>
    </message>
    <message>
        <source>Turn on &quot;Set time automatically&quot; in the date and time settings.</source>
        <translation>日付と時刻の設定で「時刻を自動的に設定する」をオンにしてください。</translation>
    </message>
    <message>
        <source>The connection is slow (%1 ms).</source>
        <translation>接続が遅くなっています（%1 ms）。</translation>
    </message>
    <message>
        <source>Move closer to the Wi-Fi router or use a network cable.</source>
        <translation>Wi-Fiルーターに近づくか、LANケーブルを使ってください。</translation>
    </message>
    <message>
        <source>The service and Zoom can be reached, and the clock is right.</source>
        <translation>サービスとZoomに接続でき、時計も正確です。</translation>
    </message>
    <message>
        <source>Zoom can be reached, and the clock is right.</source>
        <translation>Zoomに接続でき、時計も正確です。</translation>
    </message>
    <message>
        <source>No camera was found.</source>
        <translation>カメラが見つかりませんでした。</translation>
    </message>
    <message>
        <source>Connect a webcam, or check that the built-in camera is switched on (some laptops have a switch or a key for it). Then check again.</source>
        <translation>Webカメラを接続するか、内蔵カメラがオンになっているか確認してください（ノートパソコンには、カメラ用のスイッチやキーがあるものもあります）。その後、もう一度チェックしてください。</translation>
    </message>
    <message>
        <source>A camera was found: %1. The picture is tested in the app.</source>
        <translation>カメラが見つかりました: %1。映像はアプリの画面で確認します。</translation>
    </message>
    <message>
        <source>This computer does not allow apps to use the camera.</source>
        <translation>このパソコンでは、アプリによるカメラの使用が許可されていません。</translation>
    </message>
    <message>
        <source>Open the camera privacy setting, allow apps (and this app) to use the camera, then check again.</source>
        <translation>カメラのプライバシー設定を開き、アプリ（このアプリも含む）にカメラの使用を許可してから、もう一度チェックしてください。</translation>
    </message>
    <message>
        <source>Another app is using the camera.</source>
        <translation>ほかのアプリがカメラを使っています。</translation>
    </message>
    <message>
        <source>Close other apps that may use the camera (Zoom, Teams, Skype, LINE, a browser tab), then check again.</source>
        <translation>カメラを使っている可能性のあるアプリ（Zoom、Teams、Skype、LINE、ブラウザーのタブ）を閉じてから、もう一度チェックしてください。</translation>
    </message>
    <message>
        <source>The camera works.</source>
        <translation>カメラは正常に動作しています。</translation>
    </message>
    <message>
        <source>The camera did not send a picture.</source>
        <translation>カメラから映像が届きませんでした。</translation>
    </message>
    <message>
        <source>Check that the lens is not covered, unplug the camera and plug it in again, or restart the computer. Then check again.</source>
        <translation>レンズがふさがれていないか確認し、カメラを抜いて差し直すか、パソコンを再起動してください。その後、もう一度チェックしてください。</translation>
    </message>
    <message>
        <source>Found: %1.</source>
        <translation>検出されました: %1。</translation>
    </message>
    <message>
        <source>No microphone was found.</source>
        <translation>マイクが見つかりませんでした。</translation>
    </message>
    <message>
        <source>Connect a headset or microphone, or allow microphone use in the privacy settings. Then check again.</source>
        <translation>ヘッドセットかマイクを接続するか、プライバシー設定でマイクの使用を許可してください。その後、もう一度チェックしてください。</translation>
    </message>
    <message>
        <source>No speakers or headphones were found.</source>
        <translation>スピーカーやヘッドホンが見つかりませんでした。</translation>
    </message>
    <message>
        <source>Connect headphones or speakers, or turn the sound on. Then check again.</source>
        <translation>ヘッドホンかスピーカーを接続するか、音が出るように設定してください。その後、もう一度チェックしてください。</translation>
    </message>
    <message>
        <source>The firewall is on.</source>
        <translation>ファイアウォールは有効です。</translation>
    </message>
    <message>
        <source>The firewall is off for these networks: %1.</source>
        <translation>次のネットワークでファイアウォールが無効になっています: %1。</translation>
    </message>
    <message>
        <source>Open the firewall settings and turn the firewall on.</source>
        <translation>ファイアウォールの設定を開き、ファイアウォールを有効にしてください。</translation>
    </message>
    <message>
        <source>The Mac&apos;s firewall is off.</source>
        <translation>Macのファイアウォールが無効になっています。</translation>
    </message>
    <message>
        <source>Open the Network settings, choose Firewall and turn it on.</source>
        <translation>「ネットワーク」の設定を開き、「ファイアウォール」を選んで有効にしてください。</translation>
    </message>
    <message>
        <source>No firewall was found that this app can check.</source>
        <translation>このアプリで確認できるファイアウォールが見つかりませんでした。</translation>
    </message>
    <message>
        <source>This computer is not connected to a network.</source>
        <translation>このパソコンはネットワークに接続されていません。</translation>
    </message>
    <message>
        <source>Connect to your home Wi-Fi or plug in a network cable, then check again.</source>
        <translation>自宅のWi-Fiに接続するか、LANケーブルを差し込んでから、もう一度チェックしてください。</translation>
    </message>
    <message>
        <source>This Wi-Fi has no password or uses old, unsafe protection.</source>
        <translation>このWi-Fiにはパスワードがないか、古くて安全でない保護方式が使われています。</translation>
    </message>
    <message>
        <source>Use your home Wi-Fi with a password (WPA2 or WPA3) or a network cable.</source>
        <translation>パスワードのある自宅のWi-Fi（WPA2またはWPA3）か、LANケーブルを使ってください。</translation>
    </message>
    <message>
        <source>This Wi-Fi uses weak protection.</source>
        <translation>このWi-Fiの保護方式は強くありません。</translation>
    </message>
    <message>
        <source>If it is your router, set it to WPA2 or WPA3 (AES).</source>
        <translation>ご自分のルーターの場合は、WPA2またはWPA3（AES）に設定してください。</translation>
    </message>
    <message>
        <source>This looks like a free or public Wi-Fi hotspot.</source>
        <translation>無料Wi-Fiや公衆Wi-Fiのようです。</translation>
    </message>
    <message>
        <source>Counselling is private: use your home network, not a public one.</source>
        <translation>相談の内容はプライベートなものです。公共のネットワークではなく、自宅のネットワークを使ってください。</translation>
    </message>
    <message>
        <source>Windows treats this network as a public network.</source>
        <translation>Windowsはこのネットワークを「パブリック ネットワーク」として扱っています。</translation>
    </message>
    <message>
        <source>If you are at a café, station or hotel, go home first. At home, you can set this network to Private.</source>
        <translation>カフェ、駅、ホテルなどにいる場合は、先に帰宅してください。自宅では、このネットワークを「プライベート」に設定できます。</translation>
    </message>
    <message>
        <source>Connected by cable.</source>
        <translation>有線（ケーブル）で接続しています。</translation>
    </message>
    <message>
        <source>Connected by Wi-Fi.</source>
        <translation>Wi-Fiで接続しています。</translation>
    </message>
    <message>
        <source>Connected by mobile data. A 30-minute video call uses a lot of data.</source>
        <translation>モバイルデータ通信で接続しています。30分のビデオ通話では、多くのデータ通信量を使います。</translation>
    </message>
    <message>
        <source>Connected through a VPN.</source>
        <translation>VPN経由で接続しています。</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>接続しています。</translation>
    </message>
    <message>
        <source>%1 no longer gets security updates.</source>
        <translation>%1 はセキュリティ更新の提供が終了しています。</translation>
    </message>
    <message>
        <source>Update to a newer version. Open the update settings to start.</source>
        <translation>新しいバージョンに更新してください。まず更新の設定を開いてください。</translation>
    </message>
    <message>
        <source>%1 is a current version.</source>
        <translation>%1 は現在サポートされているバージョンです。</translation>
    </message>
    <message>
        <source>%1: its support dates are not known yet.</source>
        <translation>%1: サポート期限はまだわかっていません。</translation>
    </message>
    <message>
        <source>%1 probably no longer gets security updates.</source>
        <translation>%1 は、セキュリティ更新の提供が終了している可能性があります。</translation>
    </message>
    <message>
        <source>%1 stopped getting security updates on %2.</source>
        <translation>%1 のセキュリティ更新は %2 に終了しました。</translation>
    </message>
    <message>
        <source>%1 gets security updates only until %2.</source>
        <translation>%1 のセキュリティ更新は %2 までです。</translation>
    </message>
    <message>
        <source>Plan to update to a newer version before then.</source>
        <translation>それまでに、新しいバージョンへ更新する予定を立ててください。</translation>
    </message>
    <message>
        <source>%1 is supported until %2.</source>
        <translation>%1 は %2 までサポートされます。</translation>
    </message>
    <message>
        <source>%1 is a server system, not a PC system.</source>
        <translation>%1 はサーバー用のOSで、パソコン用のOSではありません。</translation>
    </message>
    <message>
        <source>Use a PC with Windows 11 or a Mac if you can.</source>
        <translation>できれば、Windows 11のパソコンかMacを使ってください。</translation>
    </message>
    <message>
        <source>Open Windows Update and install the updates.</source>
        <translation>Windows Update を開き、更新プログラムをインストールしてください。</translation>
    </message>
    <message>
        <source>The last update was installed %1 days ago.</source>
        <translation>最後に更新プログラムをインストールしたのは %1日前です。</translation>
    </message>
    <message>
        <source>%1 has updates waiting to be installed.</source>
        <translation>%1 に、インストール待ちの更新プログラムがあります。</translation>
    </message>
    <message>
        <source>%1: this app cannot tell whether it still gets security updates.</source>
        <translation>%1: セキュリティ更新がまだ提供されているかどうか、このアプリでは判断できません。</translation>
    </message>
    <message>
        <source>Install your system&apos;s updates regularly.</source>
        <translation>OSの更新プログラムを定期的にインストールしてください。</translation>
    </message>
    <message>
        <source>No battery: the computer runs on mains power.</source>
        <translation>バッテリーはありません。コンセントの電源で動いています。</translation>
    </message>
    <message>
        <source>The power cable is connected.</source>
        <translation>電源ケーブルが接続されています。</translation>
    </message>
    <message>
        <source>The battery is low (%1 %).</source>
        <translation>バッテリー残量が少なくなっています（%1 %）。</translation>
    </message>
    <message>
        <source>Connect the power cable before the session.</source>
        <translation>相談の前に、電源ケーブルを接続してください。</translation>
    </message>
    <message>
        <source>Running on battery. Connecting the power cable for the session is safer.</source>
        <translation>バッテリーで動いています。相談中は電源ケーブルを接続しておくと安心です。</translation>
    </message>
    <message>
        <source>The processor is very busy (%1 %).</source>
        <translation>プロセッサー（CPU）の負荷がとても高くなっています（%1 %）。</translation>
    </message>
    <message>
        <source>Memory is nearly full (%1 %).</source>
        <translation>メモリがほぼいっぱいです（%1 %）。</translation>
    </message>
    <message>
        <source>Close programs and browser tabs you do not need, then check again.</source>
        <translation>使っていないプログラムやブラウザーのタブを閉じてから、もう一度チェックしてください。</translation>
    </message>
    <message>
        <source>The computer has enough free capacity.</source>
        <translation>パソコンの処理能力には十分な余裕があります。</translation>
    </message>
    <message>
        <source>A file-sharing (P2P) program is running: %1.</source>
        <translation>ファイル共有（P2P）ソフトが動いています: %1。</translation>
    </message>
    <message>
        <source>Quit it and, if you can, uninstall it. Then check again.</source>
        <translation>そのソフトを終了し、できればアンインストールしてください。その後、もう一度チェックしてください。</translation>
    </message>
    <message>
        <source>A screen recording program is running: %1.</source>
        <translation>画面録画ソフトが動いています: %1。</translation>
    </message>
    <message>
        <source>Recording the counselling is not allowed. Quit the program before the session.</source>
        <translation>相談の録画は禁止されています。相談の前に、そのソフトを終了してください。</translation>
    </message>
    <message>
        <source>No recording or file-sharing programs are running.</source>
        <translation>録画ソフトやファイル共有ソフトは動いていません。</translation>
    </message>
    <message>
        <source>The Zoom app is not installed.</source>
        <translation>Zoomアプリがインストールされていません。</translation>
    </message>
    <message>
        <source>Install Zoom Workplace from zoom.us, then check again.</source>
        <translation>zoom.us から Zoom Workplace をインストールしてから、もう一度チェックしてください。</translation>
    </message>
    <message>
        <source>Zoom is installed, but its version could not be read.</source>
        <translation>Zoomはインストールされていますが、バージョンを読み取れませんでした。</translation>
    </message>
    <message>
        <source>Open Zoom once before the session so it can update itself.</source>
        <translation>相談の前に一度Zoomを開いて、自動で更新されるようにしてください。</translation>
    </message>
    <message>
        <source>Zoom %1 is too old to join meetings (needs %2 or newer).</source>
        <translation>Zoom %1 は古いため、ミーティングに参加できません（%2 以降が必要です）。</translation>
    </message>
    <message>
        <source>Open Zoom and choose Check for Updates, or install it again from zoom.us.</source>
        <translation>Zoomを開いて「アップデートを確認」を選ぶか、zoom.us からもう一度インストールしてください。</translation>
    </message>
    <message>
        <source>Zoom %1 is installed.</source>
        <translation>Zoom %1 がインストールされています。</translation>
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
        <translation>問題あり</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Device check, %1 (hwclient %2, %3)</source>
        <translation>機器チェック %1（hwclient %2、%3）</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>結果: %1</translation>
    </message>
</context>
<context>
    <name>Companions</name>
    <message>
        <source>No one: I will be alone in a private room.</source>
        <translation>同席者なし（個室に一人でいます）</translation>
    </message>
    <message>
        <source>a family member</source>
        <translation>家族</translation>
    </message>
    <message>
        <source>a support worker</source>
        <translation>支援者</translation>
    </message>
    <message>
        <source>an interpreter</source>
        <translation>通訳者</translation>
    </message>
    <message>
        <source>a carer</source>
        <translation>介助者</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>その他の人</translation>
    </message>
</context>
<context>
    <name>CompanionsEditor</name>
    <message>
        <source>Please be in a private room during the session. If someone will be with you, tick who it is, so the counsellor knows:</source>
        <translation>相談中は個室にいてください。同席する人がいる場合は、相談員にわかるように、該当する人にチェックを入れてください:</translation>
    </message>
    <message>
        <source>A &amp;family member</source>
        <translation>家族(&amp;F)</translation>
    </message>
    <message>
        <source>A &amp;support worker</source>
        <translation>支援者(&amp;S)</translation>
    </message>
    <message>
        <source>An &amp;interpreter, for this language:</source>
        <translation>通訳者（通訳する言語）(&amp;I):</translation>
    </message>
    <message>
        <source>A &amp;carer</source>
        <translation>介助者(&amp;C)</translation>
    </message>
    <message>
        <source>Someone &amp;else (please say who):</source>
        <translation>その他（どなたか書いてください）(&amp;E):</translation>
    </message>
    <message>
        <source>Language of the interpreter</source>
        <translation>通訳の言語</translation>
    </message>
    <message>
        <source>Who else will be with you</source>
        <translation>ほかに同席する人</translation>
    </message>
    <message>
        <source>For example: a friend</source>
        <translation>例: 友人</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <source>Starting now</source>
        <translation>まもなく始まります</translation>
    </message>
    <message>
        <source>Starts in {time}</source>
        <translation>開始まであと{time}</translation>
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
        <translation>{larger}{smaller}</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>The demo is not included in this version of the app. Please use the server address from your Hello Work office instead.</source>
        <translation>このバージョンのアプリにはデモが入っていません。ハローワークから案内されたサーバーアドレスを使ってください。</translation>
    </message>
</context>
<context>
    <name>DemoMailbox</name>
    <message>
        <source>Demo mailbox</source>
        <translation>デモ用メールボックス</translation>
    </message>
    <message>
        <source>In the demo, mails are not really sent. They appear here instead. Select a mail to read it, and click its link to continue.</source>
        <translation>デモでは、メールは実際には送信されず、代わりにここに表示されます。メールを選んで読み、メール内のリンクをクリックして先に進んでください。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>To</source>
        <translation>宛先</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Mails, newest first</source>
        <translation>メール（新しい順）</translation>
    </message>
    <message>
        <source>Text of the selected mail</source>
        <translation>選んだメールの本文</translation>
    </message>
    <message>
        <source>No mails yet. Register an account to receive one.</source>
        <translation>メールはまだありません。アカウントを登録すると、ここにメールが届きます。</translation>
    </message>
    <message>
        <source>This mail has no text.</source>
        <translation>このメールには本文がありません。</translation>
    </message>
    <message>
        <source>Completing your registration…</source>
        <translation>登録を完了しています…</translation>
    </message>
    <message>
        <source>Your registration is complete. You can sign in now.</source>
        <translation>登録が完了しました。ログインできます。</translation>
    </message>
</context>
<context>
    <name>DeviceCheckPage</name>
    <message>
        <source>Check my device</source>
        <translation>機器チェック</translation>
    </message>
    <message>
        <source>Let&apos;s check that your PC is ready for a video session. You should see yourself, the bar should move when you speak, and you should hear the test sound.</source>
        <translation>パソコンでビデオ相談ができるか確認しましょう。自分の姿が映り、話すとバーが動き、テスト音が聞こえれば大丈夫です。</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>マイク</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>マイクの音量</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>スピーカー</translation>
    </message>
    <message>
        <source>&amp;Play test sound</source>
        <translation>テスト音を鳴らす(&amp;P)</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>もう一度チェックする(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>続ける(&amp;C)</translation>
    </message>
    <message>
        <source>No microphone found. Connect a headset or a microphone.</source>
        <translation>マイクが見つかりません。ヘッドセットかマイクを接続してください。</translation>
    </message>
    <message>
        <source>We can hear you.</source>
        <translation>声が届いています。</translation>
    </message>
    <message>
        <source>Say something: the bar should move.</source>
        <translation>何か話してください。バーが動けば大丈夫です。</translation>
    </message>
    <message>
        <source>The microphone could not be started. Close other apps using it.</source>
        <translation>マイクを起動できませんでした。マイクを使っているほかのアプリを閉じてください。</translation>
    </message>
    <message>
        <source>No speakers found. Connect speakers or headphones.</source>
        <translation>スピーカーが見つかりません。スピーカーかヘッドホンを接続してください。</translation>
    </message>
    <message>
        <source>Did you hear a chime? If not, turn up the volume and play it again.</source>
        <translation>チャイムが聞こえましたか？ 聞こえない場合は、音量を上げてもう一度鳴らしてください。</translation>
    </message>
    <message>
        <source>Press the button: you should hear a short chime.</source>
        <translation>ボタンを押すと、短いチャイムが鳴ります。</translation>
    </message>
    <message numerus="yes">
        <source>Checking your PC… %n of %1 done.</source>
        <translation>
            <numerusform>パソコンをチェックしています… 全%1項目中%n項目が完了しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The check is finished.</source>
        <translation>チェックが終わりました。</translation>
    </message>
    <message>
        <source>Some things must be fixed before your session. See the steps below.</source>
        <translation>相談の前に直す必要がある項目があります。下の手順をご覧ください。</translation>
    </message>
    <message>
        <source>Your PC can be used, but some things need attention.</source>
        <translation>パソコンは使えますが、注意が必要な項目があります。</translation>
    </message>
    <message>
        <source>Your PC is ready for the session.</source>
        <translation>パソコンは相談の準備ができています。</translation>
    </message>
    <message>
        <source>The result was sent to your Hello Work office.</source>
        <translation>結果をハローワークに送信しました。</translation>
    </message>
</context>
<context>
    <name>ForgotPage</name>
    <message>
        <source>Forgot your password?</source>
        <translation>パスワードを忘れた場合</translation>
    </message>
    <message>
        <source>For your safety, passwords are not reset by e-mail, and accounts are not issued again. Please phone your Hello Work office. They will check who you are and help you.</source>
        <translation>安全のため、メールでのパスワードの再設定や、アカウントの再発行は行っていません。ハローワークにお電話ください。ご本人であることを確認した上で、対応します。</translation>
    </message>
    <message>
        <source>When you call, say that you use the online counselling app and forgot your password. Have your Hello Work card (with your job-seeker number) ready.</source>
        <translation>お電話の際は、「オンライン相談のアプリを使っていて、パスワードを忘れた」とお伝えください。ハローワーク受付票（求職番号が書かれたもの）をお手元にご用意ください。</translation>
    </message>
    <message>
        <source>Hello Work offices</source>
        <translation>ハローワーク一覧</translation>
    </message>
    <message>
        <source>&amp;Back to sign in</source>
        <translation>ログイン画面に戻る(&amp;B)</translation>
    </message>
    <message>
        <source>The phone number of your office is on your Hello Work card and on the Hello Work website.</source>
        <translation>ハローワークの電話番号は、ハローワーク受付票とハローワークのWebサイトに載っています。</translation>
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
        <translation>次回の相談</translation>
    </message>
    <message>
        <source>&amp;Join the session</source>
        <translation>相談に参加する(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Book a session</source>
        <translation>相談を予約する(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;My bookings</source>
        <translation>予約一覧(&amp;M)</translation>
    </message>
    <message>
        <source>You have no session booked.</source>
        <translation>予約している相談はありません。</translation>
    </message>
    <message>
        <source>&amp;Check my device</source>
        <translation>機器をチェックする(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>もう一度試す(&amp;T)</translation>
    </message>
    <message>
        <source>Hello, {name}.</source>
        <translation>こんにちは、{name} さん。</translation>
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
        <translation>同席者: {who}</translation>
    </message>
    <message>
        <source>Please check your camera, microphone and PC before the session.</source>
        <translation>相談の前に、カメラ、マイク、パソコンをチェックしてください。</translation>
    </message>
    <message>
        <source>Your last device check found problems. Please fix them and check again.</source>
        <translation>前回の機器チェックで問題が見つかりました。問題を直してから、もう一度チェックしてください。</translation>
    </message>
    <message>
        <source>Joining is open now. Press Join the session.</source>
        <translation>今、参加できます。「相談に参加する」を押してください。</translation>
    </message>
    <message>
        <source>You can join from {time} (10 minutes before the start).</source>
        <translation>{time}から参加できます（開始の10分前）。</translation>
    </message>
    <message>
        <source>The time to join has passed. If you could not join, please phone the office: {phone}</source>
        <translation>参加できる時間を過ぎました。参加できなかった場合は、ハローワークにお電話ください: {phone}</translation>
    </message>
</context>
<context>
    <name>JobSeekerNumber</name>
    <message>
        <source>Please enter your job-seeker number. It is on your Hello Work card.</source>
        <translation>求職番号を入力してください。ハローワーク受付票に書かれています。</translation>
    </message>
    <message>
        <source>Please use only numbers and one hyphen, like {example}.</source>
        <translation>数字とハイフン1つだけで入力してください（例: {example}）。</translation>
    </message>
    <message>
        <source>Please use only one hyphen, after the first 5 numbers, like {example}.</source>
        <translation>ハイフンは、最初の5桁の後に1つだけ入れてください（例: {example}）。</translation>
    </message>
    <message>
        <source>The part before the hyphen has 5 numbers, like {example}.</source>
        <translation>ハイフンの前は5桁の数字です（例: {example}）。</translation>
    </message>
    <message>
        <source>The part after the hyphen has 1 to 8 numbers, like {example}.</source>
        <translation>ハイフンの後は1〜8桁の数字です（例: {example}）。</translation>
    </message>
</context>
<context>
    <name>JoinPage</name>
    <message>
        <source>Join the session</source>
        <translation>相談に参加する</translation>
    </message>
    <message>
        <source>Before you join, please confirm each point:</source>
        <translation>参加する前に、次の項目をそれぞれ確認してください:</translation>
    </message>
    <message>
        <source>I am in a private room, or everyone with me was declared in the booking.</source>
        <translation>個室にいます。または、一緒にいる人は全員、予約のときに申告しています。</translation>
    </message>
    <message>
        <source>I will not record the session (no screen or sound recording).</source>
        <translation>相談を録画・録音しません（画面の録画も音声の録音もしません）。</translation>
    </message>
    <message>
        <source>&amp;Open Zoom and join</source>
        <translation>Zoomを開いて参加する(&amp;O)</translation>
    </message>
    <message>
        <source>My name in Zoom will be my registered name: {name}. The counsellor checks it with my job-seeker number.</source>
        <translation>Zoomの名前は登録した氏名「{name}」にします。相談員が求職番号で確認します。</translation>
    </message>
    <message>
        <source>{when} with {office}</source>
        <translation>{when}（{office}）</translation>
    </message>
    <message>
        <source>Declared in your booking: {who}</source>
        <translation>予約のときに申告した同席者: {who}</translation>
    </message>
    <message>
        <source>Zoom could not be opened. Please install Zoom or try another browser.</source>
        <translation>Zoomを開けませんでした。Zoomをインストールするか、別のブラウザーをお試しください。</translation>
    </message>
    <message>
        <source>Zoom is opening. If nothing happens, open the meeting in your browser.</source>
        <translation>Zoomを開いています。何も起こらない場合は、ブラウザーでミーティングを開いてください。</translation>
    </message>
    <message>
        <source>The meeting is opening in your browser.</source>
        <translation>ブラウザーでミーティングを開いています。</translation>
    </message>
    <message>
        <source>Open in &amp;browser</source>
        <translation>ブラウザーで開く(&amp;B)</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Choose the language for this app. You can change it later in Settings.</source>
        <translation>このアプリで使う言語を選んでください。後で「設定」から変更できます。</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>続ける(&amp;C)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Hello Work online counselling</source>
        <translation>ハローワーク オンライン職業相談</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 戻る(&amp;B)</translation>
    </message>
    <message>
        <source>Back to the previous step</source>
        <translation>前の手順に戻る</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>手順</translation>
    </message>
    <message>
        <source>&amp;App</source>
        <translation>アプリ(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostic info for the help desk</source>
        <translation>ヘルプデスク用の診断情報をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;About this app</source>
        <translation>このアプリについて(&amp;A)</translation>
    </message>
    <message>
        <source>Demo &amp;mailbox</source>
        <translation>デモ用メールボックス(&amp;M)</translation>
    </message>
    <message>
        <source>Demo mode: nothing here is real. Sign in with {email} and the password {password}.</source>
        <translation>デモモード: ここに表示される内容はすべて架空のものです。{email} とパスワード {password} でログインしてください。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Check my device</source>
        <translation>機器チェック</translation>
    </message>
    <message>
        <source>Terms of use</source>
        <translation>利用規約</translation>
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
        <translation>相談を予約する</translation>
    </message>
    <message>
        <source>My bookings</source>
        <translation>予約一覧</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>マイアカウント</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Could not reach the Hello Work service. Check your internet connection, then press Try again. You can check your device meanwhile.</source>
        <translation>ハローワークのサービスに接続できませんでした。インターネット接続を確認してから、「もう一度試す」を押してください。その間に、機器チェックができます。</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>もう一度試す(&amp;T)</translation>
    </message>
    <message>
        <source>You were signed out. Please sign in again to continue where you were.</source>
        <translation>ログアウトされました。続きから操作するには、もう一度ログインしてください。</translation>
    </message>
    <message>
        <source>Diagnostic info copied. You can paste it into a mail to the help desk.</source>
        <translation>診断情報をコピーしました。ヘルプデスクへのメールに貼り付けることができます。</translation>
    </message>
    <message>
        <source>About this app</source>
        <translation>このアプリについて</translation>
    </message>
    <message>
        <source>Hello Work online counselling, version {version}</source>
        <translation>ハローワーク オンライン職業相談 バージョン {version}</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>問題が発生しました</translation>
    </message>
    <message>
        <source>Something went wrong in the app. Please try again. If it happens again, copy the diagnostic info and send it to the help desk.</source>
        <translation>アプリで問題が発生しました。もう一度お試しください。再び発生する場合は、診断情報をコピーしてヘルプデスクに送ってください。</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostic info</source>
        <translation>診断情報をコピー(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Meeting</name>
    <message>
        <source>The meeting link from the service does not look like a Zoom link, so the app did not open it. Please phone your Hello Work office.</source>
        <translation>サービスから届いたミーティングのリンクがZoomのリンクではないようなので、アプリでは開きませんでした。ハローワークにお電話ください。</translation>
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
        <translation>ハローワークにお電話ください: {phone}</translation>
    </message>
    <message>
        <source>Please phone your Hello Work office.</source>
        <translation>ハローワークにお電話ください。</translation>
    </message>
    <message>
        <source>Some information is missing or not in the right form.</source>
        <translation>入力されていない情報か、形式が正しくない情報があります。</translation>
    </message>
    <message>
        <source>Please check the marked fields and try again.</source>
        <translation>印の付いた項目を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>This password is too easy to guess.</source>
        <translation>このパスワードは推測されやすいです。</translation>
    </message>
    <message>
        <source>Please choose a password of at least 10 characters that is not your e-mail address and not a common word.</source>
        <translation>10文字以上で、メールアドレスやよく使われる単語ではないパスワードを設定してください。</translation>
    </message>
    <message>
        <source>Please choose a harder password.</source>
        <translation>推測されにくいパスワードを設定してください。</translation>
    </message>
    <message>
        <source>This link does not work any more. It may be older than 24 hours or used already.</source>
        <translation>このリンクはもう使えません。24時間以上たったか、すでに使われた可能性があります。</translation>
    </message>
    <message>
        <source>Please register again to get a new link, or sign in if you already finished.</source>
        <translation>新しいリンクを受け取るには、もう一度登録してください。登録が完了している場合は、ログインしてください。</translation>
    </message>
    <message>
        <source>The e-mail address or the password is not right.</source>
        <translation>メールアドレスまたはパスワードが正しくありません。</translation>
    </message>
    <message>
        <source>Please check both and try again. Capital letters count.</source>
        <translation>両方を確認して、もう一度お試しください。大文字と小文字は区別されます。</translation>
    </message>
    <message>
        <source>Please check your password.</source>
        <translation>パスワードを確認してください。</translation>
    </message>
    <message>
        <source>Your registration is not finished yet.</source>
        <translation>登録がまだ完了していません。</translation>
    </message>
    <message>
        <source>Please open the link in the e-mail we sent you. We can send the e-mail again.</source>
        <translation>お送りしたメールのリンクを開いてください。メールはもう一度送ることができます。</translation>
    </message>
    <message>
        <source>Sign-in is paused after several wrong passwords, to protect your account.</source>
        <translation>パスワードが何度も間違っていたので、アカウントを守るため、ログインを一時的に止めています。</translation>
    </message>
    <message numerus="yes">
        <source>Please try again in %n minute(s). If you forgot your password, phone your office.</source>
        <translation>
            <numerusform>%n分後にもう一度お試しください。パスワードを忘れた場合は、ハローワークにお電話ください。</numerusform>
        </translation>
    </message>
    <message>
        <source>You have been signed out.</source>
        <translation>ログアウトされました。</translation>
    </message>
    <message>
        <source>Please sign in again. Nothing you typed is lost.</source>
        <translation>もう一度ログインしてください。入力した内容は失われません。</translation>
    </message>
    <message>
        <source>The terms of use changed while you were reading them.</source>
        <translation>お読みいただいている間に、利用規約が変更されました。</translation>
    </message>
    <message>
        <source>Please read the new version and agree again.</source>
        <translation>新しい利用規約を読んで、もう一度同意してください。</translation>
    </message>
    <message>
        <source>Before booking, please agree to the current terms of use.</source>
        <translation>予約の前に、最新の利用規約に同意してください。</translation>
    </message>
    <message>
        <source>We will show you the terms, then bring you back here.</source>
        <translation>利用規約を表示した後、この画面に戻ります。</translation>
    </message>
    <message>
        <source>This version of the app is too old to use the service.</source>
        <translation>このバージョンのアプリは古いため、サービスを利用できません。</translation>
    </message>
    <message>
        <source>Please install the new version. Your bookings are kept.</source>
        <translation>新しいバージョンをインストールしてください。予約はそのまま残ります。</translation>
    </message>
    <message>
        <source>We could not find this any more. It may have been removed.</source>
        <translation>見つかりませんでした。削除された可能性があります。</translation>
    </message>
    <message>
        <source>Please go back and try again.</source>
        <translation>前の画面に戻って、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Someone just booked this time. Please choose another time.</source>
        <translation>この時間は、たった今ほかの方が予約しました。別の時間を選んでください。</translation>
    </message>
    <message>
        <source>Other free times are shown below.</source>
        <translation>ほかの空いている時間を下に表示しています。</translation>
    </message>
    <message>
        <source>You already have a session on {date}. Only one session a day is possible.</source>
        <translation>{date}にはすでに相談の予約があります。相談は1日1回までです。</translation>
    </message>
    <message>
        <source>You already have a session on that day. Only one session a day is possible.</source>
        <translation>その日にはすでに相談の予約があります。相談は1日1回までです。</translation>
    </message>
    <message>
        <source>Please choose another day.</source>
        <translation>別の日を選んでください。</translation>
    </message>
    <message>
        <source>Booking is paused until {date} because sessions were missed.</source>
        <translation>相談の欠席が続いたため、{date}まで予約を停止しています。</translation>
    </message>
    <message>
        <source>Booking is paused for your account because sessions were missed.</source>
        <translation>相談の欠席が続いたため、このアカウントでの予約を停止しています。</translation>
    </message>
    <message>
        <source>Your office has paused online sessions for your account, often because residence status details need checking.</source>
        <translation>ハローワークが、このアカウントのオンライン相談の利用を保留しています。在留資格などの確認が必要な場合によくあります。</translation>
    </message>
    <message>
        <source>The session has already started, so it cannot be cancelled in the app.</source>
        <translation>相談はすでに始まっているため、アプリではキャンセルできません。</translation>
    </message>
    <message>
        <source>This booking is no longer active. It may have been cancelled.</source>
        <translation>この予約は有効ではなくなりました。キャンセルされた可能性があります。</translation>
    </message>
    <message>
        <source>Please look at My bookings for its current state.</source>
        <translation>現在の状態は「予約一覧」でご確認ください。</translation>
    </message>
    <message>
        <source>Your booking request changed while it was being sent.</source>
        <translation>送信している間に、予約の申し込み内容が変わりました。</translation>
    </message>
    <message>
        <source>Please check My bookings, then try again.</source>
        <translation>「予約一覧」を確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>You can join from {time} on {date} (10 minutes before the start).</source>
        <translation>{date}の{time}から参加できます（開始の10分前）。</translation>
    </message>
    <message>
        <source>You can join from 10 minutes before the start until 10 minutes after it.</source>
        <translation>参加できるのは、開始の10分前から開始の10分後までです。</translation>
    </message>
    <message>
        <source>Please come back then.</source>
        <translation>その時間になったら、もう一度お試しください。</translation>
    </message>
    <message>
        <source>What you sent is too long for the service.</source>
        <translation>送信した内容が長すぎます。</translation>
    </message>
    <message>
        <source>Please make the note or text shorter and try again.</source>
        <translation>メモなどの文章を短くして、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Something changed on the service while you were working.</source>
        <translation>操作している間に、サービス側で内容が変わりました。</translation>
    </message>
    <message>
        <source>Please go back, look again, and try once more.</source>
        <translation>前の画面に戻って内容を確認し、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The app and the service do not understand each other.</source>
        <translation>アプリとサービスの間で、やり取りがうまくできません。</translation>
    </message>
    <message>
        <source>Please install the newest version of the app.</source>
        <translation>アプリの最新バージョンをインストールしてください。</translation>
    </message>
    <message>
        <source>We could not reach the service.</source>
        <translation>サービスに接続できませんでした。</translation>
    </message>
    <message>
        <source>Please check your internet connection and try again. Nothing you typed is lost.</source>
        <translation>インターネット接続を確認して、もう一度お試しください。入力した内容は失われません。</translation>
    </message>
    <message>
        <source>The service has a problem right now.</source>
        <translation>現在、サービスに問題が発生しています。</translation>
    </message>
    <message>
        <source>Please try again in a few minutes. Nothing you typed is lost.</source>
        <translation>数分後にもう一度お試しください。入力した内容は失われません。</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>問題が発生しました。</translation>
    </message>
    <message>
        <source>Please try again. If it happens again, phone your Hello Work office.</source>
        <translation>もう一度お試しください。再び発生する場合は、ハローワークにお電話ください。</translation>
    </message>
    <message>
        <source>Please enter an e-mail address like name@example.jp.</source>
        <translation>name@example.jp のような形で、メールアドレスを入力してください。</translation>
    </message>
    <message>
        <source>Please choose a password of at least 10 characters.</source>
        <translation>10文字以上のパスワードを設定してください。</translation>
    </message>
    <message>
        <source>Please enter your name.</source>
        <translation>氏名を入力してください。</translation>
    </message>
    <message>
        <source>Please enter your name in kana, or leave it empty.</source>
        <translation>フリガナはカタカナで入力するか、空欄のままにしてください。</translation>
    </message>
    <message>
        <source>Please enter a phone number with digits only, or leave it empty.</source>
        <translation>電話番号は数字だけで入力するか、空欄のままにしてください。</translation>
    </message>
    <message>
        <source>Please enter the number as 5 digits, a hyphen, then up to 8 digits.</source>
        <translation>求職番号は、5桁の数字、ハイフン、8桁までの数字の順に入力してください。</translation>
    </message>
    <message>
        <source>Please make the note shorter (500 characters at most).</source>
        <translation>メモを短くしてください（500文字まで）。</translation>
    </message>
    <message>
        <source>Please enter your current password.</source>
        <translation>現在のパスワードを入力してください。</translation>
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
        <translation>隠す</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Hide the password</source>
        <translation>パスワードを隠す</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>パスワードを表示する</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Please use at least 10 characters.</source>
        <translation>10文字以上にしてください。</translation>
    </message>
    <message>
        <source>Please do not use your e-mail address as the password.</source>
        <translation>メールアドレスをパスワードに使わないでください。</translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation>アカウントの作成</translation>
    </message>
    <message>
        <source>Fill in your details. Fields marked (optional) can be left empty. We will send you an e-mail with a link to finish the registration.</source>
        <translation>必要なことを入力してください。「（任意）」の項目は空欄でもかまいません。登録を完了するためのリンクをメールでお送りします。</translation>
    </message>
    <message>
        <source>&amp;Name (as registered at Hello Work)</source>
        <translation>氏名（ハローワークに登録している氏名）(&amp;N)</translation>
    </message>
    <message>
        <source>Name in &amp;kana (optional)</source>
        <translation>フリガナ（任意）(&amp;K)</translation>
    </message>
    <message>
        <source>Example: ハロー タロウ</source>
        <translation>例: ハロー タロウ</translation>
    </message>
    <message>
        <source>&amp;E-mail address</source>
        <translation>メールアドレス(&amp;E)</translation>
    </message>
    <message>
        <source>Example: name@example.jp</source>
        <translation>例: name@example.jp</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>パスワード(&amp;P)</translation>
    </message>
    <message>
        <source>At least 10 characters, not your e-mail address, not a common word. Tip: three or four words you can remember, like &apos;blue tea morning walk&apos;.</source>
        <translation>10文字以上で、メールアドレスやよく使われる単語ではないものにしてください。ヒント: 「aoi ocha asa sanpo」のように、覚えやすい言葉を3つか4つ並べると安全です。</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>パスワード（確認）(&amp;A)</translation>
    </message>
    <message>
        <source>Type the same password again.</source>
        <translation>同じパスワードをもう一度入力してください。</translation>
    </message>
    <message>
        <source>&amp;Job-seeker number (optional)</source>
        <translation>求職番号（任意）(&amp;J)</translation>
    </message>
    <message>
        <source>It is on your Hello Work card (求職番号): 5 digits, a hyphen, then up to 8 digits, for example 12345-12345678. Full-width digits are fine.</source>
        <translation>求職番号はハローワーク受付票に書かれています。5桁の数字、ハイフン、8桁までの数字です（例: 12345-12345678）。全角数字でも入力できます。</translation>
    </message>
    <message>
        <source>P&amp;hone number (optional)</source>
        <translation>電話番号（任意）(&amp;H)</translation>
    </message>
    <message>
        <source>Example: 090-1234-5678</source>
        <translation>例: 090-1234-5678</translation>
    </message>
    <message>
        <source>A&amp;ddress (optional)</source>
        <translation>住所（任意）(&amp;D)</translation>
    </message>
    <message>
        <source>Create my &amp;account</source>
        <translation>アカウントを作成する(&amp;A)</translation>
    </message>
    <message>
        <source>I already have an account: &amp;sign in</source>
        <translation>アカウントをお持ちの方: ログイン(&amp;S)</translation>
    </message>
    <message>
        <source>Please enter your name.</source>
        <translation>氏名を入力してください。</translation>
    </message>
    <message>
        <source>Please enter an e-mail address like name@example.jp.</source>
        <translation>name@example.jp のような形で、メールアドレスを入力してください。</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>入力したパスワードが一致しません。</translation>
    </message>
</context>
<context>
    <name>ReminderNotifier</name>
    <message>
        <source>Your counselling session is tomorrow</source>
        <translation>明日は職業相談の日です</translation>
    </message>
    <message>
        <source>{when}, {office}. Please check your device before the session.</source>
        <translation>{when}、{office}。相談の前に機器をチェックしてください。</translation>
    </message>
    <message>
        <source>Check my device now</source>
        <translation>今すぐ機器をチェックする</translation>
    </message>
    <message>
        <source>Your session starts in 30 minutes</source>
        <translation>30分後に相談が始まります</translation>
    </message>
    <message>
        <source>{when}, {office}. Check your camera and microphone now.</source>
        <translation>{when}、{office}。今のうちにカメラとマイクをチェックしてください。</translation>
    </message>
    <message>
        <source>You can join your session now</source>
        <translation>相談に参加できるようになりました</translation>
    </message>
    <message>
        <source>{when}, {office}. Open the app and press Join.</source>
        <translation>{when}、{office}。アプリを開いて「相談に参加する」を押してください。</translation>
    </message>
    <message>
        <source>Go to Join</source>
        <translation>参加画面へ</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Your settings could not be saved. Check that the disk is not full, then try again.</source>
        <translation>設定を保存できませんでした。ディスクに空き容量があるか確認して、もう一度お試しください。</translation>
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
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Remind me the &amp;day before my session</source>
        <translation>相談の前日に通知する(&amp;D)</translation>
    </message>
    <message>
        <source>Remind me &amp;30 minutes before, to check my device</source>
        <translation>機器チェックのため、30分前に通知する(&amp;3)</translation>
    </message>
    <message>
        <source>Tell me when I can &amp;join</source>
        <translation>参加できるようになったら通知する(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when the window is closed (for reminders)</source>
        <translation>ウィンドウを閉じても、通知のために通知領域（トレイ）で動かし続ける(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>サーバーアドレス(&amp;S):</translation>
    </message>
    <message>
        <source>Use this &amp;address</source>
        <translation>このアドレスを使う(&amp;A)</translation>
    </message>
    <message>
        <source>Change the server address only if your Hello Work office asks you to.</source>
        <translation>サーバーアドレスは、ハローワークから指示があった場合にだけ変更してください。</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostic info for the help desk</source>
        <translation>ヘルプデスク用の診断情報をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Right now the app is using {url}.</source>
        <translation>現在、アプリは {url} を使っています。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <source>This does not look like a web address. Please check it and try again.</source>
        <translation>Webアドレスの形ではないようです。確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Saved. The app will use this address the next time it starts.</source>
        <translation>保存しました。次にアプリを起動したときから、このアドレスを使います。</translation>
    </message>
    <message>
        <source>Diagnostic info copied. You can paste it into a mail to the help desk.</source>
        <translation>診断情報をコピーしました。ヘルプデスクへのメールに貼り付けることができます。</translation>
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
        <translation>登録したメールアドレスとパスワードでログインしてください。</translation>
    </message>
    <message>
        <source>Demo: the demo account {email} is already filled in.</source>
        <translation>デモ: デモ用のアカウント {email} が入力されています。</translation>
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
        <translation>アカウントを作成する(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Forgot your password?</source>
        <translation>パスワードを忘れた場合(&amp;F)</translation>
    </message>
    <message>
        <source>Your account and your personal data are deleted. Thank you for using the service.</source>
        <translation>アカウントと個人情報を削除しました。ご利用ありがとうございました。</translation>
    </message>
    <message>
        <source>Please enter your e-mail address.</source>
        <translation>メールアドレスを入力してください。</translation>
    </message>
    <message>
        <source>Please enter your password.</source>
        <translation>パスワードを入力してください。</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>次にすること</translation>
    </message>
</context>
<context>
    <name>SlotCalendar</name>
    <message>
        <source>Calendar: days in bold have free times</source>
        <translation>カレンダー: 太字の日には空きがあります</translation>
    </message>
    <message>
        <source>Free times on the chosen day</source>
        <translation>選んだ日の空いている時間</translation>
    </message>
    <message numerus="yes">
        <source>%n free time(s)</source>
        <translation>
            <numerusform>空き%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>You already have a session on this day. Only one session a day is possible.</source>
        <translation>この日にはすでに相談の予約があります。相談は1日1回までです。</translation>
    </message>
    <message>
        <source>Choose a time:</source>
        <translation>時間を選んでください:</translation>
    </message>
    <message>
        <source>Looking for free times…</source>
        <translation>空いている時間を探しています…</translation>
    </message>
    <message>
        <source>No free times on this day. Days in bold have free times.</source>
        <translation>この日に空いている時間はありません。太字の日には空きがあります。</translation>
    </message>
    <message>
        <source>{start} – {end}   ({places})</source>
        <translation>{start} – {end}   （{places}）</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) left</source>
        <translation>
            <numerusform>残り%n枠</numerusform>
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
        <translation>要確認</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題あり</translation>
    </message>
    <message>
        <source>Could not check</source>
        <translation>確認できませんでした</translation>
    </message>
    <message>
        <source>What to do: {remedy}</source>
        <translation>対処方法: {remedy}</translation>
    </message>
    <message>
        <source>Open the &amp;setting</source>
        <translation>設定を開く(&amp;S)</translation>
    </message>
    <message>
        <source>More &amp;information</source>
        <translation>詳しい情報(&amp;I)</translation>
    </message>
</context>
<context>
    <name>TermsPage</name>
    <message>
        <source>Terms of use</source>
        <translation>利用規約</translation>
    </message>
    <message>
        <source>I have read the terms of use and I &amp;agree to them.</source>
        <translation>利用規約を読み、内容に同意します(&amp;A)</translation>
    </message>
    <message>
        <source>The sessions take place in Zoom. Please also read Zoom&apos;s &lt;a href=&quot;{terms}&quot;&gt;terms of service&lt;/a&gt; and &lt;a href=&quot;{privacy}&quot;&gt;privacy statement&lt;/a&gt;.</source>
        <translation>相談はZoomで行います。Zoomの&lt;a href=&quot;{terms}&quot;&gt;利用規約&lt;/a&gt;と&lt;a href=&quot;{privacy}&quot;&gt;プライバシーに関する声明&lt;/a&gt;もお読みください。</translation>
    </message>
    <message>
        <source>I accept &amp;Zoom&apos;s terms of service and privacy statement.</source>
        <translation>Zoomの利用規約とプライバシーに関する声明に同意します(&amp;Z)</translation>
    </message>
    <message>
        <source>Agree and &amp;continue</source>
        <translation>同意して次へ(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>もう一度試す(&amp;T)</translation>
    </message>
    <message>
        <source>Terms of use text</source>
        <translation>利用規約の本文</translation>
    </message>
    <message>
        <source>Loading the terms of use…</source>
        <translation>利用規約を読み込んでいます…</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;Version {version}, in effect from {date}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;バージョン {version}（{date}から適用）</translation>
    </message>
    <message>
        <source>The terms of use have changed since you last agreed. Please read them and agree again.</source>
        <translation>前回同意した後に、利用規約が変更されました。内容を読んで、もう一度同意してください。</translation>
    </message>
    <message>
        <source>What changed: {summary}</source>
        <translation>変更点: {summary}</translation>
    </message>
    <message>
        <source>✓ You have read to the end.</source>
        <translation>✓ 最後まで読みました。</translation>
    </message>
    <message>
        <source>Please read the terms to the end (scroll down).</source>
        <translation>利用規約を最後まで読んでください（下にスクロールしてください）。</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Hello Work online counselling</source>
        <translation>ハローワーク オンライン職業相談</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Check my device</source>
        <translation>機器をチェックする(&amp;C)</translation>
    </message>
    <message>
        <source>My &amp;bookings</source>
        <translation>予約一覧(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>UpdatePrompt</name>
    <message>
        <source>A new version of this app ({version}) is available.</source>
        <translation>このアプリの新しいバージョン（{version}）があります。</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>ダウンロード(&amp;D)</translation>
    </message>
    <message>
        <source>Please update the app</source>
        <translation>アプリを更新してください</translation>
    </message>
    <message>
        <source>This version of the app is too old to use the service. Please download and install the new version. Your bookings are kept.</source>
        <translation>このバージョンのアプリは古いため、サービスを利用できません。新しいバージョンをダウンロードして、インストールしてください。予約はそのまま残ります。</translation>
    </message>
    <message>
        <source>&amp;Download the new version</source>
        <translation>新しいバージョンをダウンロードする(&amp;D)</translation>
    </message>
</context>
<context>
    <name>VerifySentPage</name>
    <message>
        <source>Check your e-mail</source>
        <translation>メールを確認してください</translation>
    </message>
    <message>
        <source>One more step: open the link in your e-mail</source>
        <translation>あと1つ: メールのリンクを開いてください</translation>
    </message>
    <message>
        <source>We sent an e-mail to {email}.</source>
        <translation>{email} にメールを送信しました。</translation>
    </message>
    <message>
        <source>Open the link in it to finish your registration.</source>
        <translation>メールのリンクを開いて、登録を完了してください。</translation>
    </message>
    <message>
        <source>We sent you an e-mail. Open the link in it to finish your registration.</source>
        <translation>メールを送信しました。メールのリンクを開いて、登録を完了してください。</translation>
    </message>
    <message>
        <source>• The link works for 24 hours.
• No e-mail after a few minutes? Look in the spam or junk folder.
• After opening the link, come back here and sign in.</source>
        <translation>• リンクの有効期限は24時間です。
• 数分たってもメールが届かない場合は、迷惑メールフォルダーを確認してください。
• リンクを開いた後、この画面に戻ってログインしてください。</translation>
    </message>
    <message>
        <source>Send the e-mail &amp;again</source>
        <translation>メールをもう一度送る(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Register again</source>
        <translation>もう一度登録する(&amp;R)</translation>
    </message>
    <message>
        <source>I opened the link: &amp;sign in</source>
        <translation>リンクを開きました: ログイン(&amp;S)</translation>
    </message>
    <message>
        <source>We sent the e-mail again at {time}. Please look for the newest one.</source>
        <translation>{time}にメールをもう一度送りました。いちばん新しいメールをご確認ください。</translation>
    </message>
</context>
</TS>
