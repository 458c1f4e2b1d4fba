<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en_US">
<context>
    <name>AccountPage</name>
    <message>
        <source>My account</source>
        <translation>我的账户</translation>
    </message>
    <message>
        <source>It has been a while since you changed your password. To keep your account safe, please choose a new one below.</source>
        <translation>您已经很久没有更改密码了。为了账户安全，请在下方设置新密码。</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>以后再说(&amp;L)</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>您的信息</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>Change your password</source>
        <translation>更改密码</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>当前密码(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>新密码(&amp;N)</translation>
    </message>
    <message>
        <source>At least 10 characters, not your e-mail address, not a common word.</source>
        <translation>至少 10 个字符，不能是您的邮箱地址，也不能是常见词语。</translation>
    </message>
    <message>
        <source>New password &amp;again</source>
        <translation>再次输入新密码(&amp;A)</translation>
    </message>
    <message>
        <source>C&amp;hange password</source>
        <translation>更改密码(&amp;H)</translation>
    </message>
    <message>
        <source>Language and reminders</source>
        <translation>语言和提醒</translation>
    </message>
    <message>
        <source>&amp;Language of the app</source>
        <translation>应用语言(&amp;L)</translation>
    </message>
    <message>
        <source>Remind me about my session:</source>
        <translation>咨询提醒：</translation>
    </message>
    <message>
        <source>The day &amp;before</source>
        <translation>前一天(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;30 minutes before</source>
        <translation>提前 30 分钟(&amp;3)</translation>
    </message>
    <message>
        <source>When I can &amp;join</source>
        <translation>可以加入时(&amp;J)</translation>
    </message>
    <message>
        <source>Delete your account</source>
        <translation>注销账户</translation>
    </message>
    <message>
        <source>This deletes your registration and personal data and cancels your future sessions. It cannot be undone. To use the service again, you would register again. Enter your password to confirm.</source>
        <translation>这会删除您的注册信息和个人数据，并取消您今后的所有咨询。此操作无法撤销。如需再次使用本服务，需要重新注册。请输入密码以确认。</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Delete my account…</source>
        <translation>注销我的账户(&amp;D)…</translation>
    </message>
    <message>
        <source>Name: {name}</source>
        <translation>姓名：{name}</translation>
    </message>
    <message>
        <source>E-mail: {email}</source>
        <translation>邮箱地址：{email}</translation>
    </message>
    <message>
        <source>Job-seeker number: {number}</source>
        <translation>求职编号（求職番号）：{number}</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>Password last changed: {date}</source>
        <translation>密码最后更改日期：{date}</translation>
    </message>
    <message>
        <source>Please enter your current password.</source>
        <translation>请输入当前密码。</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
    <message>
        <source>Your password is changed. Other computers signed in to your account are signed out.</source>
        <translation>密码已更改。登录了您账户的其他电脑已退出登录。</translation>
    </message>
    <message>
        <source>Please enter your password to confirm.</source>
        <translation>请输入密码以确认。</translation>
    </message>
    <message>
        <source>Delete your account?</source>
        <translation>注销账户？</translation>
    </message>
    <message>
        <source>Do you really want to delete your account?</source>
        <translation>您确定要注销账户吗？</translation>
    </message>
    <message>
        <source>Your future sessions will be cancelled. This cannot be undone.</source>
        <translation>您今后的咨询将被取消。此操作无法撤销。</translation>
    </message>
    <message>
        <source>&amp;Yes, delete my account</source>
        <translation>是，注销我的账户(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No, keep it</source>
        <translation>否，保留账户(&amp;N)</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation>出现了问题。请重试。</translation>
    </message>
    <message>
        <source>This server address is not safe. It must start with https://. Please check the address your Hello Work office gave you.</source>
        <translation>此服务器地址不安全，必须以 https:// 开头。请核对 Hello Work 给您的地址。</translation>
    </message>
    <message>
        <source>Could not reach the service. Please check your internet connection and try again.</source>
        <translation>无法连接到服务。请检查网络连接后重试。</translation>
    </message>
    <message>
        <source>The connection is not secure, so the app stopped. Check that your PC&apos;s date and time are correct, or try another network.</source>
        <translation>连接不安全，应用已停止操作。请确认电脑的日期和时间是否正确，或换一个网络试试。</translation>
    </message>
    <message>
        <source>The service is busy or under maintenance. Please try again in a few minutes.</source>
        <translation>服务繁忙或正在维护。请几分钟后重试。</translation>
    </message>
    <message>
        <source>The service gave an answer the app does not understand. Please check the server address, or update the app.</source>
        <translation>服务返回了应用无法识别的应答。请检查服务器地址，或更新应用。</translation>
    </message>
</context>
<context>
    <name>Booking</name>
    <message>
        <source>Booked</source>
        <translation>已预约</translation>
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
        <translation>缺席（您没有加入）</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>已参加</translation>
    </message>
    <message>
        <source>Unknown status. Please refresh.</source>
        <translation>状态未知。请刷新。</translation>
    </message>
    <message>
        <source>Online job counselling with {office}.</source>
        <translation>与 {office} 的在线职业咨询。</translation>
    </message>
    <message>
        <source>Open the hwclient app and press Join from 10 minutes before the start.</source>
        <translation>请在开始前 10 分钟起打开 hwclient 应用，并点击“加入咨询”。</translation>
    </message>
    <message>
        <source>Have your job-seeker number ready.</source>
        <translation>请准备好您的求职编号（求職番号）。</translation>
    </message>
    <message>
        <source>To cancel on the day or if you have trouble, phone the office: {phone}</source>
        <translation>如需当天取消或遇到问题，请致电 Hello Work：{phone}</translation>
    </message>
    <message>
        <source>Hello Work online counselling</source>
        <translation>Hello Work 在线职业咨询</translation>
    </message>
    <message>
        <source>{office} (online, Zoom)</source>
        <translation>{office}（在线，Zoom）</translation>
    </message>
    <message>
        <source>Your counselling session starts in 30 minutes.</source>
        <translation>您的职业咨询将在 30 分钟后开始。</translation>
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
        <translation>Hello Work 电话：{phone}</translation>
    </message>
    <message>
        <source>With you: {who}</source>
        <translation>陪同人员：{who}</translation>
    </message>
    <message>
        <source>Reason from the office: {reason}</source>
        <translation>Hello Work 给出的原因：{reason}</translation>
    </message>
    <message>
        <source>&amp;Cancel this session</source>
        <translation>取消这次咨询(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel the session on {when}</source>
        <translation>取消 {when} 的咨询</translation>
    </message>
    <message>
        <source>Add to ca&amp;lendar</source>
        <translation>添加到日历(&amp;L)</translation>
    </message>
    <message>
        <source>The session has started, so it cannot be cancelled in the app. To cancel or if you have trouble, please phone the office: {phone}</source>
        <translation>咨询已经开始，无法在应用中取消。如需取消或遇到问题，请致电 Hello Work：{phone}</translation>
    </message>
    <message>
        <source>(see your Hello Work card)</source>
        <translation>（请查看您的 Hello Work 受理票）</translation>
    </message>
</context>
<context>
    <name>BookingPage</name>
    <message>
        <source>{name} (your office)</source>
        <translation>{name}（您登记的 Hello Work）</translation>
    </message>
    <message>
        <source>{prefecture} · Phone {phone}</source>
        <translation>{prefecture} · 电话 {phone}</translation>
    </message>
    <message>
        <source>Languages: {languages}</source>
        <translation>可用语言：{languages}</translation>
    </message>
    <message>
        <source>Book a session</source>
        <translation>预约咨询</translation>
    </message>
    <message>
        <source>Choose the Hello Work office for your online session.</source>
        <translation>请选择进行在线咨询的 Hello Work。</translation>
    </message>
    <message>
        <source>Choose a day, then a time. Days in bold have free times. Times are Japan time.</source>
        <translation>请先选择日期，再选择时间。粗体显示的日期有空位。时间均为日本时间。</translation>
    </message>
    <message>
        <source>&amp;Note for the counsellor (optional), for example what you want to talk about:</source>
        <translation>给咨询员的备注（选填），例如您想咨询的内容(&amp;N)：</translation>
    </message>
    <message>
        <source>Please check the details. You can cancel in the app until the session starts.</source>
        <translation>请确认以下信息。在咨询开始前，您都可以在应用中取消。</translation>
    </message>
    <message>
        <source>&lt; &amp;Previous step</source>
        <translation>&lt; 上一步(&amp;P)</translation>
    </message>
    <message>
        <source>Add to my &amp;calendar</source>
        <translation>添加到我的日历(&amp;C)</translation>
    </message>
    <message>
        <source>See &amp;my bookings</source>
        <translation>查看我的预约(&amp;M)</translation>
    </message>
    <message>
        <source>Step 1 of 4: choose an office</source>
        <translation>第 1 步，共 4 步：选择 Hello Work</translation>
    </message>
    <message>
        <source>Step 2 of 4: choose a day and time</source>
        <translation>第 2 步，共 4 步：选择日期和时间</translation>
    </message>
    <message>
        <source>Step 3 of 4: who will be with you</source>
        <translation>第 3 步，共 4 步：陪同人员</translation>
    </message>
    <message>
        <source>Step 4 of 4: check and book</source>
        <translation>第 4 步，共 4 步：确认并预约</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>预约完成</translation>
    </message>
    <message>
        <source>&amp;Book this session</source>
        <translation>预约这次咨询(&amp;B)</translation>
    </message>
    <message>
        <source>Go to &amp;home</source>
        <translation>返回首页(&amp;H)</translation>
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
        <translation>（无）</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Hello Work</translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation>Hello Work 电话</translation>
    </message>
    <message>
        <source>With you</source>
        <translation>陪同人员</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>There are no other free times on {day}. Please choose another day.</source>
        <translation>{day} 没有其他空闲时间。请选择其他日期。</translation>
    </message>
    <message>
        <source>✓ Your session is booked.</source>
        <translation>✓ 咨询预约成功。</translation>
    </message>
    <message>
        <source>{when}
{office}

We also sent you an e-mail. On the day, open this app and press Join from 10 minutes before the start.</source>
        <translation>{when}
{office}

我们也给您发送了一封邮件。当天请打开本应用，在开始前 10 分钟起点击“加入咨询”。</translation>
    </message>
    <message>
        <source>✓ Saved. Open the file to add the session to your calendar: {path}</source>
        <translation>✓ 已保存。打开此文件即可将咨询添加到日历：{path}</translation>
    </message>
</context>
<context>
    <name>BookingsPage</name>
    <message>
        <source>My bookings</source>
        <translation>我的预约</translation>
    </message>
    <message>
        <source>&amp;Upcoming</source>
        <translation>即将进行(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Past</source>
        <translation>已结束(&amp;P)</translation>
    </message>
    <message>
        <source>You have no upcoming sessions.</source>
        <translation>您没有即将进行的咨询。</translation>
    </message>
    <message>
        <source>No past sessions yet.</source>
        <translation>还没有已结束的咨询。</translation>
    </message>
    <message>
        <source>&amp;Book a session</source>
        <translation>预约咨询(&amp;B)</translation>
    </message>
    <message>
        <source>Cancel the session?</source>
        <translation>取消咨询？</translation>
    </message>
    <message>
        <source>Do you want to cancel your session on {when}?</source>
        <translation>您要取消 {when} 的咨询吗？</translation>
    </message>
    <message>
        <source>You can book another time afterwards.</source>
        <translation>取消后，您可以另外预约其他时间。</translation>
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
        <translation>您 {when} 的咨询已取消。</translation>
    </message>
    <message>
        <source>Saved. Open the file to add the session to your calendar: {path}</source>
        <translation>已保存。打开此文件即可将咨询添加到日历：{path}</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Save to your calendar</source>
        <translation>保存到日历</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>日历文件 (*.ics)</translation>
    </message>
    <message>
        <source>The file could not be saved there. Please choose another folder.</source>
        <translation>无法将文件保存到该位置。请选择其他文件夹。</translation>
    </message>
</context>
<context>
    <name>CameraPreview</name>
    <message>
        <source>Camera picture</source>
        <translation>摄像头画面</translation>
    </message>
    <message>
        <source>The camera picture will appear here.</source>
        <translation>摄像头画面将显示在这里。</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>正在启动摄像头…</translation>
    </message>
    <message>
        <source>No camera found. Connect a webcam, or use a PC with a built-in camera, then press Check again.</source>
        <translation>未找到摄像头。请连接网络摄像头，或使用带内置摄像头的电脑，然后点击“重新检查”。</translation>
    </message>
    <message>
        <source>This app is not allowed to use the camera. Allow it in your PC&apos;s privacy settings, then press Check again.</source>
        <translation>本应用没有使用摄像头的权限。请在电脑的隐私设置中允许，然后点击“重新检查”。</translation>
    </message>
    <message>
        <source>The camera could not be started. It may be in use by another app (for example Zoom or Teams). Close that app, then press Check again.</source>
        <translation>无法启动摄像头。它可能正被其他应用（例如 Zoom 或 Teams）使用。请关闭该应用，然后点击“重新检查”。</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>Unknown check: %1. Known checks: %2.</source>
        <translation>未知的检查项：%1。可用的检查项：%2。</translation>
    </message>
    <message>
        <source>The device check could not run. Please try again.</source>
        <translation>设备检查无法运行。请重试。</translation>
    </message>
    <message>
        <source>The file %1 could not be opened.</source>
        <translation>无法打开文件 %1。</translation>
    </message>
    <message>
        <source>%1 is not a diagnostics bundle (it is not a zip file).</source>
        <translation>%1 不是诊断文件（不是 zip 文件）。</translation>
    </message>
    <message>
        <source>%1 is not a diagnostics bundle from this app.</source>
        <translation>%1 不是本应用生成的诊断文件。</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of this app. Update the app to read it.</source>
        <translation>%1 由本应用的更新版本生成。请更新应用后再读取。</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read. Ask for a new bundle.</source>
        <translation>%1 已损坏，无法读取。请索取新的诊断文件。</translation>
    </message>
    <message>
        <source>The diagnostics bundle could not be saved to %1: %2</source>
        <translation>无法将诊断文件保存到 %1：%2</translation>
    </message>
    <message>
        <source>Diagnostics bundle saved: %1</source>
        <translation>诊断文件已保存：%1</translation>
    </message>
    <message>
        <source>No server is set, so the report was not sent.</source>
        <translation>未设置服务器，因此检查结果没有发送。</translation>
    </message>
    <message>
        <source>Sign in with the app first, then send the report again.</source>
        <translation>请先在应用中登录，然后再次发送检查结果。</translation>
    </message>
    <message>
        <source>The report could not be sent. Check the connection and try again.</source>
        <translation>检查结果发送失败。请检查网络连接后重试。</translation>
    </message>
    <message>
        <source>Report sent (number %1).</source>
        <translation>检查结果已发送（编号 %1）。</translation>
    </message>
    <message>
        <source>Virus protection is turned off.</source>
        <translation>病毒防护已关闭。</translation>
    </message>
    <message>
        <source>Virus protection is turned off: %1.</source>
        <translation>病毒防护已关闭：%1。</translation>
    </message>
    <message>
        <source>Open your virus protection and turn real-time protection on.</source>
        <translation>请打开防病毒软件，开启实时防护。</translation>
    </message>
    <message>
        <source>The virus definitions of %1 are out of date.</source>
        <translation>%1 的病毒库已过期。</translation>
    </message>
    <message>
        <source>Open your virus protection and choose to check for updates.</source>
        <translation>请打开防病毒软件，选择检查更新。</translation>
    </message>
    <message>
        <source>%1 is on and up to date.</source>
        <translation>%1 已开启，且为最新状态。</translation>
    </message>
    <message>
        <source>Gatekeeper, the Mac&apos;s protection against harmful apps, is turned off.</source>
        <translation>Gatekeeper（Mac 防范有害应用的保护功能）已关闭。</translation>
    </message>
    <message>
        <source>Ask someone you trust to turn it back on (Terminal: sudo spctl --master-enable).</source>
        <translation>请让您信任的人帮您重新开启（终端命令：sudo spctl --master-enable）。</translation>
    </message>
    <message>
        <source>The Mac&apos;s built-in malware data was last updated %1 days ago.</source>
        <translation>Mac 内置的恶意软件数据上次更新是在 %1 天前。</translation>
    </message>
    <message>
        <source>Open Software Update and install the updates.</source>
        <translation>请打开“软件更新”，安装更新。</translation>
    </message>
    <message>
        <source>The Mac&apos;s built-in protection (Gatekeeper and XProtect) is on.</source>
        <translation>Mac 内置的保护功能（Gatekeeper 和 XProtect）已开启。</translation>
    </message>
    <message>
        <source>No virus scanner was found that this app can check.</source>
        <translation>未找到本应用可以检查的防病毒软件。</translation>
    </message>
    <message>
        <source>Update them (for example with: sudo freshclam).</source>
        <translation>请更新病毒库（例如使用：sudo freshclam）。</translation>
    </message>
    <message>
        <source>This app (version %1) is too old to use the service.</source>
        <translation>本应用（版本 %1）太旧，无法使用本服务。</translation>
    </message>
    <message>
        <source>Download and install the new version %1.</source>
        <translation>请下载并安装新版本 %1。</translation>
    </message>
    <message>
        <source>A new version of this app is available: %1.</source>
        <translation>本应用有新版本可用：%1。</translation>
    </message>
    <message>
        <source>This app is up to date (version %1).</source>
        <translation>本应用已是最新版本（版本 %1）。</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>麦克风</translation>
    </message>
    <message>
        <source>Speakers or headphones</source>
        <translation>扬声器或耳机</translation>
    </message>
    <message>
        <source>Operating system and updates</source>
        <translation>操作系统和更新</translation>
    </message>
    <message>
        <source>Virus protection</source>
        <translation>病毒防护</translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation>防火墙</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Connection to the service and Zoom</source>
        <translation>与服务和 Zoom 的连接</translation>
    </message>
    <message>
        <source>Zoom app</source>
        <translation>Zoom 应用</translation>
    </message>
    <message>
        <source>This app</source>
        <translation>本应用</translation>
    </message>
    <message>
        <source>Recording and file-sharing programs</source>
        <translation>录屏和文件共享软件</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>电源</translation>
    </message>
    <message>
        <source>Computer load</source>
        <translation>电脑负载</translation>
    </message>
    <message>
        <source>This could not be checked on this computer.</source>
        <translation>无法在这台电脑上检查此项。</translation>
    </message>
    <message>
        <source>The check timed out before this computer answered.</source>
        <translation>这台电脑响应超时，检查未完成。</translation>
    </message>
    <message>
        <source>The tool needed for this check is not on this computer.</source>
        <translation>这台电脑上没有此项检查所需的工具。</translation>
    </message>
    <message>
        <source>The answer from this computer could not be read.</source>
        <translation>无法读取这台电脑返回的结果。</translation>
    </message>
    <message>
        <source>The counselling service cannot be reached.</source>
        <translation>无法连接到咨询服务。</translation>
    </message>
    <message>
        <source>Zoom cannot be reached.</source>
        <translation>无法连接到 Zoom。</translation>
    </message>
    <message>
        <source>Check that the internet works (open a web page). At work or school, a network filter may block it: ask the administrator.</source>
        <translation>请确认能否上网（打开一个网页试试）。在公司或学校，网络过滤可能会拦截连接，请咨询管理员。</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is off by about %1 minutes.</source>
        <translation>这台电脑的时钟偏差约 %1 分钟。</translation>
    </message>
    <message>
        <source>Turn on &quot;Set time automatically&quot; in the date and time settings.</source>
        <translation>请在日期和时间设置中开启“自动设置时间”。</translation>
    </message>
    <message>
        <source>The connection is slow (%1 ms).</source>
        <translation>连接速度较慢（%1 ms）。</translation>
    </message>
    <message>
        <source>Move closer to the Wi-Fi router or use a network cable.</source>
        <translation>请靠近 Wi-Fi 路由器，或使用网线。</translation>
    </message>
    <message>
        <source>The service and Zoom can be reached, and the clock is right.</source>
        <translation>可以连接到服务和 Zoom，时钟准确。</translation>
    </message>
    <message>
        <source>Zoom can be reached, and the clock is right.</source>
        <translation>可以连接到 Zoom，时钟准确。</translation>
    </message>
    <message>
        <source>No camera was found.</source>
        <translation>未找到摄像头。</translation>
    </message>
    <message>
        <source>Connect a webcam, or check that the built-in camera is switched on (some laptops have a switch or a key for it). Then check again.</source>
        <translation>请连接网络摄像头，或确认内置摄像头已打开（有些笔记本电脑有摄像头开关或快捷键）。然后重新检查。</translation>
    </message>
    <message>
        <source>A camera was found: %1. The picture is tested in the app.</source>
        <translation>已找到摄像头：%1。画面将在应用中测试。</translation>
    </message>
    <message>
        <source>This computer does not allow apps to use the camera.</source>
        <translation>这台电脑不允许应用使用摄像头。</translation>
    </message>
    <message>
        <source>Open the camera privacy setting, allow apps (and this app) to use the camera, then check again.</source>
        <translation>请打开摄像头隐私设置，允许应用（包括本应用）使用摄像头，然后重新检查。</translation>
    </message>
    <message>
        <source>Another app is using the camera.</source>
        <translation>其他应用正在使用摄像头。</translation>
    </message>
    <message>
        <source>Close other apps that may use the camera (Zoom, Teams, Skype, LINE, a browser tab), then check again.</source>
        <translation>请关闭可能使用摄像头的其他应用（Zoom、Teams、Skype、LINE、浏览器标签页），然后重新检查。</translation>
    </message>
    <message>
        <source>The camera works.</source>
        <translation>摄像头工作正常。</translation>
    </message>
    <message>
        <source>The camera did not send a picture.</source>
        <translation>摄像头没有传来画面。</translation>
    </message>
    <message>
        <source>Check that the lens is not covered, unplug the camera and plug it in again, or restart the computer. Then check again.</source>
        <translation>请确认镜头没有被遮挡，拔下摄像头后重新插上，或重启电脑。然后重新检查。</translation>
    </message>
    <message>
        <source>Found: %1.</source>
        <translation>已找到：%1。</translation>
    </message>
    <message>
        <source>No microphone was found.</source>
        <translation>未找到麦克风。</translation>
    </message>
    <message>
        <source>Connect a headset or microphone, or allow microphone use in the privacy settings. Then check again.</source>
        <translation>请连接耳麦或麦克风，或在隐私设置中允许使用麦克风。然后重新检查。</translation>
    </message>
    <message>
        <source>No speakers or headphones were found.</source>
        <translation>未找到扬声器或耳机。</translation>
    </message>
    <message>
        <source>Connect headphones or speakers, or turn the sound on. Then check again.</source>
        <translation>请连接耳机或扬声器，或打开声音。然后重新检查。</translation>
    </message>
    <message>
        <source>The firewall is on.</source>
        <translation>防火墙已开启。</translation>
    </message>
    <message>
        <source>The firewall is off for these networks: %1.</source>
        <translation>以下网络的防火墙已关闭：%1。</translation>
    </message>
    <message>
        <source>Open the firewall settings and turn the firewall on.</source>
        <translation>请打开防火墙设置，开启防火墙。</translation>
    </message>
    <message>
        <source>The Mac&apos;s firewall is off.</source>
        <translation>Mac 的防火墙已关闭。</translation>
    </message>
    <message>
        <source>Open the Network settings, choose Firewall and turn it on.</source>
        <translation>请打开“网络”设置，选择“防火墙”并开启。</translation>
    </message>
    <message>
        <source>No firewall was found that this app can check.</source>
        <translation>未找到本应用可以检查的防火墙。</translation>
    </message>
    <message>
        <source>This computer is not connected to a network.</source>
        <translation>这台电脑没有连接网络。</translation>
    </message>
    <message>
        <source>Connect to your home Wi-Fi or plug in a network cable, then check again.</source>
        <translation>请连接家里的 Wi-Fi 或插上网线，然后重新检查。</translation>
    </message>
    <message>
        <source>This Wi-Fi has no password or uses old, unsafe protection.</source>
        <translation>此 Wi-Fi 没有密码，或使用了陈旧、不安全的加密方式。</translation>
    </message>
    <message>
        <source>Use your home Wi-Fi with a password (WPA2 or WPA3) or a network cable.</source>
        <translation>请使用有密码的家庭 Wi-Fi（WPA2 或 WPA3），或使用网线。</translation>
    </message>
    <message>
        <source>This Wi-Fi uses weak protection.</source>
        <translation>此 Wi-Fi 的加密方式较弱。</translation>
    </message>
    <message>
        <source>If it is your router, set it to WPA2 or WPA3 (AES).</source>
        <translation>如果这是您自己的路由器，请将其设置为 WPA2 或 WPA3（AES）。</translation>
    </message>
    <message>
        <source>This looks like a free or public Wi-Fi hotspot.</source>
        <translation>这似乎是免费或公共 Wi-Fi 热点。</translation>
    </message>
    <message>
        <source>Counselling is private: use your home network, not a public one.</source>
        <translation>咨询内容涉及隐私：请使用家里的网络，不要使用公共网络。</translation>
    </message>
    <message>
        <source>Windows treats this network as a public network.</source>
        <translation>Windows 将此网络视为公用网络。</translation>
    </message>
    <message>
        <source>If you are at a café, station or hotel, go home first. At home, you can set this network to Private.</source>
        <translation>如果您在咖啡馆、车站或酒店，请先回家。在家里，您可以将此网络设为“专用”。</translation>
    </message>
    <message>
        <source>Connected by cable.</source>
        <translation>已通过网线连接。</translation>
    </message>
    <message>
        <source>Connected by Wi-Fi.</source>
        <translation>已通过 Wi-Fi 连接。</translation>
    </message>
    <message>
        <source>Connected by mobile data. A 30-minute video call uses a lot of data.</source>
        <translation>正在使用移动数据。30 分钟的视频通话会消耗大量流量。</translation>
    </message>
    <message>
        <source>Connected through a VPN.</source>
        <translation>已通过 VPN 连接。</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>已连接。</translation>
    </message>
    <message>
        <source>%1 no longer gets security updates.</source>
        <translation>%1 已不再获得安全更新。</translation>
    </message>
    <message>
        <source>Update to a newer version. Open the update settings to start.</source>
        <translation>请升级到更新的版本。请打开更新设置开始。</translation>
    </message>
    <message>
        <source>%1 is a current version.</source>
        <translation>%1 是当前受支持的版本。</translation>
    </message>
    <message>
        <source>%1: its support dates are not known yet.</source>
        <translation>%1：尚不清楚其支持期限。</translation>
    </message>
    <message>
        <source>%1 probably no longer gets security updates.</source>
        <translation>%1 可能已不再获得安全更新。</translation>
    </message>
    <message>
        <source>%1 stopped getting security updates on %2.</source>
        <translation>%1 已于 %2 停止提供安全更新。</translation>
    </message>
    <message>
        <source>%1 gets security updates only until %2.</source>
        <translation>%1 的安全更新只提供到 %2。</translation>
    </message>
    <message>
        <source>Plan to update to a newer version before then.</source>
        <translation>请计划在此之前升级到更新的版本。</translation>
    </message>
    <message>
        <source>%1 is supported until %2.</source>
        <translation>%1 的支持期限到 %2。</translation>
    </message>
    <message>
        <source>%1 is a server system, not a PC system.</source>
        <translation>%1 是服务器系统，不是个人电脑系统。</translation>
    </message>
    <message>
        <source>Use a PC with Windows 11 or a Mac if you can.</source>
        <translation>如果可以，请使用装有 Windows 11 的电脑或 Mac。</translation>
    </message>
    <message>
        <source>Open Windows Update and install the updates.</source>
        <translation>请打开 Windows 更新，安装更新。</translation>
    </message>
    <message>
        <source>The last update was installed %1 days ago.</source>
        <translation>上一次安装更新是在 %1 天前。</translation>
    </message>
    <message>
        <source>%1 has updates waiting to be installed.</source>
        <translation>%1 有等待安装的更新。</translation>
    </message>
    <message>
        <source>%1: this app cannot tell whether it still gets security updates.</source>
        <translation>%1：本应用无法判断它是否仍在获得安全更新。</translation>
    </message>
    <message>
        <source>Install your system&apos;s updates regularly.</source>
        <translation>请定期安装系统更新。</translation>
    </message>
    <message>
        <source>No battery: the computer runs on mains power.</source>
        <translation>没有电池：电脑使用电源供电。</translation>
    </message>
    <message>
        <source>The power cable is connected.</source>
        <translation>电源线已连接。</translation>
    </message>
    <message>
        <source>The battery is low (%1 %).</source>
        <translation>电池电量低（%1 %）。</translation>
    </message>
    <message>
        <source>Connect the power cable before the session.</source>
        <translation>请在咨询前连接电源线。</translation>
    </message>
    <message>
        <source>Running on battery. Connecting the power cable for the session is safer.</source>
        <translation>正在使用电池供电。咨询时连接电源线更稳妥。</translation>
    </message>
    <message>
        <source>The processor is very busy (%1 %).</source>
        <translation>处理器非常繁忙（%1 %）。</translation>
    </message>
    <message>
        <source>Memory is nearly full (%1 %).</source>
        <translation>内存快满了（%1 %）。</translation>
    </message>
    <message>
        <source>Close programs and browser tabs you do not need, then check again.</source>
        <translation>请关闭不需要的程序和浏览器标签页，然后重新检查。</translation>
    </message>
    <message>
        <source>The computer has enough free capacity.</source>
        <translation>电脑有足够的空闲资源。</translation>
    </message>
    <message>
        <source>A file-sharing (P2P) program is running: %1.</source>
        <translation>正在运行文件共享（P2P）软件：%1。</translation>
    </message>
    <message>
        <source>Quit it and, if you can, uninstall it. Then check again.</source>
        <translation>请退出该软件，如果可以请将其卸载。然后重新检查。</translation>
    </message>
    <message>
        <source>A screen recording program is running: %1.</source>
        <translation>正在运行录屏软件：%1。</translation>
    </message>
    <message>
        <source>Recording the counselling is not allowed. Quit the program before the session.</source>
        <translation>禁止录制咨询过程。请在咨询前退出该软件。</translation>
    </message>
    <message>
        <source>No recording or file-sharing programs are running.</source>
        <translation>没有正在运行的录屏或文件共享软件。</translation>
    </message>
    <message>
        <source>The Zoom app is not installed.</source>
        <translation>未安装 Zoom 应用。</translation>
    </message>
    <message>
        <source>Install Zoom Workplace from zoom.us, then check again.</source>
        <translation>请从 zoom.us 安装 Zoom Workplace，然后重新检查。</translation>
    </message>
    <message>
        <source>Zoom is installed, but its version could not be read.</source>
        <translation>已安装 Zoom，但无法读取其版本。</translation>
    </message>
    <message>
        <source>Open Zoom once before the session so it can update itself.</source>
        <translation>请在咨询前先打开一次 Zoom，让它自动更新。</translation>
    </message>
    <message>
        <source>Zoom %1 is too old to join meetings (needs %2 or newer).</source>
        <translation>Zoom %1 版本太旧，无法加入会议（需要 %2 或更新版本）。</translation>
    </message>
    <message>
        <source>Open Zoom and choose Check for Updates, or install it again from zoom.us.</source>
        <translation>请打开 Zoom 并选择“检查更新”，或从 zoom.us 重新安装。</translation>
    </message>
    <message>
        <source>Zoom %1 is installed.</source>
        <translation>已安装 Zoom %1。</translation>
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
        <translation>有问题</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Device check, %1 (hwclient %2, %3)</source>
        <translation>设备检查，%1（hwclient %2，%3）</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>结果：%1</translation>
    </message>
</context>
<context>
    <name>Companions</name>
    <message>
        <source>No one: I will be alone in a private room.</source>
        <translation>无人陪同：我将独自在私密房间内。</translation>
    </message>
    <message>
        <source>a family member</source>
        <translation>家人</translation>
    </message>
    <message>
        <source>a support worker</source>
        <translation>支援人员</translation>
    </message>
    <message>
        <source>an interpreter</source>
        <translation>口译员</translation>
    </message>
    <message>
        <source>a carer</source>
        <translation>护理人员</translation>
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
        <translation>咨询期间请待在私密房间内。如有人陪同，请勾选陪同人员，以便咨询员了解：</translation>
    </message>
    <message>
        <source>A &amp;family member</source>
        <translation>家人(&amp;F)</translation>
    </message>
    <message>
        <source>A &amp;support worker</source>
        <translation>支援人员(&amp;S)</translation>
    </message>
    <message>
        <source>An &amp;interpreter, for this language:</source>
        <translation>口译员，口译语言(&amp;I)：</translation>
    </message>
    <message>
        <source>A &amp;carer</source>
        <translation>护理人员(&amp;C)</translation>
    </message>
    <message>
        <source>Someone &amp;else (please say who):</source>
        <translation>其他人（请说明是谁）(&amp;E)：</translation>
    </message>
    <message>
        <source>Language of the interpreter</source>
        <translation>口译语言</translation>
    </message>
    <message>
        <source>Who else will be with you</source>
        <translation>其他陪同人员</translation>
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
        <translation>即将开始</translation>
    </message>
    <message>
        <source>Starts in {time}</source>
        <translation>{time} 后开始</translation>
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
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
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
        <translation>此版本的应用不包含演示功能。请使用 Hello Work 提供的服务器地址。</translation>
    </message>
</context>
<context>
    <name>DemoMailbox</name>
    <message>
        <source>Demo mailbox</source>
        <translation>演示邮箱</translation>
    </message>
    <message>
        <source>In the demo, mails are not really sent. They appear here instead. Select a mail to read it, and click its link to continue.</source>
        <translation>在演示中，邮件不会真正发送，而是显示在这里。请选择一封邮件阅读，并点击其中的链接继续。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>To</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Mails, newest first</source>
        <translation>邮件（最新的在前）</translation>
    </message>
    <message>
        <source>Text of the selected mail</source>
        <translation>所选邮件的正文</translation>
    </message>
    <message>
        <source>No mails yet. Register an account to receive one.</source>
        <translation>还没有邮件。注册账户后即可在这里收到邮件。</translation>
    </message>
    <message>
        <source>This mail has no text.</source>
        <translation>这封邮件没有正文。</translation>
    </message>
    <message>
        <source>Completing your registration…</source>
        <translation>正在完成注册…</translation>
    </message>
    <message>
        <source>Your registration is complete. You can sign in now.</source>
        <translation>注册已完成。您现在可以登录了。</translation>
    </message>
</context>
<context>
    <name>DeviceCheckPage</name>
    <message>
        <source>Check my device</source>
        <translation>检查设备</translation>
    </message>
    <message>
        <source>Let&apos;s check that your PC is ready for a video session. You should see yourself, the bar should move when you speak, and you should hear the test sound.</source>
        <translation>我们来检查一下您的电脑是否可以进行视频咨询。您应该能看到自己，说话时音量条会动，并能听到测试音。</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>麦克风</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>麦克风音量</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>扬声器</translation>
    </message>
    <message>
        <source>&amp;Play test sound</source>
        <translation>播放测试音(&amp;P)</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>重新检查(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>继续(&amp;C)</translation>
    </message>
    <message>
        <source>No microphone found. Connect a headset or a microphone.</source>
        <translation>未找到麦克风。请连接耳麦或麦克风。</translation>
    </message>
    <message>
        <source>We can hear you.</source>
        <translation>我们能听到您的声音。</translation>
    </message>
    <message>
        <source>Say something: the bar should move.</source>
        <translation>请说几句话：音量条应该会动。</translation>
    </message>
    <message>
        <source>The microphone could not be started. Close other apps using it.</source>
        <translation>无法启动麦克风。请关闭正在使用它的其他应用。</translation>
    </message>
    <message>
        <source>No speakers found. Connect speakers or headphones.</source>
        <translation>未找到扬声器。请连接扬声器或耳机。</translation>
    </message>
    <message>
        <source>Did you hear a chime? If not, turn up the volume and play it again.</source>
        <translation>您听到提示音了吗？如果没有，请调高音量后再播放一次。</translation>
    </message>
    <message>
        <source>Press the button: you should hear a short chime.</source>
        <translation>请按下按钮：您应该会听到一声短促的提示音。</translation>
    </message>
    <message numerus="yes">
        <source>Checking your PC… %n of %1 done.</source>
        <translation>
            <numerusform>正在检查您的电脑… 已完成 %n 项，共 %1 项。</numerusform>
        </translation>
    </message>
    <message>
        <source>The check is finished.</source>
        <translation>检查已完成。</translation>
    </message>
    <message>
        <source>Some things must be fixed before your session. See the steps below.</source>
        <translation>咨询前有些问题必须解决。请查看下面的步骤。</translation>
    </message>
    <message>
        <source>Your PC can be used, but some things need attention.</source>
        <translation>您的电脑可以使用，但有些地方需要注意。</translation>
    </message>
    <message>
        <source>Your PC is ready for the session.</source>
        <translation>您的电脑已为咨询做好准备。</translation>
    </message>
    <message>
        <source>The result was sent to your Hello Work office.</source>
        <translation>检查结果已发送给您的 Hello Work。</translation>
    </message>
</context>
<context>
    <name>ForgotPage</name>
    <message>
        <source>Forgot your password?</source>
        <translation>忘记密码了？</translation>
    </message>
    <message>
        <source>For your safety, passwords are not reset by e-mail, and accounts are not issued again. Please phone your Hello Work office. They will check who you are and help you.</source>
        <translation>为了您的安全，我们不通过邮件重置密码，也不会重新发放账户。请致电您的 Hello Work，工作人员会核实您的身份并为您提供帮助。</translation>
    </message>
    <message>
        <source>When you call, say that you use the online counselling app and forgot your password. Have your Hello Work card (with your job-seeker number) ready.</source>
        <translation>打电话时，请说明您在使用在线咨询应用并且忘记了密码。请准备好您的 Hello Work 受理票（上面有求职编号）。</translation>
    </message>
    <message>
        <source>Hello Work offices</source>
        <translation>Hello Work 一览</translation>
    </message>
    <message>
        <source>&amp;Back to sign in</source>
        <translation>返回登录(&amp;B)</translation>
    </message>
    <message>
        <source>The phone number of your office is on your Hello Work card and on the Hello Work website.</source>
        <translation>您的 Hello Work 的电话号码印在 Hello Work 受理票上，也可以在 Hello Work 的网站上查到。</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>Your next session</source>
        <translation>您的下一次咨询</translation>
    </message>
    <message>
        <source>&amp;Join the session</source>
        <translation>加入咨询(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Book a session</source>
        <translation>预约咨询(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;My bookings</source>
        <translation>我的预约(&amp;M)</translation>
    </message>
    <message>
        <source>You have no session booked.</source>
        <translation>您没有预约咨询。</translation>
    </message>
    <message>
        <source>&amp;Check my device</source>
        <translation>检查设备(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>重试(&amp;T)</translation>
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
        <translation>Hello Work：{office}（电话 {phone}）</translation>
    </message>
    <message>
        <source>With you: {who}</source>
        <translation>陪同人员：{who}</translation>
    </message>
    <message>
        <source>Please check your camera, microphone and PC before the session.</source>
        <translation>咨询前请检查摄像头、麦克风和电脑。</translation>
    </message>
    <message>
        <source>Your last device check found problems. Please fix them and check again.</source>
        <translation>上次设备检查发现了问题。请解决后重新检查。</translation>
    </message>
    <message>
        <source>Joining is open now. Press Join the session.</source>
        <translation>现在可以加入了。请点击“加入咨询”。</translation>
    </message>
    <message>
        <source>You can join from {time} (10 minutes before the start).</source>
        <translation>您可以从 {time} 起加入（开始前 10 分钟）。</translation>
    </message>
    <message>
        <source>The time to join has passed. If you could not join, please phone the office: {phone}</source>
        <translation>加入时间已过。如果您没能加入，请致电 Hello Work：{phone}</translation>
    </message>
</context>
<context>
    <name>JobSeekerNumber</name>
    <message>
        <source>Please enter your job-seeker number. It is on your Hello Work card.</source>
        <translation>请输入您的求职编号（求職番号），它印在您的 Hello Work 受理票上。</translation>
    </message>
    <message>
        <source>Please use only numbers and one hyphen, like {example}.</source>
        <translation>请只使用数字和一个连字符，例如 {example}。</translation>
    </message>
    <message>
        <source>Please use only one hyphen, after the first 5 numbers, like {example}.</source>
        <translation>请只使用一个连字符，放在前 5 位数字之后，例如 {example}。</translation>
    </message>
    <message>
        <source>The part before the hyphen has 5 numbers, like {example}.</source>
        <translation>连字符前面是 5 位数字，例如 {example}。</translation>
    </message>
    <message>
        <source>The part after the hyphen has 1 to 8 numbers, like {example}.</source>
        <translation>连字符后面是 1 到 8 位数字，例如 {example}。</translation>
    </message>
</context>
<context>
    <name>JoinPage</name>
    <message>
        <source>Join the session</source>
        <translation>加入咨询</translation>
    </message>
    <message>
        <source>Before you join, please confirm each point:</source>
        <translation>加入前，请逐项确认：</translation>
    </message>
    <message>
        <source>I am in a private room, or everyone with me was declared in the booking.</source>
        <translation>我在私密房间内，或者在场的人都已在预约时登记。</translation>
    </message>
    <message>
        <source>I will not record the session (no screen or sound recording).</source>
        <translation>我不会录制咨询过程（不录屏，也不录音）。</translation>
    </message>
    <message>
        <source>&amp;Open Zoom and join</source>
        <translation>打开 Zoom 并加入(&amp;O)</translation>
    </message>
    <message>
        <source>My name in Zoom will be my registered name: {name}. The counsellor checks it with my job-seeker number.</source>
        <translation>我在 Zoom 中的名字将是我的登记姓名：{name}。咨询员会用我的求职编号核对。</translation>
    </message>
    <message>
        <source>{when} with {office}</source>
        <translation>{when}，{office}</translation>
    </message>
    <message>
        <source>Declared in your booking: {who}</source>
        <translation>预约时登记的陪同人员：{who}</translation>
    </message>
    <message>
        <source>Zoom could not be opened. Please install Zoom or try another browser.</source>
        <translation>无法打开 Zoom。请安装 Zoom，或换一个浏览器试试。</translation>
    </message>
    <message>
        <source>Zoom is opening. If nothing happens, open the meeting in your browser.</source>
        <translation>正在打开 Zoom。如果没有反应，请在浏览器中打开会议。</translation>
    </message>
    <message>
        <source>The meeting is opening in your browser.</source>
        <translation>正在浏览器中打开会议。</translation>
    </message>
    <message>
        <source>Open in &amp;browser</source>
        <translation>在浏览器中打开(&amp;B)</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Choose the language for this app. You can change it later in Settings.</source>
        <translation>请选择本应用的语言。以后可以在“设置”中更改。</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>继续(&amp;C)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Hello Work online counselling</source>
        <translation>Hello Work 在线职业咨询</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 返回(&amp;B)</translation>
    </message>
    <message>
        <source>Back to the previous step</source>
        <translation>返回上一步</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>&amp;App</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostic info for the help desk</source>
        <translation>复制诊断信息给服务台(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;About this app</source>
        <translation>关于本应用(&amp;A)</translation>
    </message>
    <message>
        <source>Demo &amp;mailbox</source>
        <translation>演示邮箱(&amp;M)</translation>
    </message>
    <message>
        <source>Demo mode: nothing here is real. Sign in with {email} and the password {password}.</source>
        <translation>演示模式：这里的内容都不是真实的。请使用 {email} 和密码 {password} 登录。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Check my device</source>
        <translation>检查设备</translation>
    </message>
    <message>
        <source>Terms of use</source>
        <translation>使用条款</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>Book a session</source>
        <translation>预约咨询</translation>
    </message>
    <message>
        <source>My bookings</source>
        <translation>我的预约</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>我的账户</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Could not reach the Hello Work service. Check your internet connection, then press Try again. You can check your device meanwhile.</source>
        <translation>无法连接到 Hello Work 服务。请检查网络连接，然后点击“重试”。在此期间，您可以先检查设备。</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>重试(&amp;T)</translation>
    </message>
    <message>
        <source>You were signed out. Please sign in again to continue where you were.</source>
        <translation>您已退出登录。请重新登录，以便从刚才的地方继续。</translation>
    </message>
    <message>
        <source>Diagnostic info copied. You can paste it into a mail to the help desk.</source>
        <translation>诊断信息已复制。您可以将其粘贴到发给服务台的邮件中。</translation>
    </message>
    <message>
        <source>About this app</source>
        <translation>关于本应用</translation>
    </message>
    <message>
        <source>Hello Work online counselling, version {version}</source>
        <translation>Hello Work 在线职业咨询，版本 {version}</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>出现了问题</translation>
    </message>
    <message>
        <source>Something went wrong in the app. Please try again. If it happens again, copy the diagnostic info and send it to the help desk.</source>
        <translation>应用出现了问题。请重试。如果再次出现，请复制诊断信息并发送给服务台。</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostic info</source>
        <translation>复制诊断信息(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Meeting</name>
    <message>
        <source>The meeting link from the service does not look like a Zoom link, so the app did not open it. Please phone your Hello Work office.</source>
        <translation>服务发来的会议链接看起来不是 Zoom 链接，因此应用没有打开它。请致电您的 Hello Work。</translation>
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
        <translation>请致电您的 Hello Work：{phone}。</translation>
    </message>
    <message>
        <source>Please phone your Hello Work office.</source>
        <translation>请致电您的 Hello Work。</translation>
    </message>
    <message>
        <source>Some information is missing or not in the right form.</source>
        <translation>有些信息缺失或格式不正确。</translation>
    </message>
    <message>
        <source>Please check the marked fields and try again.</source>
        <translation>请检查标出的栏目后重试。</translation>
    </message>
    <message>
        <source>This password is too easy to guess.</source>
        <translation>这个密码太容易被猜到。</translation>
    </message>
    <message>
        <source>Please choose a password of at least 10 characters that is not your e-mail address and not a common word.</source>
        <translation>请设置至少 10 个字符的密码，不能是您的邮箱地址，也不能是常见词语。</translation>
    </message>
    <message>
        <source>Please choose a harder password.</source>
        <translation>请设置更难猜到的密码。</translation>
    </message>
    <message>
        <source>This link does not work any more. It may be older than 24 hours or used already.</source>
        <translation>此链接已失效。它可能已超过 24 小时，或已被使用过。</translation>
    </message>
    <message>
        <source>Please register again to get a new link, or sign in if you already finished.</source>
        <translation>请重新注册以获取新链接；如果您已完成注册，请直接登录。</translation>
    </message>
    <message>
        <source>The e-mail address or the password is not right.</source>
        <translation>邮箱地址或密码不正确。</translation>
    </message>
    <message>
        <source>Please check both and try again. Capital letters count.</source>
        <translation>请检查两者后重试。注意区分大小写。</translation>
    </message>
    <message>
        <source>Please check your password.</source>
        <translation>请检查您的密码。</translation>
    </message>
    <message>
        <source>Your registration is not finished yet.</source>
        <translation>您的注册尚未完成。</translation>
    </message>
    <message>
        <source>Please open the link in the e-mail we sent you. We can send the e-mail again.</source>
        <translation>请打开我们发给您的邮件中的链接。我们可以重新发送邮件。</translation>
    </message>
    <message>
        <source>Sign-in is paused after several wrong passwords, to protect your account.</source>
        <translation>由于多次输错密码，登录已暂停，以保护您的账户。</translation>
    </message>
    <message numerus="yes">
        <source>Please try again in %n minute(s). If you forgot your password, phone your office.</source>
        <translation>
            <numerusform>请在 %n 分钟后重试。如果忘记了密码，请致电您的 Hello Work。</numerusform>
        </translation>
    </message>
    <message>
        <source>You have been signed out.</source>
        <translation>您已退出登录。</translation>
    </message>
    <message>
        <source>Please sign in again. Nothing you typed is lost.</source>
        <translation>请重新登录。您输入的内容不会丢失。</translation>
    </message>
    <message>
        <source>The terms of use changed while you were reading them.</source>
        <translation>您阅读期间，使用条款已更新。</translation>
    </message>
    <message>
        <source>Please read the new version and agree again.</source>
        <translation>请阅读新版本并再次同意。</translation>
    </message>
    <message>
        <source>Before booking, please agree to the current terms of use.</source>
        <translation>预约前，请同意最新的使用条款。</translation>
    </message>
    <message>
        <source>We will show you the terms, then bring you back here.</source>
        <translation>我们会先显示条款，然后带您回到这里。</translation>
    </message>
    <message>
        <source>This version of the app is too old to use the service.</source>
        <translation>此版本的应用太旧，无法使用本服务。</translation>
    </message>
    <message>
        <source>Please install the new version. Your bookings are kept.</source>
        <translation>请安装新版本。您的预约会保留。</translation>
    </message>
    <message>
        <source>We could not find this any more. It may have been removed.</source>
        <translation>找不到此内容，可能已被删除。</translation>
    </message>
    <message>
        <source>Please go back and try again.</source>
        <translation>请返回后重试。</translation>
    </message>
    <message>
        <source>Someone just booked this time. Please choose another time.</source>
        <translation>这个时间刚刚被别人预约了。请选择其他时间。</translation>
    </message>
    <message>
        <source>Other free times are shown below.</source>
        <translation>下方显示了其他空闲时间。</translation>
    </message>
    <message>
        <source>You already have a session on {date}. Only one session a day is possible.</source>
        <translation>您在 {date} 已有一次咨询。每天只能预约一次咨询。</translation>
    </message>
    <message>
        <source>You already have a session on that day. Only one session a day is possible.</source>
        <translation>您在那天已有一次咨询。每天只能预约一次咨询。</translation>
    </message>
    <message>
        <source>Please choose another day.</source>
        <translation>请选择其他日期。</translation>
    </message>
    <message>
        <source>Booking is paused until {date} because sessions were missed.</source>
        <translation>由于多次缺席咨询，{date} 之前暂停预约。</translation>
    </message>
    <message>
        <source>Booking is paused for your account because sessions were missed.</source>
        <translation>由于多次缺席咨询，您的账户已暂停预约。</translation>
    </message>
    <message>
        <source>Your office has paused online sessions for your account, often because residence status details need checking.</source>
        <translation>您的 Hello Work 已暂停您账户的在线咨询，通常是因为需要核实在留资格等信息。</translation>
    </message>
    <message>
        <source>The session has already started, so it cannot be cancelled in the app.</source>
        <translation>咨询已经开始，无法在应用中取消。</translation>
    </message>
    <message>
        <source>This booking is no longer active. It may have been cancelled.</source>
        <translation>此预约已失效，可能已被取消。</translation>
    </message>
    <message>
        <source>Please look at My bookings for its current state.</source>
        <translation>请在“我的预约”中查看其当前状态。</translation>
    </message>
    <message>
        <source>Your booking request changed while it was being sent.</source>
        <translation>您的预约请求在发送过程中发生了变化。</translation>
    </message>
    <message>
        <source>Please check My bookings, then try again.</source>
        <translation>请查看“我的预约”，然后重试。</translation>
    </message>
    <message>
        <source>You can join from {time} on {date} (10 minutes before the start).</source>
        <translation>您可以在 {date} {time} 起加入（开始前 10 分钟）。</translation>
    </message>
    <message>
        <source>You can join from 10 minutes before the start until 10 minutes after it.</source>
        <translation>您可以在开始前 10 分钟到开始后 10 分钟之间加入。</translation>
    </message>
    <message>
        <source>Please come back then.</source>
        <translation>请到时再来。</translation>
    </message>
    <message>
        <source>What you sent is too long for the service.</source>
        <translation>您发送的内容太长，服务无法接收。</translation>
    </message>
    <message>
        <source>Please make the note or text shorter and try again.</source>
        <translation>请缩短备注或文字后重试。</translation>
    </message>
    <message>
        <source>Something changed on the service while you were working.</source>
        <translation>在您操作期间，服务上的内容发生了变化。</translation>
    </message>
    <message>
        <source>Please go back, look again, and try once more.</source>
        <translation>请返回重新查看，然后再试一次。</translation>
    </message>
    <message>
        <source>The app and the service do not understand each other.</source>
        <translation>应用与服务无法正常通信。</translation>
    </message>
    <message>
        <source>Please install the newest version of the app.</source>
        <translation>请安装最新版本的应用。</translation>
    </message>
    <message>
        <source>We could not reach the service.</source>
        <translation>无法连接到服务。</translation>
    </message>
    <message>
        <source>Please check your internet connection and try again. Nothing you typed is lost.</source>
        <translation>请检查网络连接后重试。您输入的内容不会丢失。</translation>
    </message>
    <message>
        <source>The service has a problem right now.</source>
        <translation>服务目前出现问题。</translation>
    </message>
    <message>
        <source>Please try again in a few minutes. Nothing you typed is lost.</source>
        <translation>请几分钟后重试。您输入的内容不会丢失。</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>出现了问题。</translation>
    </message>
    <message>
        <source>Please try again. If it happens again, phone your Hello Work office.</source>
        <translation>请重试。如果再次出现，请致电您的 Hello Work。</translation>
    </message>
    <message>
        <source>Please enter an e-mail address like name@example.jp.</source>
        <translation>请输入邮箱地址，例如 name@example.jp。</translation>
    </message>
    <message>
        <source>Please choose a password of at least 10 characters.</source>
        <translation>请设置至少 10 个字符的密码。</translation>
    </message>
    <message>
        <source>Please enter your name.</source>
        <translation>请输入您的姓名。</translation>
    </message>
    <message>
        <source>Please enter your name in kana, or leave it empty.</source>
        <translation>请用片假名输入姓名读音，或留空。</translation>
    </message>
    <message>
        <source>Please enter a phone number with digits only, or leave it empty.</source>
        <translation>请只用数字输入电话号码，或留空。</translation>
    </message>
    <message>
        <source>Please enter the number as 5 digits, a hyphen, then up to 8 digits.</source>
        <translation>请按“5 位数字、连字符、最多 8 位数字”的格式输入编号。</translation>
    </message>
    <message>
        <source>Please make the note shorter (500 characters at most).</source>
        <translation>请缩短备注（最多 500 字）。</translation>
    </message>
    <message>
        <source>Please enter your current password.</source>
        <translation>请输入当前密码。</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Page</source>
        <translation>页面</translation>
    </message>
</context>
<context>
    <name>PasswordEdit</name>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Hide the password</source>
        <translation>隐藏密码</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>显示密码</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Please use at least 10 characters.</source>
        <translation>请至少使用 10 个字符。</translation>
    </message>
    <message>
        <source>Please do not use your e-mail address as the password.</source>
        <translation>请不要用邮箱地址作为密码。</translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation>创建账户</translation>
    </message>
    <message>
        <source>Fill in your details. Fields marked (optional) can be left empty. We will send you an e-mail with a link to finish the registration.</source>
        <translation>请填写您的信息。标有（选填）的栏目可以留空。我们会给您发送一封邮件，通过其中的链接完成注册。</translation>
    </message>
    <message>
        <source>&amp;Name (as registered at Hello Work)</source>
        <translation>姓名（与 Hello Work 登记的一致）(&amp;N)</translation>
    </message>
    <message>
        <source>Name in &amp;kana (optional)</source>
        <translation>姓名片假名读音（选填）(&amp;K)</translation>
    </message>
    <message>
        <source>Example: ハロー タロウ</source>
        <translation>例如：ハロー タロウ</translation>
    </message>
    <message>
        <source>&amp;E-mail address</source>
        <translation>邮箱地址(&amp;E)</translation>
    </message>
    <message>
        <source>Example: name@example.jp</source>
        <translation>例如：name@example.jp</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>At least 10 characters, not your e-mail address, not a common word. Tip: three or four words you can remember, like &apos;blue tea morning walk&apos;.</source>
        <translation>至少 10 个字符，不能是您的邮箱地址，也不能是常见词语。提示：用三四个您记得住的词组合，例如“lanse hongcha zaochen sanbu”。</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>再次输入密码(&amp;A)</translation>
    </message>
    <message>
        <source>Type the same password again.</source>
        <translation>请再输入一次相同的密码。</translation>
    </message>
    <message>
        <source>&amp;Job-seeker number (optional)</source>
        <translation>求职编号（求職番号，选填）(&amp;J)</translation>
    </message>
    <message>
        <source>It is on your Hello Work card (求職番号): 5 digits, a hyphen, then up to 8 digits, for example 12345-12345678. Full-width digits are fine.</source>
        <translation>印在您的 Hello Work 受理票上（求職番号）：5 位数字、连字符，再加最多 8 位数字，例如 12345-12345678。全角数字也可以。</translation>
    </message>
    <message>
        <source>P&amp;hone number (optional)</source>
        <translation>电话号码（选填）(&amp;H)</translation>
    </message>
    <message>
        <source>Example: 090-1234-5678</source>
        <translation>例如：090-1234-5678</translation>
    </message>
    <message>
        <source>A&amp;ddress (optional)</source>
        <translation>地址（选填）(&amp;D)</translation>
    </message>
    <message>
        <source>Create my &amp;account</source>
        <translation>创建我的账户(&amp;A)</translation>
    </message>
    <message>
        <source>I already have an account: &amp;sign in</source>
        <translation>我已有账户：登录(&amp;S)</translation>
    </message>
    <message>
        <source>Please enter your name.</source>
        <translation>请输入您的姓名。</translation>
    </message>
    <message>
        <source>Please enter an e-mail address like name@example.jp.</source>
        <translation>请输入邮箱地址，例如 name@example.jp。</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>ReminderNotifier</name>
    <message>
        <source>Your counselling session is tomorrow</source>
        <translation>您的职业咨询就在明天</translation>
    </message>
    <message>
        <source>{when}, {office}. Please check your device before the session.</source>
        <translation>{when}，{office}。请在咨询前检查设备。</translation>
    </message>
    <message>
        <source>Check my device now</source>
        <translation>立即检查设备</translation>
    </message>
    <message>
        <source>Your session starts in 30 minutes</source>
        <translation>您的咨询将在 30 分钟后开始</translation>
    </message>
    <message>
        <source>{when}, {office}. Check your camera and microphone now.</source>
        <translation>{when}，{office}。请现在检查摄像头和麦克风。</translation>
    </message>
    <message>
        <source>You can join your session now</source>
        <translation>现在可以加入咨询了</translation>
    </message>
    <message>
        <source>{when}, {office}. Open the app and press Join.</source>
        <translation>{when}，{office}。请打开应用并点击“加入咨询”。</translation>
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
        <translation>无法保存您的设置。请确认磁盘空间未满，然后重试。</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Remind me the &amp;day before my session</source>
        <translation>咨询前一天提醒我(&amp;D)</translation>
    </message>
    <message>
        <source>Remind me &amp;30 minutes before, to check my device</source>
        <translation>提前 30 分钟提醒我检查设备(&amp;3)</translation>
    </message>
    <message>
        <source>Tell me when I can &amp;join</source>
        <translation>可以加入时通知我(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when the window is closed (for reminders)</source>
        <translation>关闭窗口后仍在托盘中运行（用于提醒）(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>服务器地址(&amp;S)：</translation>
    </message>
    <message>
        <source>Use this &amp;address</source>
        <translation>使用此地址(&amp;A)</translation>
    </message>
    <message>
        <source>Change the server address only if your Hello Work office asks you to.</source>
        <translation>只有在 Hello Work 要求时，才需要更改服务器地址。</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostic info for the help desk</source>
        <translation>复制诊断信息给服务台(&amp;C)</translation>
    </message>
    <message>
        <source>Right now the app is using {url}.</source>
        <translation>应用当前使用的是 {url}。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>This does not look like a web address. Please check it and try again.</source>
        <translation>这看起来不是网址。请检查后重试。</translation>
    </message>
    <message>
        <source>Saved. The app will use this address the next time it starts.</source>
        <translation>已保存。应用下次启动时将使用此地址。</translation>
    </message>
    <message>
        <source>Diagnostic info copied. You can paste it into a mail to the help desk.</source>
        <translation>诊断信息已复制。您可以将其粘贴到发给服务台的邮件中。</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Sign in with the e-mail address and password you registered with.</source>
        <translation>请使用注册时的邮箱地址和密码登录。</translation>
    </message>
    <message>
        <source>Demo: the demo account {email} is already filled in.</source>
        <translation>演示：已填好演示账户 {email}。</translation>
    </message>
    <message>
        <source>&amp;E-mail address</source>
        <translation>邮箱地址(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Create an account</source>
        <translation>创建账户(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Forgot your password?</source>
        <translation>忘记密码了？(&amp;F)</translation>
    </message>
    <message>
        <source>Your account and your personal data are deleted. Thank you for using the service.</source>
        <translation>您的账户和个人数据已删除。感谢您使用本服务。</translation>
    </message>
    <message>
        <source>Please enter your e-mail address.</source>
        <translation>请输入邮箱地址。</translation>
    </message>
    <message>
        <source>Please enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>接下来该做什么</translation>
    </message>
</context>
<context>
    <name>SlotCalendar</name>
    <message>
        <source>Calendar: days in bold have free times</source>
        <translation>日历：粗体日期有空闲时间</translation>
    </message>
    <message>
        <source>Free times on the chosen day</source>
        <translation>所选日期的空闲时间</translation>
    </message>
    <message numerus="yes">
        <source>%n free time(s)</source>
        <translation>
            <numerusform>%n 个空闲时间</numerusform>
        </translation>
    </message>
    <message>
        <source>You already have a session on this day. Only one session a day is possible.</source>
        <translation>您在这一天已有一次咨询。每天只能预约一次咨询。</translation>
    </message>
    <message>
        <source>Choose a time:</source>
        <translation>请选择时间：</translation>
    </message>
    <message>
        <source>Looking for free times…</source>
        <translation>正在查找空闲时间…</translation>
    </message>
    <message>
        <source>No free times on this day. Days in bold have free times.</source>
        <translation>这一天没有空闲时间。粗体日期有空闲时间。</translation>
    </message>
    <message>
        <source>{start} – {end}   ({places})</source>
        <translation>{start} – {end}   （{places}）</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) left</source>
        <translation>
            <numerusform>剩余 %n 个名额</numerusform>
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
        <translation>有问题</translation>
    </message>
    <message>
        <source>Could not check</source>
        <translation>无法检查</translation>
    </message>
    <message>
        <source>What to do: {remedy}</source>
        <translation>解决方法：{remedy}</translation>
    </message>
    <message>
        <source>Open the &amp;setting</source>
        <translation>打开设置(&amp;S)</translation>
    </message>
    <message>
        <source>More &amp;information</source>
        <translation>更多信息(&amp;I)</translation>
    </message>
</context>
<context>
    <name>TermsPage</name>
    <message>
        <source>Terms of use</source>
        <translation>使用条款</translation>
    </message>
    <message>
        <source>I have read the terms of use and I &amp;agree to them.</source>
        <translation>我已阅读并同意使用条款(&amp;A)</translation>
    </message>
    <message>
        <source>The sessions take place in Zoom. Please also read Zoom&apos;s &lt;a href=&quot;{terms}&quot;&gt;terms of service&lt;/a&gt; and &lt;a href=&quot;{privacy}&quot;&gt;privacy statement&lt;/a&gt;.</source>
        <translation>咨询通过 Zoom 进行。也请阅读 Zoom 的&lt;a href=&quot;{terms}&quot;&gt;服务条款&lt;/a&gt;和&lt;a href=&quot;{privacy}&quot;&gt;隐私声明&lt;/a&gt;。</translation>
    </message>
    <message>
        <source>I accept &amp;Zoom&apos;s terms of service and privacy statement.</source>
        <translation>我接受 Zoom 的服务条款和隐私声明(&amp;Z)</translation>
    </message>
    <message>
        <source>Agree and &amp;continue</source>
        <translation>同意并继续(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>重试(&amp;T)</translation>
    </message>
    <message>
        <source>Terms of use text</source>
        <translation>使用条款正文</translation>
    </message>
    <message>
        <source>Loading the terms of use…</source>
        <translation>正在加载使用条款…</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;Version {version}, in effect from {date}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;版本 {version}，自 {date} 起生效</translation>
    </message>
    <message>
        <source>The terms of use have changed since you last agreed. Please read them and agree again.</source>
        <translation>自您上次同意以来，使用条款已更新。请阅读后再次同意。</translation>
    </message>
    <message>
        <source>What changed: {summary}</source>
        <translation>更新内容：{summary}</translation>
    </message>
    <message>
        <source>✓ You have read to the end.</source>
        <translation>✓ 您已读到最后。</translation>
    </message>
    <message>
        <source>Please read the terms to the end (scroll down).</source>
        <translation>请将条款读到最后（向下滚动）。</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Hello Work online counselling</source>
        <translation>Hello Work 在线职业咨询</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Check my device</source>
        <translation>检查设备(&amp;C)</translation>
    </message>
    <message>
        <source>My &amp;bookings</source>
        <translation>我的预约(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>UpdatePrompt</name>
    <message>
        <source>A new version of this app ({version}) is available.</source>
        <translation>本应用有新版本（{version}）可用。</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>下载(&amp;D)</translation>
    </message>
    <message>
        <source>Please update the app</source>
        <translation>请更新应用</translation>
    </message>
    <message>
        <source>This version of the app is too old to use the service. Please download and install the new version. Your bookings are kept.</source>
        <translation>此版本的应用太旧，无法使用本服务。请下载并安装新版本。您的预约会保留。</translation>
    </message>
    <message>
        <source>&amp;Download the new version</source>
        <translation>下载新版本(&amp;D)</translation>
    </message>
</context>
<context>
    <name>VerifySentPage</name>
    <message>
        <source>Check your e-mail</source>
        <translation>请查看您的邮件</translation>
    </message>
    <message>
        <source>One more step: open the link in your e-mail</source>
        <translation>还差一步：打开邮件中的链接</translation>
    </message>
    <message>
        <source>We sent an e-mail to {email}.</source>
        <translation>我们已向 {email} 发送了一封邮件。</translation>
    </message>
    <message>
        <source>Open the link in it to finish your registration.</source>
        <translation>请打开其中的链接完成注册。</translation>
    </message>
    <message>
        <source>We sent you an e-mail. Open the link in it to finish your registration.</source>
        <translation>我们已给您发送了一封邮件。请打开其中的链接完成注册。</translation>
    </message>
    <message>
        <source>• The link works for 24 hours.
• No e-mail after a few minutes? Look in the spam or junk folder.
• After opening the link, come back here and sign in.</source>
        <translation>• 链接 24 小时内有效。
• 几分钟后还没收到邮件？请查看垃圾邮件文件夹。
• 打开链接后，请回到这里登录。</translation>
    </message>
    <message>
        <source>Send the e-mail &amp;again</source>
        <translation>重新发送邮件(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Register again</source>
        <translation>重新注册(&amp;R)</translation>
    </message>
    <message>
        <source>I opened the link: &amp;sign in</source>
        <translation>我已打开链接：登录(&amp;S)</translation>
    </message>
    <message>
        <source>We sent the e-mail again at {time}. Please look for the newest one.</source>
        <translation>我们已于 {time} 重新发送邮件。请查看最新的一封。</translation>
    </message>
</context>
</TS>
