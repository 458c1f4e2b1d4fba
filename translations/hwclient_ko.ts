<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en_US">
<context>
    <name>AccountPage</name>
    <message>
        <source>My account</source>
        <translation>내 계정</translation>
    </message>
    <message>
        <source>It has been a while since you changed your password. To keep your account safe, please choose a new one below.</source>
        <translation>비밀번호를 바꾼 지 오래되었습니다. 계정을 안전하게 지키기 위해 아래에서 새 비밀번호를 정해 주세요.</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>나중에(&amp;L)</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>내 정보</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>로그아웃(&amp;O)</translation>
    </message>
    <message>
        <source>Change your password</source>
        <translation>비밀번호 변경</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>현재 비밀번호(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>새 비밀번호(&amp;N)</translation>
    </message>
    <message>
        <source>At least 10 characters, not your e-mail address, not a common word.</source>
        <translation>10자 이상, 이메일 주소나 흔한 단어는 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>New password &amp;again</source>
        <translation>새 비밀번호 확인(&amp;A)</translation>
    </message>
    <message>
        <source>C&amp;hange password</source>
        <translation>비밀번호 변경하기(&amp;H)</translation>
    </message>
    <message>
        <source>Language and reminders</source>
        <translation>언어 및 알림</translation>
    </message>
    <message>
        <source>&amp;Language of the app</source>
        <translation>앱 언어(&amp;L)</translation>
    </message>
    <message>
        <source>Remind me about my session:</source>
        <translation>상담 알림:</translation>
    </message>
    <message>
        <source>The day &amp;before</source>
        <translation>전날(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;30 minutes before</source>
        <translation>30분 전(&amp;3)</translation>
    </message>
    <message>
        <source>When I can &amp;join</source>
        <translation>참가할 수 있을 때(&amp;J)</translation>
    </message>
    <message>
        <source>Delete your account</source>
        <translation>계정 삭제</translation>
    </message>
    <message>
        <source>This deletes your registration and personal data and cancels your future sessions. It cannot be undone. To use the service again, you would register again. Enter your password to confirm.</source>
        <translation>등록 정보와 개인 정보를 삭제하고, 앞으로의 상담 예약을 모두 취소합니다. 되돌릴 수 없습니다. 서비스를 다시 이용하려면 다시 등록해야 합니다. 확인을 위해 비밀번호를 입력해 주세요.</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>비밀번호(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Delete my account…</source>
        <translation>내 계정 삭제하기(&amp;D)…</translation>
    </message>
    <message>
        <source>Name: {name}</source>
        <translation>이름: {name}</translation>
    </message>
    <message>
        <source>E-mail: {email}</source>
        <translation>이메일: {email}</translation>
    </message>
    <message>
        <source>Job-seeker number: {number}</source>
        <translation>구직번호(求職番号): {number}</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(입력하지 않음)</translation>
    </message>
    <message>
        <source>Password last changed: {date}</source>
        <translation>비밀번호 마지막 변경일: {date}</translation>
    </message>
    <message>
        <source>Please enter your current password.</source>
        <translation>현재 비밀번호를 입력해 주세요.</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>새 비밀번호 두 개가 서로 다릅니다.</translation>
    </message>
    <message>
        <source>Your password is changed. Other computers signed in to your account are signed out.</source>
        <translation>비밀번호가 변경되었습니다. 이 계정으로 로그인한 다른 컴퓨터는 로그아웃되었습니다.</translation>
    </message>
    <message>
        <source>Please enter your password to confirm.</source>
        <translation>확인을 위해 비밀번호를 입력해 주세요.</translation>
    </message>
    <message>
        <source>Delete your account?</source>
        <translation>계정을 삭제할까요?</translation>
    </message>
    <message>
        <source>Do you really want to delete your account?</source>
        <translation>정말로 계정을 삭제하시겠습니까?</translation>
    </message>
    <message>
        <source>Your future sessions will be cancelled. This cannot be undone.</source>
        <translation>앞으로의 상담 예약이 취소됩니다. 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>&amp;Yes, delete my account</source>
        <translation>예, 계정을 삭제합니다(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No, keep it</source>
        <translation>아니요, 유지합니다(&amp;N)</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation>문제가 발생했습니다. 다시 시도해 주세요.</translation>
    </message>
    <message>
        <source>This server address is not safe. It must start with https://. Please check the address your Hello Work office gave you.</source>
        <translation>이 서버 주소는 안전하지 않습니다. 주소는 https://로 시작해야 합니다. 헬로워크에서 받은 주소를 확인해 주세요.</translation>
    </message>
    <message>
        <source>Could not reach the service. Please check your internet connection and try again.</source>
        <translation>서비스에 연결할 수 없습니다. 인터넷 연결을 확인한 후 다시 시도해 주세요.</translation>
    </message>
    <message>
        <source>The connection is not secure, so the app stopped. Check that your PC&apos;s date and time are correct, or try another network.</source>
        <translation>연결이 안전하지 않아 앱이 작업을 중단했습니다. 컴퓨터의 날짜와 시간이 맞는지 확인하거나 다른 네트워크를 사용해 보세요.</translation>
    </message>
    <message>
        <source>The service is busy or under maintenance. Please try again in a few minutes.</source>
        <translation>서비스가 혼잡하거나 점검 중입니다. 몇 분 후에 다시 시도해 주세요.</translation>
    </message>
    <message>
        <source>The service gave an answer the app does not understand. Please check the server address, or update the app.</source>
        <translation>서비스에서 앱이 이해할 수 없는 응답이 왔습니다. 서버 주소를 확인하거나 앱을 업데이트해 주세요.</translation>
    </message>
</context>
<context>
    <name>Booking</name>
    <message>
        <source>Booked</source>
        <translation>예약됨</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>Cancelled by the office</source>
        <translation>헬로워크에서 취소함</translation>
    </message>
    <message>
        <source>Missed (you did not join)</source>
        <translation>불참(참가하지 않음)</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>참가함</translation>
    </message>
    <message>
        <source>Unknown status. Please refresh.</source>
        <translation>상태를 알 수 없습니다. 새로 고침해 주세요.</translation>
    </message>
    <message>
        <source>Online job counselling with {office}.</source>
        <translation>{office} 온라인 직업 상담입니다.</translation>
    </message>
    <message>
        <source>Open the hwclient app and press Join from 10 minutes before the start.</source>
        <translation>시작 10분 전부터 hwclient 앱을 열고 &quot;상담 참가하기&quot;를 눌러 주세요.</translation>
    </message>
    <message>
        <source>Have your job-seeker number ready.</source>
        <translation>구직번호(求職番号)를 준비해 주세요.</translation>
    </message>
    <message>
        <source>To cancel on the day or if you have trouble, phone the office: {phone}</source>
        <translation>당일 취소나 문제가 있으면 헬로워크에 전화해 주세요: {phone}</translation>
    </message>
    <message>
        <source>Hello Work online counselling</source>
        <translation>헬로워크 온라인 직업 상담</translation>
    </message>
    <message>
        <source>{office} (online, Zoom)</source>
        <translation>{office}(온라인, Zoom)</translation>
    </message>
    <message>
        <source>Your counselling session starts in 30 minutes.</source>
        <translation>30분 후에 직업 상담이 시작됩니다.</translation>
    </message>
</context>
<context>
    <name>BookingCard</name>
    <message>
        <source>Office: {office}</source>
        <translation>헬로워크: {office}</translation>
    </message>
    <message>
        <source>Office phone: {phone}</source>
        <translation>헬로워크 전화번호: {phone}</translation>
    </message>
    <message>
        <source>With you: {who}</source>
        <translation>동석자: {who}</translation>
    </message>
    <message>
        <source>Reason from the office: {reason}</source>
        <translation>헬로워크가 알린 사유: {reason}</translation>
    </message>
    <message>
        <source>&amp;Cancel this session</source>
        <translation>이 상담 취소하기(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel the session on {when}</source>
        <translation>{when} 상담 취소하기</translation>
    </message>
    <message>
        <source>Add to ca&amp;lendar</source>
        <translation>캘린더에 추가(&amp;L)</translation>
    </message>
    <message>
        <source>The session has started, so it cannot be cancelled in the app. To cancel or if you have trouble, please phone the office: {phone}</source>
        <translation>상담이 이미 시작되어 앱에서 취소할 수 없습니다. 취소하려면 또는 문제가 있으면 헬로워크에 전화해 주세요: {phone}</translation>
    </message>
    <message>
        <source>(see your Hello Work card)</source>
        <translation>(헬로워크 접수표를 확인해 주세요)</translation>
    </message>
</context>
<context>
    <name>BookingPage</name>
    <message>
        <source>{name} (your office)</source>
        <translation>{name}(등록한 헬로워크)</translation>
    </message>
    <message>
        <source>{prefecture} · Phone {phone}</source>
        <translation>{prefecture} · 전화 {phone}</translation>
    </message>
    <message>
        <source>Languages: {languages}</source>
        <translation>지원 언어: {languages}</translation>
    </message>
    <message>
        <source>Book a session</source>
        <translation>상담 예약하기</translation>
    </message>
    <message>
        <source>Choose the Hello Work office for your online session.</source>
        <translation>온라인 상담을 받을 헬로워크를 선택해 주세요.</translation>
    </message>
    <message>
        <source>Choose a day, then a time. Days in bold have free times. Times are Japan time.</source>
        <translation>날짜를 고른 다음 시간을 골라 주세요. 굵게 표시된 날짜에 빈 시간이 있습니다. 시간은 일본 시간입니다.</translation>
    </message>
    <message>
        <source>&amp;Note for the counsellor (optional), for example what you want to talk about:</source>
        <translation>상담원에게 남길 메모(선택 사항), 예: 상담하고 싶은 내용(&amp;N):</translation>
    </message>
    <message>
        <source>Please check the details. You can cancel in the app until the session starts.</source>
        <translation>내용을 확인해 주세요. 상담이 시작되기 전까지 앱에서 취소할 수 있습니다.</translation>
    </message>
    <message>
        <source>&lt; &amp;Previous step</source>
        <translation>&lt; 이전 단계(&amp;P)</translation>
    </message>
    <message>
        <source>Add to my &amp;calendar</source>
        <translation>내 캘린더에 추가(&amp;C)</translation>
    </message>
    <message>
        <source>See &amp;my bookings</source>
        <translation>내 예약 보기(&amp;M)</translation>
    </message>
    <message>
        <source>Step 1 of 4: choose an office</source>
        <translation>1/4단계: 헬로워크 선택</translation>
    </message>
    <message>
        <source>Step 2 of 4: choose a day and time</source>
        <translation>2/4단계: 날짜와 시간 선택</translation>
    </message>
    <message>
        <source>Step 3 of 4: who will be with you</source>
        <translation>3/4단계: 동석자</translation>
    </message>
    <message>
        <source>Step 4 of 4: check and book</source>
        <translation>4/4단계: 확인 후 예약</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>예약 완료</translation>
    </message>
    <message>
        <source>&amp;Book this session</source>
        <translation>이 상담 예약하기(&amp;B)</translation>
    </message>
    <message>
        <source>Go to &amp;home</source>
        <translation>홈으로(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>다음(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>{count} / {limit} characters</source>
        <translation>{count} / {limit}자</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>헬로워크</translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation>헬로워크 전화번호</translation>
    </message>
    <message>
        <source>With you</source>
        <translation>동석자</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>There are no other free times on {day}. Please choose another day.</source>
        <translation>{day}에는 다른 빈 시간이 없습니다. 다른 날짜를 선택해 주세요.</translation>
    </message>
    <message>
        <source>✓ Your session is booked.</source>
        <translation>✓ 상담이 예약되었습니다.</translation>
    </message>
    <message>
        <source>{when}
{office}

We also sent you an e-mail. On the day, open this app and press Join from 10 minutes before the start.</source>
        <translation>{when}
{office}

확인 이메일도 보내 드렸습니다. 당일에는 이 앱을 열고, 시작 10분 전부터 &quot;상담 참가하기&quot;를 눌러 주세요.</translation>
    </message>
    <message>
        <source>✓ Saved. Open the file to add the session to your calendar: {path}</source>
        <translation>✓ 저장했습니다. 파일을 열면 상담을 캘린더에 추가할 수 있습니다: {path}</translation>
    </message>
</context>
<context>
    <name>BookingsPage</name>
    <message>
        <source>My bookings</source>
        <translation>내 예약</translation>
    </message>
    <message>
        <source>&amp;Upcoming</source>
        <translation>예정된 상담(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Past</source>
        <translation>지난 상담(&amp;P)</translation>
    </message>
    <message>
        <source>You have no upcoming sessions.</source>
        <translation>예정된 상담이 없습니다.</translation>
    </message>
    <message>
        <source>No past sessions yet.</source>
        <translation>아직 지난 상담이 없습니다.</translation>
    </message>
    <message>
        <source>&amp;Book a session</source>
        <translation>상담 예약하기(&amp;B)</translation>
    </message>
    <message>
        <source>Cancel the session?</source>
        <translation>상담을 취소할까요?</translation>
    </message>
    <message>
        <source>Do you want to cancel your session on {when}?</source>
        <translation>{when} 상담을 취소하시겠습니까?</translation>
    </message>
    <message>
        <source>You can book another time afterwards.</source>
        <translation>취소한 후에 다른 시간을 예약할 수 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Yes, cancel it</source>
        <translation>예, 취소합니다(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No, keep it</source>
        <translation>아니요, 유지합니다(&amp;N)</translation>
    </message>
    <message>
        <source>Your session on {when} is cancelled.</source>
        <translation>{when} 상담이 취소되었습니다.</translation>
    </message>
    <message>
        <source>Saved. Open the file to add the session to your calendar: {path}</source>
        <translation>저장했습니다. 파일을 열면 상담을 캘린더에 추가할 수 있습니다: {path}</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Save to your calendar</source>
        <translation>캘린더에 저장</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>캘린더 파일 (*.ics)</translation>
    </message>
    <message>
        <source>The file could not be saved there. Please choose another folder.</source>
        <translation>그 위치에 파일을 저장할 수 없습니다. 다른 폴더를 선택해 주세요.</translation>
    </message>
</context>
<context>
    <name>CameraPreview</name>
    <message>
        <source>Camera picture</source>
        <translation>카메라 화면</translation>
    </message>
    <message>
        <source>The camera picture will appear here.</source>
        <translation>여기에 카메라 화면이 표시됩니다.</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>카메라를 켜는 중…</translation>
    </message>
    <message>
        <source>No camera found. Connect a webcam, or use a PC with a built-in camera, then press Check again.</source>
        <translation>카메라를 찾을 수 없습니다. 웹캠을 연결하거나 카메라가 내장된 컴퓨터를 사용한 후 &quot;다시 점검&quot;을 눌러 주세요.</translation>
    </message>
    <message>
        <source>This app is not allowed to use the camera. Allow it in your PC&apos;s privacy settings, then press Check again.</source>
        <translation>이 앱은 카메라를 사용할 권한이 없습니다. 컴퓨터의 개인 정보 설정에서 허용한 후 &quot;다시 점검&quot;을 눌러 주세요.</translation>
    </message>
    <message>
        <source>The camera could not be started. It may be in use by another app (for example Zoom or Teams). Close that app, then press Check again.</source>
        <translation>카메라를 켤 수 없습니다. 다른 앱(예: Zoom, Teams)이 사용 중일 수 있습니다. 그 앱을 닫은 후 &quot;다시 점검&quot;을 눌러 주세요.</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>Unknown check: %1. Known checks: %2.</source>
        <translation>알 수 없는 점검 항목: %1. 사용할 수 있는 점검 항목: %2.</translation>
    </message>
    <message>
        <source>The device check could not run. Please try again.</source>
        <translation>기기 점검을 실행할 수 없습니다. 다시 시도해 주세요.</translation>
    </message>
    <message>
        <source>The file %1 could not be opened.</source>
        <translation>파일 %1을(를) 열 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 is not a diagnostics bundle (it is not a zip file).</source>
        <translation>%1은(는) 진단 파일이 아닙니다(zip 파일이 아님).</translation>
    </message>
    <message>
        <source>%1 is not a diagnostics bundle from this app.</source>
        <translation>%1은(는) 이 앱의 진단 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of this app. Update the app to read it.</source>
        <translation>%1은(는) 이 앱의 새 버전에서 만들어졌습니다. 읽으려면 앱을 업데이트해 주세요.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read. Ask for a new bundle.</source>
        <translation>%1이(가) 손상되어 읽을 수 없습니다. 새 진단 파일을 요청해 주세요.</translation>
    </message>
    <message>
        <source>The diagnostics bundle could not be saved to %1: %2</source>
        <translation>진단 파일을 %1에 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Diagnostics bundle saved: %1</source>
        <translation>진단 파일을 저장했습니다: %1</translation>
    </message>
    <message>
        <source>No server is set, so the report was not sent.</source>
        <translation>서버가 설정되지 않아 점검 결과를 보내지 않았습니다.</translation>
    </message>
    <message>
        <source>Sign in with the app first, then send the report again.</source>
        <translation>먼저 앱에서 로그인한 후 점검 결과를 다시 보내 주세요.</translation>
    </message>
    <message>
        <source>The report could not be sent. Check the connection and try again.</source>
        <translation>점검 결과를 보낼 수 없습니다. 연결을 확인한 후 다시 시도해 주세요.</translation>
    </message>
    <message>
        <source>Report sent (number %1).</source>
        <translation>점검 결과를 보냈습니다(번호 %1).</translation>
    </message>
    <message>
        <source>Virus protection is turned off.</source>
        <translation>바이러스 백신이 꺼져 있습니다.</translation>
    </message>
    <message>
        <source>Virus protection is turned off: %1.</source>
        <translation>바이러스 백신이 꺼져 있습니다: %1.</translation>
    </message>
    <message>
        <source>Open your virus protection and turn real-time protection on.</source>
        <translation>바이러스 백신을 열고 실시간 보호를 켜 주세요.</translation>
    </message>
    <message>
        <source>The virus definitions of %1 are out of date.</source>
        <translation>%1의 바이러스 정의가 오래되었습니다.</translation>
    </message>
    <message>
        <source>Open your virus protection and choose to check for updates.</source>
        <translation>바이러스 백신을 열고 업데이트 확인을 선택해 주세요.</translation>
    </message>
    <message>
        <source>%1 is on and up to date.</source>
        <translation>%1이(가) 켜져 있고 최신 상태입니다.</translation>
    </message>
    <message>
        <source>Gatekeeper, the Mac&apos;s protection against harmful apps, is turned off.</source>
        <translation>Mac을 유해한 앱으로부터 보호하는 기능인 Gatekeeper가 꺼져 있습니다.</translation>
    </message>
    <message>
        <source>Ask someone you trust to turn it back on (Terminal: sudo spctl --master-enable).</source>
        <translation>믿을 수 있는 사람에게 다시 켜 달라고 부탁해 주세요(터미널: sudo spctl --master-enable).</translation>
    </message>
    <message>
        <source>The Mac&apos;s built-in malware data was last updated %1 days ago.</source>
        <translation>Mac에 내장된 악성 코드 데이터가 마지막으로 업데이트된 지 %1일 지났습니다.</translation>
    </message>
    <message>
        <source>Open Software Update and install the updates.</source>
        <translation>&quot;소프트웨어 업데이트&quot;를 열고 업데이트를 설치해 주세요.</translation>
    </message>
    <message>
        <source>The Mac&apos;s built-in protection (Gatekeeper and XProtect) is on.</source>
        <translation>Mac의 내장 보호 기능(Gatekeeper 및 XProtect)이 켜져 있습니다.</translation>
    </message>
    <message>
        <source>No virus scanner was found that this app can check.</source>
        <translation>이 앱이 점검할 수 있는 바이러스 백신을 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>Update them (for example with: sudo freshclam).</source>
        <translation>바이러스 정의를 업데이트해 주세요(예: sudo freshclam).</translation>
    </message>
    <message>
        <source>This app (version %1) is too old to use the service.</source>
        <translation>이 앱(버전 %1)은 너무 오래되어 서비스를 이용할 수 없습니다.</translation>
    </message>
    <message>
        <source>Download and install the new version %1.</source>
        <translation>새 버전 %1을(를) 다운로드하여 설치해 주세요.</translation>
    </message>
    <message>
        <source>A new version of this app is available: %1.</source>
        <translation>이 앱의 새 버전이 있습니다: %1.</translation>
    </message>
    <message>
        <source>This app is up to date (version %1).</source>
        <translation>이 앱은 최신 버전입니다(버전 %1).</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>카메라</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>마이크</translation>
    </message>
    <message>
        <source>Speakers or headphones</source>
        <translation>스피커 또는 헤드폰</translation>
    </message>
    <message>
        <source>Operating system and updates</source>
        <translation>운영 체제 및 업데이트</translation>
    </message>
    <message>
        <source>Virus protection</source>
        <translation>바이러스 백신</translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation>방화벽</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>네트워크</translation>
    </message>
    <message>
        <source>Connection to the service and Zoom</source>
        <translation>서비스 및 Zoom 연결</translation>
    </message>
    <message>
        <source>Zoom app</source>
        <translation>Zoom 앱</translation>
    </message>
    <message>
        <source>This app</source>
        <translation>이 앱</translation>
    </message>
    <message>
        <source>Recording and file-sharing programs</source>
        <translation>녹화 및 파일 공유 프로그램</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>전원</translation>
    </message>
    <message>
        <source>Computer load</source>
        <translation>컴퓨터 부하</translation>
    </message>
    <message>
        <source>This could not be checked on this computer.</source>
        <translation>이 컴퓨터에서는 점검할 수 없습니다.</translation>
    </message>
    <message>
        <source>The check timed out before this computer answered.</source>
        <translation>이 컴퓨터가 응답하기 전에 점검 시간이 초과되었습니다.</translation>
    </message>
    <message>
        <source>The tool needed for this check is not on this computer.</source>
        <translation>이 점검에 필요한 도구가 이 컴퓨터에 없습니다.</translation>
    </message>
    <message>
        <source>The answer from this computer could not be read.</source>
        <translation>이 컴퓨터의 응답을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The counselling service cannot be reached.</source>
        <translation>상담 서비스에 연결할 수 없습니다.</translation>
    </message>
    <message>
        <source>Zoom cannot be reached.</source>
        <translation>Zoom에 연결할 수 없습니다.</translation>
    </message>
    <message>
        <source>Check that the internet works (open a web page). At work or school, a network filter may block it: ask the administrator.</source>
        <translation>인터넷이 되는지 확인해 주세요(웹 페이지를 열어 보세요). 직장이나 학교에서는 네트워크 필터가 차단할 수 있습니다. 관리자에게 문의해 주세요.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is off by about %1 minutes.</source>
        <translation>이 컴퓨터의 시계가 약 %1분 틀립니다.</translation>
    </message>
    <message>
        <source>Turn on &quot;Set time automatically&quot; in the date and time settings.</source>
        <translation>날짜 및 시간 설정에서 &quot;자동으로 시간 설정&quot;을 켜 주세요.</translation>
    </message>
    <message>
        <source>The connection is slow (%1 ms).</source>
        <translation>연결이 느립니다(%1 ms).</translation>
    </message>
    <message>
        <source>Move closer to the Wi-Fi router or use a network cable.</source>
        <translation>Wi-Fi 공유기 가까이로 가거나 랜선을 사용해 주세요.</translation>
    </message>
    <message>
        <source>The service and Zoom can be reached, and the clock is right.</source>
        <translation>서비스와 Zoom에 연결할 수 있고, 시계도 정확합니다.</translation>
    </message>
    <message>
        <source>Zoom can be reached, and the clock is right.</source>
        <translation>Zoom에 연결할 수 있고, 시계도 정확합니다.</translation>
    </message>
    <message>
        <source>No camera was found.</source>
        <translation>카메라를 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>Connect a webcam, or check that the built-in camera is switched on (some laptops have a switch or a key for it). Then check again.</source>
        <translation>웹캠을 연결하거나 내장 카메라가 켜져 있는지 확인해 주세요(일부 노트북에는 카메라 스위치나 키가 있습니다). 그런 다음 다시 점검해 주세요.</translation>
    </message>
    <message>
        <source>A camera was found: %1. The picture is tested in the app.</source>
        <translation>카메라를 찾았습니다: %1. 화면은 앱에서 테스트합니다.</translation>
    </message>
    <message>
        <source>This computer does not allow apps to use the camera.</source>
        <translation>이 컴퓨터는 앱의 카메라 사용을 허용하지 않습니다.</translation>
    </message>
    <message>
        <source>Open the camera privacy setting, allow apps (and this app) to use the camera, then check again.</source>
        <translation>카메라 개인 정보 설정을 열고 앱(이 앱 포함)의 카메라 사용을 허용한 후 다시 점검해 주세요.</translation>
    </message>
    <message>
        <source>Another app is using the camera.</source>
        <translation>다른 앱이 카메라를 사용하고 있습니다.</translation>
    </message>
    <message>
        <source>Close other apps that may use the camera (Zoom, Teams, Skype, LINE, a browser tab), then check again.</source>
        <translation>카메라를 사용할 수 있는 다른 앱(Zoom, Teams, Skype, LINE, 브라우저 탭)을 닫은 후 다시 점검해 주세요.</translation>
    </message>
    <message>
        <source>The camera works.</source>
        <translation>카메라가 정상적으로 작동합니다.</translation>
    </message>
    <message>
        <source>The camera did not send a picture.</source>
        <translation>카메라에서 화면이 오지 않았습니다.</translation>
    </message>
    <message>
        <source>Check that the lens is not covered, unplug the camera and plug it in again, or restart the computer. Then check again.</source>
        <translation>렌즈가 가려져 있지 않은지 확인하고, 카메라를 뽑았다가 다시 꽂거나 컴퓨터를 다시 시작해 주세요. 그런 다음 다시 점검해 주세요.</translation>
    </message>
    <message>
        <source>Found: %1.</source>
        <translation>찾음: %1.</translation>
    </message>
    <message>
        <source>No microphone was found.</source>
        <translation>마이크를 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>Connect a headset or microphone, or allow microphone use in the privacy settings. Then check again.</source>
        <translation>헤드셋이나 마이크를 연결하거나, 개인 정보 설정에서 마이크 사용을 허용해 주세요. 그런 다음 다시 점검해 주세요.</translation>
    </message>
    <message>
        <source>No speakers or headphones were found.</source>
        <translation>스피커나 헤드폰을 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>Connect headphones or speakers, or turn the sound on. Then check again.</source>
        <translation>헤드폰이나 스피커를 연결하거나 소리를 켜 주세요. 그런 다음 다시 점검해 주세요.</translation>
    </message>
    <message>
        <source>The firewall is on.</source>
        <translation>방화벽이 켜져 있습니다.</translation>
    </message>
    <message>
        <source>The firewall is off for these networks: %1.</source>
        <translation>다음 네트워크에서 방화벽이 꺼져 있습니다: %1.</translation>
    </message>
    <message>
        <source>Open the firewall settings and turn the firewall on.</source>
        <translation>방화벽 설정을 열고 방화벽을 켜 주세요.</translation>
    </message>
    <message>
        <source>The Mac&apos;s firewall is off.</source>
        <translation>Mac의 방화벽이 꺼져 있습니다.</translation>
    </message>
    <message>
        <source>Open the Network settings, choose Firewall and turn it on.</source>
        <translation>&quot;네트워크&quot; 설정을 열고 &quot;방화벽&quot;을 선택하여 켜 주세요.</translation>
    </message>
    <message>
        <source>No firewall was found that this app can check.</source>
        <translation>이 앱이 점검할 수 있는 방화벽을 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>This computer is not connected to a network.</source>
        <translation>이 컴퓨터는 네트워크에 연결되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>Connect to your home Wi-Fi or plug in a network cable, then check again.</source>
        <translation>집의 Wi-Fi에 연결하거나 랜선을 꽂은 후 다시 점검해 주세요.</translation>
    </message>
    <message>
        <source>This Wi-Fi has no password or uses old, unsafe protection.</source>
        <translation>이 Wi-Fi는 비밀번호가 없거나 오래되고 안전하지 않은 보안 방식을 사용합니다.</translation>
    </message>
    <message>
        <source>Use your home Wi-Fi with a password (WPA2 or WPA3) or a network cable.</source>
        <translation>비밀번호가 있는 집의 Wi-Fi(WPA2 또는 WPA3)나 랜선을 사용해 주세요.</translation>
    </message>
    <message>
        <source>This Wi-Fi uses weak protection.</source>
        <translation>이 Wi-Fi는 보안이 약합니다.</translation>
    </message>
    <message>
        <source>If it is your router, set it to WPA2 or WPA3 (AES).</source>
        <translation>본인의 공유기라면 WPA2 또는 WPA3(AES)로 설정해 주세요.</translation>
    </message>
    <message>
        <source>This looks like a free or public Wi-Fi hotspot.</source>
        <translation>무료 또는 공공 Wi-Fi 핫스팟으로 보입니다.</translation>
    </message>
    <message>
        <source>Counselling is private: use your home network, not a public one.</source>
        <translation>상담은 사적인 내용입니다. 공공 네트워크가 아닌 집의 네트워크를 사용해 주세요.</translation>
    </message>
    <message>
        <source>Windows treats this network as a public network.</source>
        <translation>Windows가 이 네트워크를 공용 네트워크로 취급하고 있습니다.</translation>
    </message>
    <message>
        <source>If you are at a café, station or hotel, go home first. At home, you can set this network to Private.</source>
        <translation>카페, 역, 호텔 등에 있다면 먼저 집으로 가 주세요. 집에서는 이 네트워크를 &quot;개인&quot;으로 설정할 수 있습니다.</translation>
    </message>
    <message>
        <source>Connected by cable.</source>
        <translation>유선(랜선)으로 연결되어 있습니다.</translation>
    </message>
    <message>
        <source>Connected by Wi-Fi.</source>
        <translation>Wi-Fi로 연결되어 있습니다.</translation>
    </message>
    <message>
        <source>Connected by mobile data. A 30-minute video call uses a lot of data.</source>
        <translation>모바일 데이터로 연결되어 있습니다. 30분 영상 통화는 데이터를 많이 사용합니다.</translation>
    </message>
    <message>
        <source>Connected through a VPN.</source>
        <translation>VPN을 통해 연결되어 있습니다.</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>연결되어 있습니다.</translation>
    </message>
    <message>
        <source>%1 no longer gets security updates.</source>
        <translation>%1은(는) 더 이상 보안 업데이트를 받지 않습니다.</translation>
    </message>
    <message>
        <source>Update to a newer version. Open the update settings to start.</source>
        <translation>새 버전으로 업데이트해 주세요. 먼저 업데이트 설정을 열어 주세요.</translation>
    </message>
    <message>
        <source>%1 is a current version.</source>
        <translation>%1은(는) 현재 지원되는 버전입니다.</translation>
    </message>
    <message>
        <source>%1: its support dates are not known yet.</source>
        <translation>%1: 지원 기간이 아직 알려지지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 probably no longer gets security updates.</source>
        <translation>%1은(는) 더 이상 보안 업데이트를 받지 않는 것 같습니다.</translation>
    </message>
    <message>
        <source>%1 stopped getting security updates on %2.</source>
        <translation>%1의 보안 업데이트는 %2에 종료되었습니다.</translation>
    </message>
    <message>
        <source>%1 gets security updates only until %2.</source>
        <translation>%1의 보안 업데이트는 %2까지만 제공됩니다.</translation>
    </message>
    <message>
        <source>Plan to update to a newer version before then.</source>
        <translation>그 전에 새 버전으로 업데이트할 계획을 세워 주세요.</translation>
    </message>
    <message>
        <source>%1 is supported until %2.</source>
        <translation>%1은(는) %2까지 지원됩니다.</translation>
    </message>
    <message>
        <source>%1 is a server system, not a PC system.</source>
        <translation>%1은(는) 서버용 운영 체제이며, PC용이 아닙니다.</translation>
    </message>
    <message>
        <source>Use a PC with Windows 11 or a Mac if you can.</source>
        <translation>가능하면 Windows 11 PC나 Mac을 사용해 주세요.</translation>
    </message>
    <message>
        <source>Open Windows Update and install the updates.</source>
        <translation>Windows 업데이트를 열고 업데이트를 설치해 주세요.</translation>
    </message>
    <message>
        <source>The last update was installed %1 days ago.</source>
        <translation>마지막 업데이트 설치는 %1일 전입니다.</translation>
    </message>
    <message>
        <source>%1 has updates waiting to be installed.</source>
        <translation>%1에 설치를 기다리는 업데이트가 있습니다.</translation>
    </message>
    <message>
        <source>%1: this app cannot tell whether it still gets security updates.</source>
        <translation>%1: 아직 보안 업데이트를 받는지 이 앱에서는 알 수 없습니다.</translation>
    </message>
    <message>
        <source>Install your system&apos;s updates regularly.</source>
        <translation>시스템 업데이트를 정기적으로 설치해 주세요.</translation>
    </message>
    <message>
        <source>No battery: the computer runs on mains power.</source>
        <translation>배터리 없음: 컴퓨터가 콘센트 전원으로 작동합니다.</translation>
    </message>
    <message>
        <source>The power cable is connected.</source>
        <translation>전원 케이블이 연결되어 있습니다.</translation>
    </message>
    <message>
        <source>The battery is low (%1 %).</source>
        <translation>배터리가 부족합니다(%1 %).</translation>
    </message>
    <message>
        <source>Connect the power cable before the session.</source>
        <translation>상담 전에 전원 케이블을 연결해 주세요.</translation>
    </message>
    <message>
        <source>Running on battery. Connecting the power cable for the session is safer.</source>
        <translation>배터리로 작동 중입니다. 상담 중에는 전원 케이블을 연결하는 것이 더 안전합니다.</translation>
    </message>
    <message>
        <source>The processor is very busy (%1 %).</source>
        <translation>프로세서 사용량이 매우 높습니다(%1 %).</translation>
    </message>
    <message>
        <source>Memory is nearly full (%1 %).</source>
        <translation>메모리가 거의 가득 찼습니다(%1 %).</translation>
    </message>
    <message>
        <source>Close programs and browser tabs you do not need, then check again.</source>
        <translation>필요 없는 프로그램과 브라우저 탭을 닫은 후 다시 점검해 주세요.</translation>
    </message>
    <message>
        <source>The computer has enough free capacity.</source>
        <translation>컴퓨터에 여유 용량이 충분합니다.</translation>
    </message>
    <message>
        <source>A file-sharing (P2P) program is running: %1.</source>
        <translation>파일 공유(P2P) 프로그램이 실행 중입니다: %1.</translation>
    </message>
    <message>
        <source>Quit it and, if you can, uninstall it. Then check again.</source>
        <translation>프로그램을 종료하고, 가능하면 삭제해 주세요. 그런 다음 다시 점검해 주세요.</translation>
    </message>
    <message>
        <source>A screen recording program is running: %1.</source>
        <translation>화면 녹화 프로그램이 실행 중입니다: %1.</translation>
    </message>
    <message>
        <source>Recording the counselling is not allowed. Quit the program before the session.</source>
        <translation>상담 녹화는 허용되지 않습니다. 상담 전에 프로그램을 종료해 주세요.</translation>
    </message>
    <message>
        <source>No recording or file-sharing programs are running.</source>
        <translation>실행 중인 녹화 또는 파일 공유 프로그램이 없습니다.</translation>
    </message>
    <message>
        <source>The Zoom app is not installed.</source>
        <translation>Zoom 앱이 설치되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>Install Zoom Workplace from zoom.us, then check again.</source>
        <translation>zoom.us에서 Zoom Workplace를 설치한 후 다시 점검해 주세요.</translation>
    </message>
    <message>
        <source>Zoom is installed, but its version could not be read.</source>
        <translation>Zoom이 설치되어 있지만 버전을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>Open Zoom once before the session so it can update itself.</source>
        <translation>상담 전에 Zoom을 한 번 열어서 자동으로 업데이트되게 해 주세요.</translation>
    </message>
    <message>
        <source>Zoom %1 is too old to join meetings (needs %2 or newer).</source>
        <translation>Zoom %1은(는) 너무 오래되어 회의에 참가할 수 없습니다(%2 이상 필요).</translation>
    </message>
    <message>
        <source>Open Zoom and choose Check for Updates, or install it again from zoom.us.</source>
        <translation>Zoom을 열고 &quot;업데이트 확인&quot;을 선택하거나 zoom.us에서 다시 설치해 주세요.</translation>
    </message>
    <message>
        <source>Zoom %1 is installed.</source>
        <translation>Zoom %1이(가) 설치되어 있습니다.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>정상</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>주의</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>문제 있음</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>Device check, %1 (hwclient %2, %3)</source>
        <translation>기기 점검, %1 (hwclient %2, %3)</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>결과: %1</translation>
    </message>
</context>
<context>
    <name>Companions</name>
    <message>
        <source>No one: I will be alone in a private room.</source>
        <translation>없음: 다른 사람이 없는 방에 혼자 있겠습니다.</translation>
    </message>
    <message>
        <source>a family member</source>
        <translation>가족</translation>
    </message>
    <message>
        <source>a support worker</source>
        <translation>지원 담당자</translation>
    </message>
    <message>
        <source>an interpreter</source>
        <translation>통역사</translation>
    </message>
    <message>
        <source>a carer</source>
        <translation>간병인</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>그 밖의 사람</translation>
    </message>
</context>
<context>
    <name>CompanionsEditor</name>
    <message>
        <source>Please be in a private room during the session. If someone will be with you, tick who it is, so the counsellor knows:</source>
        <translation>상담 중에는 다른 사람이 없는 방에 있어 주세요. 함께 있을 사람이 있다면, 상담원이 알 수 있도록 해당하는 사람에 체크해 주세요:</translation>
    </message>
    <message>
        <source>A &amp;family member</source>
        <translation>가족(&amp;F)</translation>
    </message>
    <message>
        <source>A &amp;support worker</source>
        <translation>지원 담당자(&amp;S)</translation>
    </message>
    <message>
        <source>An &amp;interpreter, for this language:</source>
        <translation>통역사, 통역 언어(&amp;I):</translation>
    </message>
    <message>
        <source>A &amp;carer</source>
        <translation>간병인(&amp;C)</translation>
    </message>
    <message>
        <source>Someone &amp;else (please say who):</source>
        <translation>그 밖의 사람(누구인지 적어 주세요)(&amp;E):</translation>
    </message>
    <message>
        <source>Language of the interpreter</source>
        <translation>통역 언어</translation>
    </message>
    <message>
        <source>Who else will be with you</source>
        <translation>그 밖에 함께 있을 사람</translation>
    </message>
    <message>
        <source>For example: a friend</source>
        <translation>예: 친구</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <source>Starting now</source>
        <translation>곧 시작합니다</translation>
    </message>
    <message>
        <source>Starts in {time}</source>
        <translation>{time} 후에 시작합니다</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n일</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n시간</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n분</numerusform>
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
        <translation>이 버전의 앱에는 데모가 포함되어 있지 않습니다. 헬로워크에서 받은 서버 주소를 사용해 주세요.</translation>
    </message>
</context>
<context>
    <name>DemoMailbox</name>
    <message>
        <source>Demo mailbox</source>
        <translation>데모 메일함</translation>
    </message>
    <message>
        <source>In the demo, mails are not really sent. They appear here instead. Select a mail to read it, and click its link to continue.</source>
        <translation>데모에서는 이메일이 실제로 발송되지 않고 여기에 표시됩니다. 이메일을 선택해 읽고, 그 안의 링크를 클릭하여 계속 진행해 주세요.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>To</source>
        <translation>받는 사람</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Mails, newest first</source>
        <translation>이메일(최신순)</translation>
    </message>
    <message>
        <source>Text of the selected mail</source>
        <translation>선택한 이메일 본문</translation>
    </message>
    <message>
        <source>No mails yet. Register an account to receive one.</source>
        <translation>아직 이메일이 없습니다. 계정을 등록하면 여기에서 이메일을 받을 수 있습니다.</translation>
    </message>
    <message>
        <source>This mail has no text.</source>
        <translation>이 이메일에는 본문이 없습니다.</translation>
    </message>
    <message>
        <source>Completing your registration…</source>
        <translation>등록을 완료하는 중…</translation>
    </message>
    <message>
        <source>Your registration is complete. You can sign in now.</source>
        <translation>등록이 완료되었습니다. 이제 로그인할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>DeviceCheckPage</name>
    <message>
        <source>Check my device</source>
        <translation>기기 점검</translation>
    </message>
    <message>
        <source>Let&apos;s check that your PC is ready for a video session. You should see yourself, the bar should move when you speak, and you should hear the test sound.</source>
        <translation>컴퓨터로 영상 상담을 할 수 있는지 확인해 봅시다. 내 모습이 보이고, 말하면 막대가 움직이고, 테스트 소리가 들리면 됩니다.</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>마이크</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>마이크 음량</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>스피커</translation>
    </message>
    <message>
        <source>&amp;Play test sound</source>
        <translation>테스트 소리 재생(&amp;P)</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>다시 점검(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>계속(&amp;C)</translation>
    </message>
    <message>
        <source>No microphone found. Connect a headset or a microphone.</source>
        <translation>마이크를 찾을 수 없습니다. 헤드셋이나 마이크를 연결해 주세요.</translation>
    </message>
    <message>
        <source>We can hear you.</source>
        <translation>목소리가 잘 들립니다.</translation>
    </message>
    <message>
        <source>Say something: the bar should move.</source>
        <translation>무엇이든 말해 보세요. 막대가 움직여야 합니다.</translation>
    </message>
    <message>
        <source>The microphone could not be started. Close other apps using it.</source>
        <translation>마이크를 켤 수 없습니다. 마이크를 사용 중인 다른 앱을 닫아 주세요.</translation>
    </message>
    <message>
        <source>No speakers found. Connect speakers or headphones.</source>
        <translation>스피커를 찾을 수 없습니다. 스피커나 헤드폰을 연결해 주세요.</translation>
    </message>
    <message>
        <source>Did you hear a chime? If not, turn up the volume and play it again.</source>
        <translation>알림음이 들렸나요? 들리지 않았다면 음량을 높이고 다시 재생해 주세요.</translation>
    </message>
    <message>
        <source>Press the button: you should hear a short chime.</source>
        <translation>버튼을 누르면 짧은 알림음이 들립니다.</translation>
    </message>
    <message numerus="yes">
        <source>Checking your PC… %n of %1 done.</source>
        <translation>
            <numerusform>컴퓨터를 점검하는 중… %1개 중 %n개 완료.</numerusform>
        </translation>
    </message>
    <message>
        <source>The check is finished.</source>
        <translation>점검이 끝났습니다.</translation>
    </message>
    <message>
        <source>Some things must be fixed before your session. See the steps below.</source>
        <translation>상담 전에 반드시 고쳐야 할 것이 있습니다. 아래 단계를 확인해 주세요.</translation>
    </message>
    <message>
        <source>Your PC can be used, but some things need attention.</source>
        <translation>컴퓨터를 사용할 수 있지만, 확인이 필요한 부분이 있습니다.</translation>
    </message>
    <message>
        <source>Your PC is ready for the session.</source>
        <translation>상담 준비가 되었습니다.</translation>
    </message>
    <message>
        <source>The result was sent to your Hello Work office.</source>
        <translation>점검 결과를 헬로워크에 보냈습니다.</translation>
    </message>
</context>
<context>
    <name>ForgotPage</name>
    <message>
        <source>Forgot your password?</source>
        <translation>비밀번호를 잊으셨나요?</translation>
    </message>
    <message>
        <source>For your safety, passwords are not reset by e-mail, and accounts are not issued again. Please phone your Hello Work office. They will check who you are and help you.</source>
        <translation>안전을 위해 이메일로 비밀번호를 재설정하지 않으며, 계정을 다시 발급하지도 않습니다. 헬로워크에 전화해 주세요. 본인 확인 후 도와드립니다.</translation>
    </message>
    <message>
        <source>When you call, say that you use the online counselling app and forgot your password. Have your Hello Work card (with your job-seeker number) ready.</source>
        <translation>전화할 때 온라인 상담 앱을 사용하고 있는데 비밀번호를 잊어버렸다고 말씀해 주세요. 헬로워크 접수표(구직번호가 적혀 있음)를 준비해 주세요.</translation>
    </message>
    <message>
        <source>Hello Work offices</source>
        <translation>헬로워크 목록</translation>
    </message>
    <message>
        <source>&amp;Back to sign in</source>
        <translation>로그인으로 돌아가기(&amp;B)</translation>
    </message>
    <message>
        <source>The phone number of your office is on your Hello Work card and on the Hello Work website.</source>
        <translation>헬로워크 전화번호는 헬로워크 접수표와 헬로워크 웹사이트에 나와 있습니다.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Home</source>
        <translation>홈</translation>
    </message>
    <message>
        <source>Your next session</source>
        <translation>다음 상담</translation>
    </message>
    <message>
        <source>&amp;Join the session</source>
        <translation>상담 참가하기(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Book a session</source>
        <translation>상담 예약하기(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;My bookings</source>
        <translation>내 예약(&amp;M)</translation>
    </message>
    <message>
        <source>You have no session booked.</source>
        <translation>예약된 상담이 없습니다.</translation>
    </message>
    <message>
        <source>&amp;Check my device</source>
        <translation>기기 점검하기(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>다시 시도(&amp;T)</translation>
    </message>
    <message>
        <source>Hello, {name}.</source>
        <translation>{name} 님, 안녕하세요.</translation>
    </message>
    <message>
        <source>Office: {office}</source>
        <translation>헬로워크: {office}</translation>
    </message>
    <message>
        <source>Office: {office} (phone {phone})</source>
        <translation>헬로워크: {office}(전화 {phone})</translation>
    </message>
    <message>
        <source>With you: {who}</source>
        <translation>동석자: {who}</translation>
    </message>
    <message>
        <source>Please check your camera, microphone and PC before the session.</source>
        <translation>상담 전에 카메라, 마이크, 컴퓨터를 점검해 주세요.</translation>
    </message>
    <message>
        <source>Your last device check found problems. Please fix them and check again.</source>
        <translation>지난 기기 점검에서 문제가 발견되었습니다. 문제를 해결한 후 다시 점검해 주세요.</translation>
    </message>
    <message>
        <source>Joining is open now. Press Join the session.</source>
        <translation>지금 참가할 수 있습니다. &quot;상담 참가하기&quot;를 눌러 주세요.</translation>
    </message>
    <message>
        <source>You can join from {time} (10 minutes before the start).</source>
        <translation>{time}부터 참가할 수 있습니다(시작 10분 전).</translation>
    </message>
    <message>
        <source>The time to join has passed. If you could not join, please phone the office: {phone}</source>
        <translation>참가 가능 시간이 지났습니다. 참가하지 못했다면 헬로워크에 전화해 주세요: {phone}</translation>
    </message>
</context>
<context>
    <name>JobSeekerNumber</name>
    <message>
        <source>Please enter your job-seeker number. It is on your Hello Work card.</source>
        <translation>구직번호(求職番号)를 입력해 주세요. 헬로워크 접수표에 적혀 있습니다.</translation>
    </message>
    <message>
        <source>Please use only numbers and one hyphen, like {example}.</source>
        <translation>숫자와 하이픈 한 개만 사용해 주세요. 예: {example}</translation>
    </message>
    <message>
        <source>Please use only one hyphen, after the first 5 numbers, like {example}.</source>
        <translation>하이픈은 처음 숫자 5자리 뒤에 한 개만 넣어 주세요. 예: {example}</translation>
    </message>
    <message>
        <source>The part before the hyphen has 5 numbers, like {example}.</source>
        <translation>하이픈 앞은 숫자 5자리입니다. 예: {example}</translation>
    </message>
    <message>
        <source>The part after the hyphen has 1 to 8 numbers, like {example}.</source>
        <translation>하이픈 뒤는 숫자 1~8자리입니다. 예: {example}</translation>
    </message>
</context>
<context>
    <name>JoinPage</name>
    <message>
        <source>Join the session</source>
        <translation>상담 참가하기</translation>
    </message>
    <message>
        <source>Before you join, please confirm each point:</source>
        <translation>참가하기 전에 각 항목을 확인해 주세요:</translation>
    </message>
    <message>
        <source>I am in a private room, or everyone with me was declared in the booking.</source>
        <translation>나는 다른 사람이 없는 방에 있거나, 함께 있는 사람을 모두 예약할 때 알렸습니다.</translation>
    </message>
    <message>
        <source>I will not record the session (no screen or sound recording).</source>
        <translation>상담을 녹화하지 않겠습니다(화면 녹화나 녹음을 하지 않음).</translation>
    </message>
    <message>
        <source>&amp;Open Zoom and join</source>
        <translation>Zoom 열고 참가하기(&amp;O)</translation>
    </message>
    <message>
        <source>My name in Zoom will be my registered name: {name}. The counsellor checks it with my job-seeker number.</source>
        <translation>Zoom에서 내 이름은 등록한 이름 {name}(으)로 합니다. 상담원이 구직번호와 함께 확인합니다.</translation>
    </message>
    <message>
        <source>{when} with {office}</source>
        <translation>{when}, {office}</translation>
    </message>
    <message>
        <source>Declared in your booking: {who}</source>
        <translation>예약할 때 알린 동석자: {who}</translation>
    </message>
    <message>
        <source>Zoom could not be opened. Please install Zoom or try another browser.</source>
        <translation>Zoom을 열 수 없습니다. Zoom을 설치하거나 다른 브라우저를 사용해 보세요.</translation>
    </message>
    <message>
        <source>Zoom is opening. If nothing happens, open the meeting in your browser.</source>
        <translation>Zoom을 여는 중입니다. 아무 일도 일어나지 않으면 브라우저에서 회의를 열어 주세요.</translation>
    </message>
    <message>
        <source>The meeting is opening in your browser.</source>
        <translation>브라우저에서 회의를 여는 중입니다.</translation>
    </message>
    <message>
        <source>Open in &amp;browser</source>
        <translation>브라우저에서 열기(&amp;B)</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Choose the language for this app. You can change it later in Settings.</source>
        <translation>이 앱에서 사용할 언어를 선택해 주세요. 나중에 &quot;설정&quot;에서 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>계속(&amp;C)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Hello Work online counselling</source>
        <translation>헬로워크 온라인 직업 상담</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 뒤로(&amp;B)</translation>
    </message>
    <message>
        <source>Back to the previous step</source>
        <translation>이전 단계로 돌아가기</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>&amp;App</source>
        <translation>앱(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostic info for the help desk</source>
        <translation>헬프데스크용 진단 정보 복사(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;About this app</source>
        <translation>이 앱 정보(&amp;A)</translation>
    </message>
    <message>
        <source>Demo &amp;mailbox</source>
        <translation>데모 메일함(&amp;M)</translation>
    </message>
    <message>
        <source>Demo mode: nothing here is real. Sign in with {email} and the password {password}.</source>
        <translation>데모 모드: 여기 있는 내용은 모두 실제가 아닙니다. 다음 정보로 로그인해 주세요. 이메일: {email}, 비밀번호: {password}</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Check my device</source>
        <translation>기기 점검</translation>
    </message>
    <message>
        <source>Terms of use</source>
        <translation>이용 약관</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>로그인</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>홈</translation>
    </message>
    <message>
        <source>Book a session</source>
        <translation>상담 예약하기</translation>
    </message>
    <message>
        <source>My bookings</source>
        <translation>내 예약</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>내 계정</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Could not reach the Hello Work service. Check your internet connection, then press Try again. You can check your device meanwhile.</source>
        <translation>헬로워크 서비스에 연결할 수 없습니다. 인터넷 연결을 확인한 후 &quot;다시 시도&quot;를 눌러 주세요. 그동안 기기 점검을 할 수 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>다시 시도(&amp;T)</translation>
    </message>
    <message>
        <source>You were signed out. Please sign in again to continue where you were.</source>
        <translation>로그아웃되었습니다. 하던 곳에서 계속하려면 다시 로그인해 주세요.</translation>
    </message>
    <message>
        <source>Diagnostic info copied. You can paste it into a mail to the help desk.</source>
        <translation>진단 정보를 복사했습니다. 헬프데스크에 보내는 이메일에 붙여 넣을 수 있습니다.</translation>
    </message>
    <message>
        <source>About this app</source>
        <translation>이 앱 정보</translation>
    </message>
    <message>
        <source>Hello Work online counselling, version {version}</source>
        <translation>헬로워크 온라인 직업 상담, 버전 {version}</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>문제가 발생했습니다</translation>
    </message>
    <message>
        <source>Something went wrong in the app. Please try again. If it happens again, copy the diagnostic info and send it to the help desk.</source>
        <translation>앱에 문제가 발생했습니다. 다시 시도해 주세요. 또 발생하면 진단 정보를 복사하여 헬프데스크에 보내 주세요.</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostic info</source>
        <translation>진단 정보 복사(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Meeting</name>
    <message>
        <source>The meeting link from the service does not look like a Zoom link, so the app did not open it. Please phone your Hello Work office.</source>
        <translation>서비스에서 받은 회의 링크가 Zoom 링크가 아닌 것 같아 앱에서 열지 않았습니다. 헬로워크에 전화해 주세요.</translation>
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
        <translation>헬로워크에 전화해 주세요: {phone}.</translation>
    </message>
    <message>
        <source>Please phone your Hello Work office.</source>
        <translation>헬로워크에 전화해 주세요.</translation>
    </message>
    <message>
        <source>Some information is missing or not in the right form.</source>
        <translation>빠진 정보가 있거나 형식이 맞지 않는 정보가 있습니다.</translation>
    </message>
    <message>
        <source>Please check the marked fields and try again.</source>
        <translation>표시된 항목을 확인한 후 다시 시도해 주세요.</translation>
    </message>
    <message>
        <source>This password is too easy to guess.</source>
        <translation>이 비밀번호는 너무 쉽게 추측할 수 있습니다.</translation>
    </message>
    <message>
        <source>Please choose a password of at least 10 characters that is not your e-mail address and not a common word.</source>
        <translation>10자 이상이고, 이메일 주소나 흔한 단어가 아닌 비밀번호를 정해 주세요.</translation>
    </message>
    <message>
        <source>Please choose a harder password.</source>
        <translation>더 어려운 비밀번호를 정해 주세요.</translation>
    </message>
    <message>
        <source>This link does not work any more. It may be older than 24 hours or used already.</source>
        <translation>이 링크는 더 이상 사용할 수 없습니다. 24시간이 지났거나 이미 사용되었을 수 있습니다.</translation>
    </message>
    <message>
        <source>Please register again to get a new link, or sign in if you already finished.</source>
        <translation>새 링크를 받으려면 다시 등록해 주세요. 이미 등록을 마쳤다면 로그인해 주세요.</translation>
    </message>
    <message>
        <source>The e-mail address or the password is not right.</source>
        <translation>이메일 주소 또는 비밀번호가 맞지 않습니다.</translation>
    </message>
    <message>
        <source>Please check both and try again. Capital letters count.</source>
        <translation>둘 다 확인한 후 다시 시도해 주세요. 대문자와 소문자를 구분합니다.</translation>
    </message>
    <message>
        <source>Please check your password.</source>
        <translation>비밀번호를 확인해 주세요.</translation>
    </message>
    <message>
        <source>Your registration is not finished yet.</source>
        <translation>아직 등록이 끝나지 않았습니다.</translation>
    </message>
    <message>
        <source>Please open the link in the e-mail we sent you. We can send the e-mail again.</source>
        <translation>저희가 보낸 이메일의 링크를 열어 주세요. 이메일을 다시 보낼 수도 있습니다.</translation>
    </message>
    <message>
        <source>Sign-in is paused after several wrong passwords, to protect your account.</source>
        <translation>비밀번호를 여러 번 잘못 입력하여 계정 보호를 위해 로그인이 일시 중지되었습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Please try again in %n minute(s). If you forgot your password, phone your office.</source>
        <translation>
            <numerusform>%n분 후에 다시 시도해 주세요. 비밀번호를 잊었다면 헬로워크에 전화해 주세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>You have been signed out.</source>
        <translation>로그아웃되었습니다.</translation>
    </message>
    <message>
        <source>Please sign in again. Nothing you typed is lost.</source>
        <translation>다시 로그인해 주세요. 입력한 내용은 사라지지 않습니다.</translation>
    </message>
    <message>
        <source>The terms of use changed while you were reading them.</source>
        <translation>읽는 동안 이용 약관이 변경되었습니다.</translation>
    </message>
    <message>
        <source>Please read the new version and agree again.</source>
        <translation>새 버전을 읽고 다시 동의해 주세요.</translation>
    </message>
    <message>
        <source>Before booking, please agree to the current terms of use.</source>
        <translation>예약하기 전에 현재 이용 약관에 동의해 주세요.</translation>
    </message>
    <message>
        <source>We will show you the terms, then bring you back here.</source>
        <translation>이용 약관을 보여 드린 후 이곳으로 다시 돌아옵니다.</translation>
    </message>
    <message>
        <source>This version of the app is too old to use the service.</source>
        <translation>이 버전의 앱은 너무 오래되어 서비스를 이용할 수 없습니다.</translation>
    </message>
    <message>
        <source>Please install the new version. Your bookings are kept.</source>
        <translation>새 버전을 설치해 주세요. 예약은 그대로 유지됩니다.</translation>
    </message>
    <message>
        <source>We could not find this any more. It may have been removed.</source>
        <translation>더 이상 찾을 수 없습니다. 삭제되었을 수 있습니다.</translation>
    </message>
    <message>
        <source>Please go back and try again.</source>
        <translation>뒤로 돌아가서 다시 시도해 주세요.</translation>
    </message>
    <message>
        <source>Someone just booked this time. Please choose another time.</source>
        <translation>방금 다른 사람이 이 시간을 예약했습니다. 다른 시간을 선택해 주세요.</translation>
    </message>
    <message>
        <source>Other free times are shown below.</source>
        <translation>아래에 다른 빈 시간이 표시되어 있습니다.</translation>
    </message>
    <message>
        <source>You already have a session on {date}. Only one session a day is possible.</source>
        <translation>{date}에 이미 상담이 있습니다. 상담은 하루에 한 번만 가능합니다.</translation>
    </message>
    <message>
        <source>You already have a session on that day. Only one session a day is possible.</source>
        <translation>그날 이미 상담이 있습니다. 상담은 하루에 한 번만 가능합니다.</translation>
    </message>
    <message>
        <source>Please choose another day.</source>
        <translation>다른 날짜를 선택해 주세요.</translation>
    </message>
    <message>
        <source>Booking is paused until {date} because sessions were missed.</source>
        <translation>상담 불참이 있어 {date}까지 예약이 정지되었습니다.</translation>
    </message>
    <message>
        <source>Booking is paused for your account because sessions were missed.</source>
        <translation>상담 불참이 있어 이 계정의 예약이 정지되었습니다.</translation>
    </message>
    <message>
        <source>Your office has paused online sessions for your account, often because residence status details need checking.</source>
        <translation>헬로워크에서 이 계정의 온라인 상담 이용을 보류했습니다. 주로 재류 자격 등의 확인이 필요한 경우입니다.</translation>
    </message>
    <message>
        <source>The session has already started, so it cannot be cancelled in the app.</source>
        <translation>상담이 이미 시작되어 앱에서 취소할 수 없습니다.</translation>
    </message>
    <message>
        <source>This booking is no longer active. It may have been cancelled.</source>
        <translation>이 예약은 더 이상 유효하지 않습니다. 취소되었을 수 있습니다.</translation>
    </message>
    <message>
        <source>Please look at My bookings for its current state.</source>
        <translation>&quot;내 예약&quot;에서 현재 상태를 확인해 주세요.</translation>
    </message>
    <message>
        <source>Your booking request changed while it was being sent.</source>
        <translation>예약 요청을 보내는 동안 내용이 바뀌었습니다.</translation>
    </message>
    <message>
        <source>Please check My bookings, then try again.</source>
        <translation>&quot;내 예약&quot;을 확인한 후 다시 시도해 주세요.</translation>
    </message>
    <message>
        <source>You can join from {time} on {date} (10 minutes before the start).</source>
        <translation>{date} {time}부터 참가할 수 있습니다(시작 10분 전).</translation>
    </message>
    <message>
        <source>You can join from 10 minutes before the start until 10 minutes after it.</source>
        <translation>시작 10분 전부터 시작 10분 후까지 참가할 수 있습니다.</translation>
    </message>
    <message>
        <source>Please come back then.</source>
        <translation>그때 다시 와 주세요.</translation>
    </message>
    <message>
        <source>What you sent is too long for the service.</source>
        <translation>보낸 내용이 너무 길어서 서비스에서 받을 수 없습니다.</translation>
    </message>
    <message>
        <source>Please make the note or text shorter and try again.</source>
        <translation>메모나 글을 줄인 후 다시 시도해 주세요.</translation>
    </message>
    <message>
        <source>Something changed on the service while you were working.</source>
        <translation>작업하는 동안 서비스의 내용이 바뀌었습니다.</translation>
    </message>
    <message>
        <source>Please go back, look again, and try once more.</source>
        <translation>뒤로 돌아가서 다시 확인한 후 한 번 더 시도해 주세요.</translation>
    </message>
    <message>
        <source>The app and the service do not understand each other.</source>
        <translation>앱과 서비스가 서로 통신할 수 없습니다.</translation>
    </message>
    <message>
        <source>Please install the newest version of the app.</source>
        <translation>앱의 최신 버전을 설치해 주세요.</translation>
    </message>
    <message>
        <source>We could not reach the service.</source>
        <translation>서비스에 연결할 수 없습니다.</translation>
    </message>
    <message>
        <source>Please check your internet connection and try again. Nothing you typed is lost.</source>
        <translation>인터넷 연결을 확인한 후 다시 시도해 주세요. 입력한 내용은 사라지지 않습니다.</translation>
    </message>
    <message>
        <source>The service has a problem right now.</source>
        <translation>지금 서비스에 문제가 있습니다.</translation>
    </message>
    <message>
        <source>Please try again in a few minutes. Nothing you typed is lost.</source>
        <translation>몇 분 후에 다시 시도해 주세요. 입력한 내용은 사라지지 않습니다.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>문제가 발생했습니다.</translation>
    </message>
    <message>
        <source>Please try again. If it happens again, phone your Hello Work office.</source>
        <translation>다시 시도해 주세요. 또 발생하면 헬로워크에 전화해 주세요.</translation>
    </message>
    <message>
        <source>Please enter an e-mail address like name@example.jp.</source>
        <translation>name@example.jp와 같은 형식으로 이메일 주소를 입력해 주세요.</translation>
    </message>
    <message>
        <source>Please choose a password of at least 10 characters.</source>
        <translation>10자 이상의 비밀번호를 정해 주세요.</translation>
    </message>
    <message>
        <source>Please enter your name.</source>
        <translation>이름을 입력해 주세요.</translation>
    </message>
    <message>
        <source>Please enter your name in kana, or leave it empty.</source>
        <translation>이름을 가타카나로 입력하거나 비워 두세요.</translation>
    </message>
    <message>
        <source>Please enter a phone number with digits only, or leave it empty.</source>
        <translation>전화번호는 숫자만 입력하거나 비워 두세요.</translation>
    </message>
    <message>
        <source>Please enter the number as 5 digits, a hyphen, then up to 8 digits.</source>
        <translation>번호는 숫자 5자리, 하이픈, 최대 8자리 숫자 순서로 입력해 주세요.</translation>
    </message>
    <message>
        <source>Please make the note shorter (500 characters at most).</source>
        <translation>메모를 줄여 주세요(최대 500자).</translation>
    </message>
    <message>
        <source>Please enter your current password.</source>
        <translation>현재 비밀번호를 입력해 주세요.</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Page</source>
        <translation>페이지</translation>
    </message>
</context>
<context>
    <name>PasswordEdit</name>
    <message>
        <source>Hide</source>
        <translation>숨기기</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>보기</translation>
    </message>
    <message>
        <source>Hide the password</source>
        <translation>비밀번호 숨기기</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>비밀번호 보기</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Please use at least 10 characters.</source>
        <translation>10자 이상 입력해 주세요.</translation>
    </message>
    <message>
        <source>Please do not use your e-mail address as the password.</source>
        <translation>이메일 주소를 비밀번호로 사용하지 마세요.</translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation>계정 만들기</translation>
    </message>
    <message>
        <source>Fill in your details. Fields marked (optional) can be left empty. We will send you an e-mail with a link to finish the registration.</source>
        <translation>정보를 입력해 주세요. (선택 사항)으로 표시된 항목은 비워 두어도 됩니다. 등록을 마칠 수 있는 링크를 이메일로 보내 드립니다.</translation>
    </message>
    <message>
        <source>&amp;Name (as registered at Hello Work)</source>
        <translation>이름(헬로워크에 등록한 이름)(&amp;N)</translation>
    </message>
    <message>
        <source>Name in &amp;kana (optional)</source>
        <translation>이름 가타카나(선택 사항)(&amp;K)</translation>
    </message>
    <message>
        <source>Example: ハロー タロウ</source>
        <translation>예: ハロー タロウ</translation>
    </message>
    <message>
        <source>&amp;E-mail address</source>
        <translation>이메일 주소(&amp;E)</translation>
    </message>
    <message>
        <source>Example: name@example.jp</source>
        <translation>예: name@example.jp</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>비밀번호(&amp;P)</translation>
    </message>
    <message>
        <source>At least 10 characters, not your e-mail address, not a common word. Tip: three or four words you can remember, like &apos;blue tea morning walk&apos;.</source>
        <translation>10자 이상, 이메일 주소나 흔한 단어는 사용할 수 없습니다. 팁: 기억하기 쉬운 단어 3~4개를 이어 보세요. 예: &quot;paran cha achim sanchaek&quot;.</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>비밀번호 확인(&amp;A)</translation>
    </message>
    <message>
        <source>Type the same password again.</source>
        <translation>같은 비밀번호를 한 번 더 입력해 주세요.</translation>
    </message>
    <message>
        <source>&amp;Job-seeker number (optional)</source>
        <translation>구직번호(求職番号)(선택 사항)(&amp;J)</translation>
    </message>
    <message>
        <source>It is on your Hello Work card (求職番号): 5 digits, a hyphen, then up to 8 digits, for example 12345-12345678. Full-width digits are fine.</source>
        <translation>헬로워크 접수표에 적혀 있습니다(求職番号). 숫자 5자리, 하이픈, 최대 8자리 숫자입니다. 예: 12345-12345678. 전각 숫자도 괜찮습니다.</translation>
    </message>
    <message>
        <source>P&amp;hone number (optional)</source>
        <translation>전화번호(선택 사항)(&amp;H)</translation>
    </message>
    <message>
        <source>Example: 090-1234-5678</source>
        <translation>예: 090-1234-5678</translation>
    </message>
    <message>
        <source>A&amp;ddress (optional)</source>
        <translation>주소(선택 사항)(&amp;D)</translation>
    </message>
    <message>
        <source>Create my &amp;account</source>
        <translation>내 계정 만들기(&amp;A)</translation>
    </message>
    <message>
        <source>I already have an account: &amp;sign in</source>
        <translation>이미 계정이 있습니다: 로그인(&amp;S)</translation>
    </message>
    <message>
        <source>Please enter your name.</source>
        <translation>이름을 입력해 주세요.</translation>
    </message>
    <message>
        <source>Please enter an e-mail address like name@example.jp.</source>
        <translation>name@example.jp와 같은 형식으로 이메일 주소를 입력해 주세요.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>비밀번호 두 개가 서로 다릅니다.</translation>
    </message>
</context>
<context>
    <name>ReminderNotifier</name>
    <message>
        <source>Your counselling session is tomorrow</source>
        <translation>내일 직업 상담이 있습니다</translation>
    </message>
    <message>
        <source>{when}, {office}. Please check your device before the session.</source>
        <translation>{when}, {office}. 상담 전에 기기를 점검해 주세요.</translation>
    </message>
    <message>
        <source>Check my device now</source>
        <translation>지금 기기 점검하기</translation>
    </message>
    <message>
        <source>Your session starts in 30 minutes</source>
        <translation>30분 후에 상담이 시작됩니다</translation>
    </message>
    <message>
        <source>{when}, {office}. Check your camera and microphone now.</source>
        <translation>{when}, {office}. 지금 카메라와 마이크를 점검해 주세요.</translation>
    </message>
    <message>
        <source>You can join your session now</source>
        <translation>지금 상담에 참가할 수 있습니다</translation>
    </message>
    <message>
        <source>{when}, {office}. Open the app and press Join.</source>
        <translation>{when}, {office}. 앱을 열고 &quot;상담 참가하기&quot;를 눌러 주세요.</translation>
    </message>
    <message>
        <source>Go to Join</source>
        <translation>참가 화면으로</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Your settings could not be saved. Check that the disk is not full, then try again.</source>
        <translation>설정을 저장할 수 없습니다. 디스크가 가득 차지 않았는지 확인한 후 다시 시도해 주세요.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>알림</translation>
    </message>
    <message>
        <source>Remind me the &amp;day before my session</source>
        <translation>상담 전날 알림 받기(&amp;D)</translation>
    </message>
    <message>
        <source>Remind me &amp;30 minutes before, to check my device</source>
        <translation>30분 전에 기기 점검 알림 받기(&amp;3)</translation>
    </message>
    <message>
        <source>Tell me when I can &amp;join</source>
        <translation>참가할 수 있을 때 알림 받기(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when the window is closed (for reminders)</source>
        <translation>창을 닫아도 알림을 위해 트레이에서 계속 실행(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>서버 주소(&amp;S):</translation>
    </message>
    <message>
        <source>Use this &amp;address</source>
        <translation>이 주소 사용(&amp;A)</translation>
    </message>
    <message>
        <source>Change the server address only if your Hello Work office asks you to.</source>
        <translation>헬로워크에서 요청한 경우에만 서버 주소를 바꿔 주세요.</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostic info for the help desk</source>
        <translation>헬프데스크용 진단 정보 복사(&amp;C)</translation>
    </message>
    <message>
        <source>Right now the app is using {url}.</source>
        <translation>현재 앱이 사용하는 주소: {url}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>저장했습니다.</translation>
    </message>
    <message>
        <source>This does not look like a web address. Please check it and try again.</source>
        <translation>웹 주소가 아닌 것 같습니다. 확인한 후 다시 시도해 주세요.</translation>
    </message>
    <message>
        <source>Saved. The app will use this address the next time it starts.</source>
        <translation>저장했습니다. 다음에 앱을 시작할 때부터 이 주소를 사용합니다.</translation>
    </message>
    <message>
        <source>Diagnostic info copied. You can paste it into a mail to the help desk.</source>
        <translation>진단 정보를 복사했습니다. 헬프데스크에 보내는 이메일에 붙여 넣을 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation>로그인</translation>
    </message>
    <message>
        <source>Sign in with the e-mail address and password you registered with.</source>
        <translation>등록할 때 사용한 이메일 주소와 비밀번호로 로그인해 주세요.</translation>
    </message>
    <message>
        <source>Demo: the demo account {email} is already filled in.</source>
        <translation>데모: 데모 계정({email})이 이미 입력되어 있습니다.</translation>
    </message>
    <message>
        <source>&amp;E-mail address</source>
        <translation>이메일 주소(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>비밀번호(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>로그인(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Create an account</source>
        <translation>계정 만들기(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Forgot your password?</source>
        <translation>비밀번호를 잊으셨나요?(&amp;F)</translation>
    </message>
    <message>
        <source>Your account and your personal data are deleted. Thank you for using the service.</source>
        <translation>계정과 개인 정보가 삭제되었습니다. 서비스를 이용해 주셔서 감사합니다.</translation>
    </message>
    <message>
        <source>Please enter your e-mail address.</source>
        <translation>이메일 주소를 입력해 주세요.</translation>
    </message>
    <message>
        <source>Please enter your password.</source>
        <translation>비밀번호를 입력해 주세요.</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>지금 할 일</translation>
    </message>
</context>
<context>
    <name>SlotCalendar</name>
    <message>
        <source>Calendar: days in bold have free times</source>
        <translation>캘린더: 굵게 표시된 날짜에 빈 시간이 있습니다</translation>
    </message>
    <message>
        <source>Free times on the chosen day</source>
        <translation>선택한 날짜의 빈 시간</translation>
    </message>
    <message numerus="yes">
        <source>%n free time(s)</source>
        <translation>
            <numerusform>빈 시간 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>You already have a session on this day. Only one session a day is possible.</source>
        <translation>이날 이미 상담이 있습니다. 상담은 하루에 한 번만 가능합니다.</translation>
    </message>
    <message>
        <source>Choose a time:</source>
        <translation>시간을 선택해 주세요:</translation>
    </message>
    <message>
        <source>Looking for free times…</source>
        <translation>빈 시간을 찾는 중…</translation>
    </message>
    <message>
        <source>No free times on this day. Days in bold have free times.</source>
        <translation>이날에는 빈 시간이 없습니다. 굵게 표시된 날짜에 빈 시간이 있습니다.</translation>
    </message>
    <message>
        <source>{start} – {end}   ({places})</source>
        <translation>{start} – {end}   ({places})</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) left</source>
        <translation>
            <numerusform>남은 자리 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusRow</name>
    <message>
        <source>OK</source>
        <translation>정상</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>확인 필요</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>문제 있음</translation>
    </message>
    <message>
        <source>Could not check</source>
        <translation>점검 불가</translation>
    </message>
    <message>
        <source>What to do: {remedy}</source>
        <translation>해결 방법: {remedy}</translation>
    </message>
    <message>
        <source>Open the &amp;setting</source>
        <translation>설정 열기(&amp;S)</translation>
    </message>
    <message>
        <source>More &amp;information</source>
        <translation>자세한 정보(&amp;I)</translation>
    </message>
</context>
<context>
    <name>TermsPage</name>
    <message>
        <source>Terms of use</source>
        <translation>이용 약관</translation>
    </message>
    <message>
        <source>I have read the terms of use and I &amp;agree to them.</source>
        <translation>이용 약관을 읽었으며 이에 동의합니다(&amp;A)</translation>
    </message>
    <message>
        <source>The sessions take place in Zoom. Please also read Zoom&apos;s &lt;a href=&quot;{terms}&quot;&gt;terms of service&lt;/a&gt; and &lt;a href=&quot;{privacy}&quot;&gt;privacy statement&lt;/a&gt;.</source>
        <translation>상담은 Zoom으로 진행됩니다. Zoom의 &lt;a href=&quot;{terms}&quot;&gt;서비스 약관&lt;/a&gt;과 &lt;a href=&quot;{privacy}&quot;&gt;개인정보 처리방침&lt;/a&gt;도 읽어 주세요.</translation>
    </message>
    <message>
        <source>I accept &amp;Zoom&apos;s terms of service and privacy statement.</source>
        <translation>Zoom의 서비스 약관과 개인정보 처리방침에 동의합니다(&amp;Z)</translation>
    </message>
    <message>
        <source>Agree and &amp;continue</source>
        <translation>동의하고 계속(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>다시 시도(&amp;T)</translation>
    </message>
    <message>
        <source>Terms of use text</source>
        <translation>이용 약관 본문</translation>
    </message>
    <message>
        <source>Loading the terms of use…</source>
        <translation>이용 약관을 불러오는 중…</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;Version {version}, in effect from {date}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;버전 {version}, {date}부터 적용</translation>
    </message>
    <message>
        <source>The terms of use have changed since you last agreed. Please read them and agree again.</source>
        <translation>마지막으로 동의한 후 이용 약관이 변경되었습니다. 읽고 다시 동의해 주세요.</translation>
    </message>
    <message>
        <source>What changed: {summary}</source>
        <translation>변경 내용: {summary}</translation>
    </message>
    <message>
        <source>✓ You have read to the end.</source>
        <translation>✓ 끝까지 읽었습니다.</translation>
    </message>
    <message>
        <source>Please read the terms to the end (scroll down).</source>
        <translation>약관을 끝까지 읽어 주세요(아래로 스크롤).</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Hello Work online counselling</source>
        <translation>헬로워크 온라인 직업 상담</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>열기(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Check my device</source>
        <translation>기기 점검하기(&amp;C)</translation>
    </message>
    <message>
        <source>My &amp;bookings</source>
        <translation>내 예약(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>UpdatePrompt</name>
    <message>
        <source>A new version of this app ({version}) is available.</source>
        <translation>이 앱의 새 버전({version})이 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>다운로드(&amp;D)</translation>
    </message>
    <message>
        <source>Please update the app</source>
        <translation>앱을 업데이트해 주세요</translation>
    </message>
    <message>
        <source>This version of the app is too old to use the service. Please download and install the new version. Your bookings are kept.</source>
        <translation>이 버전의 앱은 너무 오래되어 서비스를 이용할 수 없습니다. 새 버전을 다운로드하여 설치해 주세요. 예약은 그대로 유지됩니다.</translation>
    </message>
    <message>
        <source>&amp;Download the new version</source>
        <translation>새 버전 다운로드(&amp;D)</translation>
    </message>
</context>
<context>
    <name>VerifySentPage</name>
    <message>
        <source>Check your e-mail</source>
        <translation>이메일을 확인해 주세요</translation>
    </message>
    <message>
        <source>One more step: open the link in your e-mail</source>
        <translation>한 단계 남았습니다: 이메일의 링크를 열어 주세요</translation>
    </message>
    <message>
        <source>We sent an e-mail to {email}.</source>
        <translation>{email}(으)로 이메일을 보냈습니다.</translation>
    </message>
    <message>
        <source>Open the link in it to finish your registration.</source>
        <translation>이메일의 링크를 열어 등록을 마쳐 주세요.</translation>
    </message>
    <message>
        <source>We sent you an e-mail. Open the link in it to finish your registration.</source>
        <translation>이메일을 보냈습니다. 이메일의 링크를 열어 등록을 마쳐 주세요.</translation>
    </message>
    <message>
        <source>• The link works for 24 hours.
• No e-mail after a few minutes? Look in the spam or junk folder.
• After opening the link, come back here and sign in.</source>
        <translation>• 링크는 24시간 동안 유효합니다.
• 몇 분이 지나도 이메일이 오지 않나요? 스팸 또는 정크 메일함을 확인해 주세요.
• 링크를 연 후 이곳으로 돌아와 로그인해 주세요.</translation>
    </message>
    <message>
        <source>Send the e-mail &amp;again</source>
        <translation>이메일 다시 보내기(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Register again</source>
        <translation>다시 등록하기(&amp;R)</translation>
    </message>
    <message>
        <source>I opened the link: &amp;sign in</source>
        <translation>링크를 열었습니다: 로그인(&amp;S)</translation>
    </message>
    <message>
        <source>We sent the e-mail again at {time}. Please look for the newest one.</source>
        <translation>{time}에 이메일을 다시 보냈습니다. 가장 최근 이메일을 확인해 주세요.</translation>
    </message>
</context>
</TS>
