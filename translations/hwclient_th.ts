<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH" sourcelanguage="en_US">
<context>
    <name>AccountPage</name>
    <message>
        <source>My account</source>
        <translation>บัญชีของฉัน</translation>
    </message>
    <message>
        <source>It has been a while since you changed your password. To keep your account safe, please choose a new one below.</source>
        <translation>คุณไม่ได้เปลี่ยนรหัสผ่านมานานแล้ว เพื่อความปลอดภัยของบัญชี กรุณาตั้งรหัสผ่านใหม่ด้านล่าง</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>ไว้ทีหลัง(&amp;L)</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>ข้อมูลของคุณ</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>ออกจากระบบ(&amp;O)</translation>
    </message>
    <message>
        <source>Change your password</source>
        <translation>เปลี่ยนรหัสผ่าน</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>รหัสผ่านปัจจุบัน(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>รหัสผ่านใหม่(&amp;N)</translation>
    </message>
    <message>
        <source>At least 10 characters, not your e-mail address, not a common word.</source>
        <translation>อย่างน้อย 10 ตัวอักษร ไม่ใช่ที่อยู่อีเมลของคุณ และไม่ใช่คำที่ใช้กันทั่วไป</translation>
    </message>
    <message>
        <source>New password &amp;again</source>
        <translation>รหัสผ่านใหม่อีกครั้ง(&amp;A)</translation>
    </message>
    <message>
        <source>C&amp;hange password</source>
        <translation>เปลี่ยนรหัสผ่าน(&amp;H)</translation>
    </message>
    <message>
        <source>Language and reminders</source>
        <translation>ภาษาและการแจ้งเตือน</translation>
    </message>
    <message>
        <source>&amp;Language of the app</source>
        <translation>ภาษาของแอป(&amp;L)</translation>
    </message>
    <message>
        <source>Remind me about my session:</source>
        <translation>แจ้งเตือนฉันเกี่ยวกับการปรึกษา:</translation>
    </message>
    <message>
        <source>The day &amp;before</source>
        <translation>หนึ่งวันก่อน(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;30 minutes before</source>
        <translation>30 นาทีก่อน(&amp;3)</translation>
    </message>
    <message>
        <source>When I can &amp;join</source>
        <translation>เมื่อเข้าร่วมได้(&amp;J)</translation>
    </message>
    <message>
        <source>Delete your account</source>
        <translation>ลบบัญชีของคุณ</translation>
    </message>
    <message>
        <source>This deletes your registration and personal data and cancels your future sessions. It cannot be undone. To use the service again, you would register again. Enter your password to confirm.</source>
        <translation>การดำเนินการนี้จะลบการลงทะเบียนและข้อมูลส่วนบุคคลของคุณ และยกเลิกการปรึกษาที่จองไว้ทั้งหมด ไม่สามารถย้อนกลับได้ หากต้องการใช้บริการอีก คุณต้องลงทะเบียนใหม่ กรุณาใส่รหัสผ่านเพื่อยืนยัน</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>รหัสผ่าน(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Delete my account…</source>
        <translation>ลบบัญชีของฉัน(&amp;D)…</translation>
    </message>
    <message>
        <source>Name: {name}</source>
        <translation>ชื่อ: {name}</translation>
    </message>
    <message>
        <source>E-mail: {email}</source>
        <translation>อีเมล: {email}</translation>
    </message>
    <message>
        <source>Job-seeker number: {number}</source>
        <translation>หมายเลขผู้หางาน (求職番号): {number}</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(ไม่ได้ระบุ)</translation>
    </message>
    <message>
        <source>Password last changed: {date}</source>
        <translation>เปลี่ยนรหัสผ่านล่าสุด: {date}</translation>
    </message>
    <message>
        <source>Please enter your current password.</source>
        <translation>กรุณาใส่รหัสผ่านปัจจุบัน</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>รหัสผ่านใหม่ทั้งสองช่องไม่ตรงกัน</translation>
    </message>
    <message>
        <source>Your password is changed. Other computers signed in to your account are signed out.</source>
        <translation>เปลี่ยนรหัสผ่านแล้ว คอมพิวเตอร์เครื่องอื่นที่เข้าสู่ระบบบัญชีของคุณอยู่ได้ออกจากระบบแล้ว</translation>
    </message>
    <message>
        <source>Please enter your password to confirm.</source>
        <translation>กรุณาใส่รหัสผ่านเพื่อยืนยัน</translation>
    </message>
    <message>
        <source>Delete your account?</source>
        <translation>ลบบัญชีของคุณหรือไม่</translation>
    </message>
    <message>
        <source>Do you really want to delete your account?</source>
        <translation>คุณต้องการลบบัญชีของคุณจริงหรือไม่</translation>
    </message>
    <message>
        <source>Your future sessions will be cancelled. This cannot be undone.</source>
        <translation>การปรึกษาที่จองไว้จะถูกยกเลิก ไม่สามารถย้อนกลับได้</translation>
    </message>
    <message>
        <source>&amp;Yes, delete my account</source>
        <translation>ใช่ ลบบัญชีของฉัน(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No, keep it</source>
        <translation>ไม่ เก็บไว้(&amp;N)</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation>เกิดข้อผิดพลาด กรุณาลองอีกครั้ง</translation>
    </message>
    <message>
        <source>This server address is not safe. It must start with https://. Please check the address your Hello Work office gave you.</source>
        <translation>ที่อยู่เซิร์ฟเวอร์นี้ไม่ปลอดภัย ต้องขึ้นต้นด้วย https:// กรุณาตรวจสอบที่อยู่ที่สำนักงาน Hello Work ให้ไว้</translation>
    </message>
    <message>
        <source>Could not reach the service. Please check your internet connection and try again.</source>
        <translation>ติดต่อบริการไม่ได้ กรุณาตรวจสอบการเชื่อมต่ออินเทอร์เน็ตแล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>The connection is not secure, so the app stopped. Check that your PC&apos;s date and time are correct, or try another network.</source>
        <translation>การเชื่อมต่อไม่ปลอดภัย แอปจึงหยุดทำงาน กรุณาตรวจสอบว่าวันที่และเวลาในคอมพิวเตอร์ถูกต้อง หรือลองใช้เครือข่ายอื่น</translation>
    </message>
    <message>
        <source>The service is busy or under maintenance. Please try again in a few minutes.</source>
        <translation>บริการกำลังมีผู้ใช้มากหรือกำลังปรับปรุงระบบ กรุณาลองอีกครั้งในอีกสักครู่</translation>
    </message>
    <message>
        <source>The service gave an answer the app does not understand. Please check the server address, or update the app.</source>
        <translation>บริการตอบกลับมาในรูปแบบที่แอปไม่เข้าใจ กรุณาตรวจสอบที่อยู่เซิร์ฟเวอร์ หรืออัปเดตแอป</translation>
    </message>
</context>
<context>
    <name>Booking</name>
    <message>
        <source>Booked</source>
        <translation>จองแล้ว</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
        <source>Cancelled by the office</source>
        <translation>สำนักงานยกเลิกแล้ว</translation>
    </message>
    <message>
        <source>Missed (you did not join)</source>
        <translation>ไม่มาตามนัด (คุณไม่ได้เข้าร่วม)</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>เข้าร่วมแล้ว</translation>
    </message>
    <message>
        <source>Unknown status. Please refresh.</source>
        <translation>ไม่ทราบสถานะ กรุณารีเฟรช</translation>
    </message>
    <message>
        <source>Online job counselling with {office}.</source>
        <translation>การปรึกษาเรื่องงานออนไลน์กับ {office}</translation>
    </message>
    <message>
        <source>Open the hwclient app and press Join from 10 minutes before the start.</source>
        <translation>เปิดแอป hwclient แล้วกด เข้าร่วม ได้ตั้งแต่ 10 นาทีก่อนเริ่ม</translation>
    </message>
    <message>
        <source>Have your job-seeker number ready.</source>
        <translation>กรุณาเตรียมหมายเลขผู้หางาน (求職番号) ไว้ให้พร้อม</translation>
    </message>
    <message>
        <source>To cancel on the day or if you have trouble, phone the office: {phone}</source>
        <translation>หากต้องการยกเลิกในวันนัดหรือมีปัญหา กรุณาโทรหาสำนักงาน: {phone}</translation>
    </message>
    <message>
        <source>Hello Work online counselling</source>
        <translation>การปรึกษาออนไลน์ Hello Work</translation>
    </message>
    <message>
        <source>{office} (online, Zoom)</source>
        <translation>{office} (ออนไลน์, Zoom)</translation>
    </message>
    <message>
        <source>Your counselling session starts in 30 minutes.</source>
        <translation>การปรึกษาของคุณจะเริ่มในอีก 30 นาที</translation>
    </message>
</context>
<context>
    <name>BookingCard</name>
    <message>
        <source>Office: {office}</source>
        <translation>สำนักงาน: {office}</translation>
    </message>
    <message>
        <source>Office phone: {phone}</source>
        <translation>โทรศัพท์สำนักงาน: {phone}</translation>
    </message>
    <message>
        <source>With you: {who}</source>
        <translation>ผู้ที่อยู่ด้วย: {who}</translation>
    </message>
    <message>
        <source>Reason from the office: {reason}</source>
        <translation>เหตุผลจากสำนักงาน: {reason}</translation>
    </message>
    <message>
        <source>&amp;Cancel this session</source>
        <translation>ยกเลิกการปรึกษานี้(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel the session on {when}</source>
        <translation>ยกเลิกการปรึกษาวันที่ {when}</translation>
    </message>
    <message>
        <source>Add to ca&amp;lendar</source>
        <translation>เพิ่มลงในปฏิทิน(&amp;L)</translation>
    </message>
    <message>
        <source>The session has started, so it cannot be cancelled in the app. To cancel or if you have trouble, please phone the office: {phone}</source>
        <translation>การปรึกษาเริ่มแล้ว จึงยกเลิกในแอปไม่ได้ หากต้องการยกเลิกหรือมีปัญหา กรุณาโทรหาสำนักงาน: {phone}</translation>
    </message>
    <message>
        <source>(see your Hello Work card)</source>
        <translation>(ดูที่บัตร Hello Work ของคุณ)</translation>
    </message>
</context>
<context>
    <name>BookingPage</name>
    <message>
        <source>{name} (your office)</source>
        <translation>{name} (สำนักงานของคุณ)</translation>
    </message>
    <message>
        <source>{prefecture} · Phone {phone}</source>
        <translation>{prefecture} · โทร {phone}</translation>
    </message>
    <message>
        <source>Languages: {languages}</source>
        <translation>ภาษา: {languages}</translation>
    </message>
    <message>
        <source>Book a session</source>
        <translation>จองการปรึกษา</translation>
    </message>
    <message>
        <source>Choose the Hello Work office for your online session.</source>
        <translation>เลือกสำนักงาน Hello Work สำหรับการปรึกษาออนไลน์</translation>
    </message>
    <message>
        <source>Choose a day, then a time. Days in bold have free times. Times are Japan time.</source>
        <translation>เลือกวัน แล้วเลือกเวลา วันที่เป็นตัวหนามีเวลาว่าง เวลาทั้งหมดเป็นเวลาญี่ปุ่น</translation>
    </message>
    <message>
        <source>&amp;Note for the counsellor (optional), for example what you want to talk about:</source>
        <translation>หมายเหตุถึงเจ้าหน้าที่ให้คำปรึกษา (ไม่บังคับ) เช่น เรื่องที่คุณต้องการปรึกษา(&amp;N):</translation>
    </message>
    <message>
        <source>Please check the details. You can cancel in the app until the session starts.</source>
        <translation>กรุณาตรวจสอบรายละเอียด คุณยกเลิกในแอปได้จนกว่าการปรึกษาจะเริ่ม</translation>
    </message>
    <message>
        <source>&lt; &amp;Previous step</source>
        <translation>&lt; ขั้นตอนก่อนหน้า(&amp;P)</translation>
    </message>
    <message>
        <source>Add to my &amp;calendar</source>
        <translation>เพิ่มลงในปฏิทินของฉัน(&amp;C)</translation>
    </message>
    <message>
        <source>See &amp;my bookings</source>
        <translation>ดูการจองของฉัน(&amp;M)</translation>
    </message>
    <message>
        <source>Step 1 of 4: choose an office</source>
        <translation>ขั้นตอนที่ 1 จาก 4: เลือกสำนักงาน</translation>
    </message>
    <message>
        <source>Step 2 of 4: choose a day and time</source>
        <translation>ขั้นตอนที่ 2 จาก 4: เลือกวันและเวลา</translation>
    </message>
    <message>
        <source>Step 3 of 4: who will be with you</source>
        <translation>ขั้นตอนที่ 3 จาก 4: ใครจะอยู่กับคุณ</translation>
    </message>
    <message>
        <source>Step 4 of 4: check and book</source>
        <translation>ขั้นตอนที่ 4 จาก 4: ตรวจสอบและจอง</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>จองแล้ว</translation>
    </message>
    <message>
        <source>&amp;Book this session</source>
        <translation>จองการปรึกษานี้(&amp;B)</translation>
    </message>
    <message>
        <source>Go to &amp;home</source>
        <translation>ไปหน้าหลัก(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>ถัดไป(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>{count} / {limit} characters</source>
        <translation>{count} / {limit} ตัวอักษร</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ไม่มี)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>วันเวลา</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>สำนักงาน</translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation>โทรศัพท์สำนักงาน</translation>
    </message>
    <message>
        <source>With you</source>
        <translation>ผู้ที่อยู่ด้วย</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>There are no other free times on {day}. Please choose another day.</source>
        <translation>ไม่มีเวลาว่างอื่นในวันที่ {day} แล้ว กรุณาเลือกวันอื่น</translation>
    </message>
    <message>
        <source>✓ Your session is booked.</source>
        <translation>✓ จองการปรึกษาเรียบร้อยแล้ว</translation>
    </message>
    <message>
        <source>{when}
{office}

We also sent you an e-mail. On the day, open this app and press Join from 10 minutes before the start.</source>
        <translation>{when}
{office}

เราได้ส่งอีเมลถึงคุณด้วย ในวันนัด กรุณาเปิดแอปนี้แล้วกด เข้าร่วม ได้ตั้งแต่ 10 นาทีก่อนเริ่ม</translation>
    </message>
    <message>
        <source>✓ Saved. Open the file to add the session to your calendar: {path}</source>
        <translation>✓ บันทึกแล้ว เปิดไฟล์เพื่อเพิ่มการปรึกษาลงในปฏิทินของคุณ: {path}</translation>
    </message>
</context>
<context>
    <name>BookingsPage</name>
    <message>
        <source>My bookings</source>
        <translation>การจองของฉัน</translation>
    </message>
    <message>
        <source>&amp;Upcoming</source>
        <translation>ที่กำลังจะมาถึง(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Past</source>
        <translation>ที่ผ่านมา(&amp;P)</translation>
    </message>
    <message>
        <source>You have no upcoming sessions.</source>
        <translation>คุณไม่มีการปรึกษาที่กำลังจะมาถึง</translation>
    </message>
    <message>
        <source>No past sessions yet.</source>
        <translation>ยังไม่มีการปรึกษาที่ผ่านมา</translation>
    </message>
    <message>
        <source>&amp;Book a session</source>
        <translation>จองการปรึกษา(&amp;B)</translation>
    </message>
    <message>
        <source>Cancel the session?</source>
        <translation>ยกเลิกการปรึกษาหรือไม่</translation>
    </message>
    <message>
        <source>Do you want to cancel your session on {when}?</source>
        <translation>คุณต้องการยกเลิกการปรึกษาวันที่ {when} หรือไม่</translation>
    </message>
    <message>
        <source>You can book another time afterwards.</source>
        <translation>คุณจองเวลาอื่นได้ภายหลัง</translation>
    </message>
    <message>
        <source>&amp;Yes, cancel it</source>
        <translation>ใช่ ยกเลิก(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No, keep it</source>
        <translation>ไม่ เก็บไว้(&amp;N)</translation>
    </message>
    <message>
        <source>Your session on {when} is cancelled.</source>
        <translation>ยกเลิกการปรึกษาวันที่ {when} แล้ว</translation>
    </message>
    <message>
        <source>Saved. Open the file to add the session to your calendar: {path}</source>
        <translation>บันทึกแล้ว เปิดไฟล์เพื่อเพิ่มการปรึกษาลงในปฏิทินของคุณ: {path}</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Save to your calendar</source>
        <translation>บันทึกลงในปฏิทินของคุณ</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>ไฟล์ปฏิทิน (*.ics)</translation>
    </message>
    <message>
        <source>The file could not be saved there. Please choose another folder.</source>
        <translation>บันทึกไฟล์ที่นั่นไม่ได้ กรุณาเลือกโฟลเดอร์อื่น</translation>
    </message>
</context>
<context>
    <name>CameraPreview</name>
    <message>
        <source>Camera picture</source>
        <translation>ภาพจากกล้อง</translation>
    </message>
    <message>
        <source>The camera picture will appear here.</source>
        <translation>ภาพจากกล้องจะแสดงที่นี่</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>กำลังเปิดกล้อง…</translation>
    </message>
    <message>
        <source>No camera found. Connect a webcam, or use a PC with a built-in camera, then press Check again.</source>
        <translation>ไม่พบกล้อง กรุณาต่อเว็บแคม หรือใช้คอมพิวเตอร์ที่มีกล้องในตัว แล้วกด ตรวจสอบอีกครั้ง</translation>
    </message>
    <message>
        <source>This app is not allowed to use the camera. Allow it in your PC&apos;s privacy settings, then press Check again.</source>
        <translation>แอปนี้ยังไม่ได้รับอนุญาตให้ใช้กล้อง กรุณาอนุญาตในการตั้งค่าความเป็นส่วนตัวของคอมพิวเตอร์ แล้วกด ตรวจสอบอีกครั้ง</translation>
    </message>
    <message>
        <source>The camera could not be started. It may be in use by another app (for example Zoom or Teams). Close that app, then press Check again.</source>
        <translation>เปิดกล้องไม่ได้ แอปอื่นอาจกำลังใช้กล้องอยู่ (เช่น Zoom หรือ Teams) กรุณาปิดแอปนั้น แล้วกด ตรวจสอบอีกครั้ง</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>Unknown check: %1. Known checks: %2.</source>
        <translation>ไม่รู้จักรายการตรวจสอบ: %1 รายการตรวจสอบที่มี: %2</translation>
    </message>
    <message>
        <source>The device check could not run. Please try again.</source>
        <translation>ไม่สามารถตรวจสอบอุปกรณ์ได้ กรุณาลองอีกครั้ง</translation>
    </message>
    <message>
        <source>The file %1 could not be opened.</source>
        <translation>เปิดไฟล์ %1 ไม่ได้</translation>
    </message>
    <message>
        <source>%1 is not a diagnostics bundle (it is not a zip file).</source>
        <translation>%1 ไม่ใช่ชุดข้อมูลวินิจฉัย (ไม่ใช่ไฟล์ zip)</translation>
    </message>
    <message>
        <source>%1 is not a diagnostics bundle from this app.</source>
        <translation>%1 ไม่ใช่ชุดข้อมูลวินิจฉัยจากแอปนี้</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of this app. Update the app to read it.</source>
        <translation>%1 สร้างจากแอปนี้เวอร์ชันที่ใหม่กว่า กรุณาอัปเดตแอปเพื่ออ่านไฟล์นี้</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read. Ask for a new bundle.</source>
        <translation>%1 เสียหายและอ่านไม่ได้ กรุณาขอชุดข้อมูลใหม่</translation>
    </message>
    <message>
        <source>The diagnostics bundle could not be saved to %1: %2</source>
        <translation>บันทึกชุดข้อมูลวินิจฉัยไปที่ %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>Diagnostics bundle saved: %1</source>
        <translation>บันทึกชุดข้อมูลวินิจฉัยแล้ว: %1</translation>
    </message>
    <message>
        <source>No server is set, so the report was not sent.</source>
        <translation>ยังไม่ได้ตั้งค่าเซิร์ฟเวอร์ จึงไม่ได้ส่งรายงาน</translation>
    </message>
    <message>
        <source>Sign in with the app first, then send the report again.</source>
        <translation>กรุณาเข้าสู่ระบบในแอปก่อน แล้วส่งรายงานอีกครั้ง</translation>
    </message>
    <message>
        <source>The report could not be sent. Check the connection and try again.</source>
        <translation>ส่งรายงานไม่ได้ กรุณาตรวจสอบการเชื่อมต่อแล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>Report sent (number %1).</source>
        <translation>ส่งรายงานแล้ว (หมายเลข %1)</translation>
    </message>
    <message>
        <source>Virus protection is turned off.</source>
        <translation>โปรแกรมป้องกันไวรัสปิดอยู่</translation>
    </message>
    <message>
        <source>Virus protection is turned off: %1.</source>
        <translation>โปรแกรมป้องกันไวรัสปิดอยู่: %1</translation>
    </message>
    <message>
        <source>Open your virus protection and turn real-time protection on.</source>
        <translation>เปิดโปรแกรมป้องกันไวรัส แล้วเปิดการป้องกันแบบเรียลไทม์</translation>
    </message>
    <message>
        <source>The virus definitions of %1 are out of date.</source>
        <translation>ข้อมูลไวรัสของ %1 ล้าสมัย</translation>
    </message>
    <message>
        <source>Open your virus protection and choose to check for updates.</source>
        <translation>เปิดโปรแกรมป้องกันไวรัส แล้วเลือกตรวจหาการอัปเดต</translation>
    </message>
    <message>
        <source>%1 is on and up to date.</source>
        <translation>%1 เปิดอยู่และอัปเดตล่าสุดแล้ว</translation>
    </message>
    <message>
        <source>Gatekeeper, the Mac&apos;s protection against harmful apps, is turned off.</source>
        <translation>Gatekeeper ซึ่งเป็นระบบป้องกันแอปอันตรายของ Mac ปิดอยู่</translation>
    </message>
    <message>
        <source>Ask someone you trust to turn it back on (Terminal: sudo spctl --master-enable).</source>
        <translation>กรุณาให้คนที่คุณไว้ใจช่วยเปิดกลับ (Terminal: sudo spctl --master-enable)</translation>
    </message>
    <message>
        <source>The Mac&apos;s built-in malware data was last updated %1 days ago.</source>
        <translation>ข้อมูลมัลแวร์ในตัวของ Mac อัปเดตล่าสุดเมื่อ %1 วันก่อน</translation>
    </message>
    <message>
        <source>Open Software Update and install the updates.</source>
        <translation>เปิด Software Update แล้วติดตั้งการอัปเดต</translation>
    </message>
    <message>
        <source>The Mac&apos;s built-in protection (Gatekeeper and XProtect) is on.</source>
        <translation>ระบบป้องกันในตัวของ Mac (Gatekeeper และ XProtect) เปิดอยู่</translation>
    </message>
    <message>
        <source>No virus scanner was found that this app can check.</source>
        <translation>ไม่พบโปรแกรมป้องกันไวรัสที่แอปนี้ตรวจสอบได้</translation>
    </message>
    <message>
        <source>Update them (for example with: sudo freshclam).</source>
        <translation>กรุณาอัปเดตข้อมูลไวรัส (เช่น ด้วยคำสั่ง: sudo freshclam)</translation>
    </message>
    <message>
        <source>This app (version %1) is too old to use the service.</source>
        <translation>แอปนี้ (เวอร์ชัน %1) เก่าเกินกว่าจะใช้บริการได้</translation>
    </message>
    <message>
        <source>Download and install the new version %1.</source>
        <translation>ดาวน์โหลดและติดตั้งเวอร์ชันใหม่ %1</translation>
    </message>
    <message>
        <source>A new version of this app is available: %1.</source>
        <translation>มีแอปนี้เวอร์ชันใหม่แล้ว: %1</translation>
    </message>
    <message>
        <source>This app is up to date (version %1).</source>
        <translation>แอปนี้เป็นเวอร์ชันล่าสุด (เวอร์ชัน %1)</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>กล้อง</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>ไมโครโฟน</translation>
    </message>
    <message>
        <source>Speakers or headphones</source>
        <translation>ลำโพงหรือหูฟัง</translation>
    </message>
    <message>
        <source>Operating system and updates</source>
        <translation>ระบบปฏิบัติการและการอัปเดต</translation>
    </message>
    <message>
        <source>Virus protection</source>
        <translation>โปรแกรมป้องกันไวรัส</translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation>ไฟร์วอลล์</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>เครือข่าย</translation>
    </message>
    <message>
        <source>Connection to the service and Zoom</source>
        <translation>การเชื่อมต่อกับบริการและ Zoom</translation>
    </message>
    <message>
        <source>Zoom app</source>
        <translation>แอป Zoom</translation>
    </message>
    <message>
        <source>This app</source>
        <translation>แอปนี้</translation>
    </message>
    <message>
        <source>Recording and file-sharing programs</source>
        <translation>โปรแกรมบันทึกภาพและแชร์ไฟล์</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>พลังงาน</translation>
    </message>
    <message>
        <source>Computer load</source>
        <translation>ภาระของคอมพิวเตอร์</translation>
    </message>
    <message>
        <source>This could not be checked on this computer.</source>
        <translation>ตรวจสอบรายการนี้บนคอมพิวเตอร์เครื่องนี้ไม่ได้</translation>
    </message>
    <message>
        <source>The check timed out before this computer answered.</source>
        <translation>หมดเวลาตรวจสอบก่อนที่คอมพิวเตอร์เครื่องนี้จะตอบกลับ</translation>
    </message>
    <message>
        <source>The tool needed for this check is not on this computer.</source>
        <translation>คอมพิวเตอร์เครื่องนี้ไม่มีเครื่องมือที่ต้องใช้ในการตรวจสอบนี้</translation>
    </message>
    <message>
        <source>The answer from this computer could not be read.</source>
        <translation>อ่านคำตอบจากคอมพิวเตอร์เครื่องนี้ไม่ได้</translation>
    </message>
    <message>
        <source>The counselling service cannot be reached.</source>
        <translation>ติดต่อบริการให้คำปรึกษาไม่ได้</translation>
    </message>
    <message>
        <source>Zoom cannot be reached.</source>
        <translation>ติดต่อ Zoom ไม่ได้</translation>
    </message>
    <message>
        <source>Check that the internet works (open a web page). At work or school, a network filter may block it: ask the administrator.</source>
        <translation>ตรวจสอบว่าอินเทอร์เน็ตใช้งานได้ (ลองเปิดเว็บเพจ) ที่ทำงานหรือสถานศึกษาอาจมีตัวกรองเครือข่ายที่บล็อกอยู่ กรุณาสอบถามผู้ดูแลระบบ</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is off by about %1 minutes.</source>
        <translation>นาฬิกาของคอมพิวเตอร์เครื่องนี้คลาดเคลื่อนประมาณ %1 นาที</translation>
    </message>
    <message>
        <source>Turn on &quot;Set time automatically&quot; in the date and time settings.</source>
        <translation>เปิด &quot;ตั้งเวลาอัตโนมัติ&quot; ในการตั้งค่าวันที่และเวลา</translation>
    </message>
    <message>
        <source>The connection is slow (%1 ms).</source>
        <translation>การเชื่อมต่อช้า (%1 ms)</translation>
    </message>
    <message>
        <source>Move closer to the Wi-Fi router or use a network cable.</source>
        <translation>ขยับเข้าใกล้เราเตอร์ Wi-Fi หรือใช้สายแลน</translation>
    </message>
    <message>
        <source>The service and Zoom can be reached, and the clock is right.</source>
        <translation>ติดต่อบริการและ Zoom ได้ และนาฬิกาถูกต้อง</translation>
    </message>
    <message>
        <source>Zoom can be reached, and the clock is right.</source>
        <translation>ติดต่อ Zoom ได้ และนาฬิกาถูกต้อง</translation>
    </message>
    <message>
        <source>No camera was found.</source>
        <translation>ไม่พบกล้อง</translation>
    </message>
    <message>
        <source>Connect a webcam, or check that the built-in camera is switched on (some laptops have a switch or a key for it). Then check again.</source>
        <translation>ต่อเว็บแคม หรือตรวจสอบว่ากล้องในตัวเปิดอยู่ (โน้ตบุ๊กบางรุ่นมีสวิตช์หรือปุ่มสำหรับกล้อง) แล้วตรวจสอบอีกครั้ง</translation>
    </message>
    <message>
        <source>A camera was found: %1. The picture is tested in the app.</source>
        <translation>พบกล้อง: %1 ภาพจะถูกทดสอบในแอป</translation>
    </message>
    <message>
        <source>This computer does not allow apps to use the camera.</source>
        <translation>คอมพิวเตอร์เครื่องนี้ไม่อนุญาตให้แอปใช้กล้อง</translation>
    </message>
    <message>
        <source>Open the camera privacy setting, allow apps (and this app) to use the camera, then check again.</source>
        <translation>เปิดการตั้งค่าความเป็นส่วนตัวของกล้อง อนุญาตให้แอป (และแอปนี้) ใช้กล้อง แล้วตรวจสอบอีกครั้ง</translation>
    </message>
    <message>
        <source>Another app is using the camera.</source>
        <translation>มีแอปอื่นกำลังใช้กล้องอยู่</translation>
    </message>
    <message>
        <source>Close other apps that may use the camera (Zoom, Teams, Skype, LINE, a browser tab), then check again.</source>
        <translation>ปิดแอปอื่นที่อาจใช้กล้อง (Zoom, Teams, Skype, LINE, แท็บเบราว์เซอร์) แล้วตรวจสอบอีกครั้ง</translation>
    </message>
    <message>
        <source>The camera works.</source>
        <translation>กล้องใช้งานได้</translation>
    </message>
    <message>
        <source>The camera did not send a picture.</source>
        <translation>กล้องไม่ส่งภาพมา</translation>
    </message>
    <message>
        <source>Check that the lens is not covered, unplug the camera and plug it in again, or restart the computer. Then check again.</source>
        <translation>ตรวจสอบว่าไม่มีอะไรบังเลนส์ ถอดกล้องแล้วเสียบใหม่ หรือรีสตาร์ทคอมพิวเตอร์ แล้วตรวจสอบอีกครั้ง</translation>
    </message>
    <message>
        <source>Found: %1.</source>
        <translation>พบ: %1</translation>
    </message>
    <message>
        <source>No microphone was found.</source>
        <translation>ไม่พบไมโครโฟน</translation>
    </message>
    <message>
        <source>Connect a headset or microphone, or allow microphone use in the privacy settings. Then check again.</source>
        <translation>ต่อชุดหูฟังหรือไมโครโฟน หรืออนุญาตให้ใช้ไมโครโฟนในการตั้งค่าความเป็นส่วนตัว แล้วตรวจสอบอีกครั้ง</translation>
    </message>
    <message>
        <source>No speakers or headphones were found.</source>
        <translation>ไม่พบลำโพงหรือหูฟัง</translation>
    </message>
    <message>
        <source>Connect headphones or speakers, or turn the sound on. Then check again.</source>
        <translation>ต่อหูฟังหรือลำโพง หรือเปิดเสียง แล้วตรวจสอบอีกครั้ง</translation>
    </message>
    <message>
        <source>The firewall is on.</source>
        <translation>ไฟร์วอลล์เปิดอยู่</translation>
    </message>
    <message>
        <source>The firewall is off for these networks: %1.</source>
        <translation>ไฟร์วอลล์ปิดอยู่สำหรับเครือข่ายเหล่านี้: %1</translation>
    </message>
    <message>
        <source>Open the firewall settings and turn the firewall on.</source>
        <translation>เปิดการตั้งค่าไฟร์วอลล์ แล้วเปิดไฟร์วอลล์</translation>
    </message>
    <message>
        <source>The Mac&apos;s firewall is off.</source>
        <translation>ไฟร์วอลล์ของ Mac ปิดอยู่</translation>
    </message>
    <message>
        <source>Open the Network settings, choose Firewall and turn it on.</source>
        <translation>เปิดการตั้งค่าเครือข่าย เลือกไฟร์วอลล์ แล้วเปิดใช้งาน</translation>
    </message>
    <message>
        <source>No firewall was found that this app can check.</source>
        <translation>ไม่พบไฟร์วอลล์ที่แอปนี้ตรวจสอบได้</translation>
    </message>
    <message>
        <source>This computer is not connected to a network.</source>
        <translation>คอมพิวเตอร์เครื่องนี้ไม่ได้เชื่อมต่อเครือข่าย</translation>
    </message>
    <message>
        <source>Connect to your home Wi-Fi or plug in a network cable, then check again.</source>
        <translation>เชื่อมต่อ Wi-Fi ที่บ้านหรือเสียบสายแลน แล้วตรวจสอบอีกครั้ง</translation>
    </message>
    <message>
        <source>This Wi-Fi has no password or uses old, unsafe protection.</source>
        <translation>Wi-Fi นี้ไม่มีรหัสผ่าน หรือใช้การป้องกันแบบเก่าที่ไม่ปลอดภัย</translation>
    </message>
    <message>
        <source>Use your home Wi-Fi with a password (WPA2 or WPA3) or a network cable.</source>
        <translation>ใช้ Wi-Fi ที่บ้านที่มีรหัสผ่าน (WPA2 หรือ WPA3) หรือใช้สายแลน</translation>
    </message>
    <message>
        <source>This Wi-Fi uses weak protection.</source>
        <translation>Wi-Fi นี้ใช้การป้องกันที่อ่อน</translation>
    </message>
    <message>
        <source>If it is your router, set it to WPA2 or WPA3 (AES).</source>
        <translation>หากเป็นเราเตอร์ของคุณ ให้ตั้งค่าเป็น WPA2 หรือ WPA3 (AES)</translation>
    </message>
    <message>
        <source>This looks like a free or public Wi-Fi hotspot.</source>
        <translation>ดูเหมือนจะเป็น Wi-Fi ฟรีหรือ Wi-Fi สาธารณะ</translation>
    </message>
    <message>
        <source>Counselling is private: use your home network, not a public one.</source>
        <translation>การปรึกษาเป็นเรื่องส่วนตัว กรุณาใช้เครือข่ายที่บ้าน ไม่ใช่เครือข่ายสาธารณะ</translation>
    </message>
    <message>
        <source>Windows treats this network as a public network.</source>
        <translation>Windows ถือว่าเครือข่ายนี้เป็นเครือข่ายสาธารณะ</translation>
    </message>
    <message>
        <source>If you are at a café, station or hotel, go home first. At home, you can set this network to Private.</source>
        <translation>หากคุณอยู่ที่ร้านกาแฟ สถานี หรือโรงแรม กรุณากลับบ้านก่อน เมื่ออยู่ที่บ้าน คุณตั้งค่าเครือข่ายนี้เป็นส่วนตัว (Private) ได้</translation>
    </message>
    <message>
        <source>Connected by cable.</source>
        <translation>เชื่อมต่อด้วยสายแลน</translation>
    </message>
    <message>
        <source>Connected by Wi-Fi.</source>
        <translation>เชื่อมต่อด้วย Wi-Fi</translation>
    </message>
    <message>
        <source>Connected by mobile data. A 30-minute video call uses a lot of data.</source>
        <translation>เชื่อมต่อด้วยอินเทอร์เน็ตมือถือ วิดีโอคอล 30 นาทีใช้ข้อมูลมาก</translation>
    </message>
    <message>
        <source>Connected through a VPN.</source>
        <translation>เชื่อมต่อผ่าน VPN</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>เชื่อมต่อแล้ว</translation>
    </message>
    <message>
        <source>%1 no longer gets security updates.</source>
        <translation>%1 ไม่ได้รับการอัปเดตความปลอดภัยแล้ว</translation>
    </message>
    <message>
        <source>Update to a newer version. Open the update settings to start.</source>
        <translation>อัปเดตเป็นเวอร์ชันที่ใหม่กว่า เปิดการตั้งค่าการอัปเดตเพื่อเริ่ม</translation>
    </message>
    <message>
        <source>%1 is a current version.</source>
        <translation>%1 เป็นเวอร์ชันปัจจุบัน</translation>
    </message>
    <message>
        <source>%1: its support dates are not known yet.</source>
        <translation>%1: ยังไม่ทราบระยะเวลาการสนับสนุน</translation>
    </message>
    <message>
        <source>%1 probably no longer gets security updates.</source>
        <translation>%1 อาจไม่ได้รับการอัปเดตความปลอดภัยแล้ว</translation>
    </message>
    <message>
        <source>%1 stopped getting security updates on %2.</source>
        <translation>%1 หยุดรับการอัปเดตความปลอดภัยตั้งแต่ %2</translation>
    </message>
    <message>
        <source>%1 gets security updates only until %2.</source>
        <translation>%1 จะได้รับการอัปเดตความปลอดภัยถึง %2 เท่านั้น</translation>
    </message>
    <message>
        <source>Plan to update to a newer version before then.</source>
        <translation>กรุณาวางแผนอัปเดตเป็นเวอร์ชันที่ใหม่กว่าก่อนถึงวันนั้น</translation>
    </message>
    <message>
        <source>%1 is supported until %2.</source>
        <translation>%1 ได้รับการสนับสนุนถึง %2</translation>
    </message>
    <message>
        <source>%1 is a server system, not a PC system.</source>
        <translation>%1 เป็นระบบสำหรับเซิร์ฟเวอร์ ไม่ใช่สำหรับคอมพิวเตอร์ส่วนตัว</translation>
    </message>
    <message>
        <source>Use a PC with Windows 11 or a Mac if you can.</source>
        <translation>หากเป็นไปได้ กรุณาใช้คอมพิวเตอร์ที่เป็น Windows 11 หรือ Mac</translation>
    </message>
    <message>
        <source>Open Windows Update and install the updates.</source>
        <translation>เปิด Windows Update แล้วติดตั้งการอัปเดต</translation>
    </message>
    <message>
        <source>The last update was installed %1 days ago.</source>
        <translation>ติดตั้งการอัปเดตครั้งล่าสุดเมื่อ %1 วันก่อน</translation>
    </message>
    <message>
        <source>%1 has updates waiting to be installed.</source>
        <translation>%1 มีการอัปเดตที่รอติดตั้งอยู่</translation>
    </message>
    <message>
        <source>%1: this app cannot tell whether it still gets security updates.</source>
        <translation>%1: แอปนี้ไม่ทราบว่ายังได้รับการอัปเดตความปลอดภัยอยู่หรือไม่</translation>
    </message>
    <message>
        <source>Install your system&apos;s updates regularly.</source>
        <translation>ติดตั้งการอัปเดตของระบบเป็นประจำ</translation>
    </message>
    <message>
        <source>No battery: the computer runs on mains power.</source>
        <translation>ไม่มีแบตเตอรี่: คอมพิวเตอร์ใช้ไฟบ้าน</translation>
    </message>
    <message>
        <source>The power cable is connected.</source>
        <translation>เสียบสายชาร์จอยู่</translation>
    </message>
    <message>
        <source>The battery is low (%1 %).</source>
        <translation>แบตเตอรี่เหลือน้อย (%1 %)</translation>
    </message>
    <message>
        <source>Connect the power cable before the session.</source>
        <translation>เสียบสายชาร์จก่อนเริ่มการปรึกษา</translation>
    </message>
    <message>
        <source>Running on battery. Connecting the power cable for the session is safer.</source>
        <translation>กำลังใช้แบตเตอรี่ เสียบสายชาร์จระหว่างการปรึกษาจะปลอดภัยกว่า</translation>
    </message>
    <message>
        <source>The processor is very busy (%1 %).</source>
        <translation>หน่วยประมวลผลทำงานหนักมาก (%1 %)</translation>
    </message>
    <message>
        <source>Memory is nearly full (%1 %).</source>
        <translation>หน่วยความจำใกล้เต็ม (%1 %)</translation>
    </message>
    <message>
        <source>Close programs and browser tabs you do not need, then check again.</source>
        <translation>ปิดโปรแกรมและแท็บเบราว์เซอร์ที่ไม่จำเป็น แล้วตรวจสอบอีกครั้ง</translation>
    </message>
    <message>
        <source>The computer has enough free capacity.</source>
        <translation>คอมพิวเตอร์มีกำลังเหลือเพียงพอ</translation>
    </message>
    <message>
        <source>A file-sharing (P2P) program is running: %1.</source>
        <translation>มีโปรแกรมแชร์ไฟล์ (P2P) ทำงานอยู่: %1</translation>
    </message>
    <message>
        <source>Quit it and, if you can, uninstall it. Then check again.</source>
        <translation>ปิดโปรแกรมนั้น และถอนการติดตั้งหากทำได้ แล้วตรวจสอบอีกครั้ง</translation>
    </message>
    <message>
        <source>A screen recording program is running: %1.</source>
        <translation>มีโปรแกรมบันทึกหน้าจอทำงานอยู่: %1</translation>
    </message>
    <message>
        <source>Recording the counselling is not allowed. Quit the program before the session.</source>
        <translation>ไม่อนุญาตให้บันทึกการปรึกษา กรุณาปิดโปรแกรมก่อนเริ่มการปรึกษา</translation>
    </message>
    <message>
        <source>No recording or file-sharing programs are running.</source>
        <translation>ไม่มีโปรแกรมบันทึกภาพหรือแชร์ไฟล์ทำงานอยู่</translation>
    </message>
    <message>
        <source>The Zoom app is not installed.</source>
        <translation>ยังไม่ได้ติดตั้งแอป Zoom</translation>
    </message>
    <message>
        <source>Install Zoom Workplace from zoom.us, then check again.</source>
        <translation>ติดตั้ง Zoom Workplace จาก zoom.us แล้วตรวจสอบอีกครั้ง</translation>
    </message>
    <message>
        <source>Zoom is installed, but its version could not be read.</source>
        <translation>ติดตั้ง Zoom แล้ว แต่อ่านเวอร์ชันไม่ได้</translation>
    </message>
    <message>
        <source>Open Zoom once before the session so it can update itself.</source>
        <translation>เปิด Zoom หนึ่งครั้งก่อนการปรึกษา เพื่อให้ Zoom อัปเดตตัวเอง</translation>
    </message>
    <message>
        <source>Zoom %1 is too old to join meetings (needs %2 or newer).</source>
        <translation>Zoom %1 เก่าเกินกว่าจะเข้าร่วมการประชุมได้ (ต้องเป็น %2 ขึ้นไป)</translation>
    </message>
    <message>
        <source>Open Zoom and choose Check for Updates, or install it again from zoom.us.</source>
        <translation>เปิด Zoom แล้วเลือก Check for Updates (ตรวจหาการอัปเดต) หรือติดตั้งใหม่จาก zoom.us</translation>
    </message>
    <message>
        <source>Zoom %1 is installed.</source>
        <translation>ติดตั้ง Zoom %1 แล้ว</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ปกติ</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>คำเตือน</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>มีปัญหา</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>ไม่ทราบ</translation>
    </message>
    <message>
        <source>Device check, %1 (hwclient %2, %3)</source>
        <translation>การตรวจสอบอุปกรณ์, %1 (hwclient %2, %3)</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>ผลลัพธ์: %1</translation>
    </message>
</context>
<context>
    <name>Companions</name>
    <message>
        <source>No one: I will be alone in a private room.</source>
        <translation>ไม่มีใคร: ฉันจะอยู่คนเดียวในห้องส่วนตัว</translation>
    </message>
    <message>
        <source>a family member</source>
        <translation>สมาชิกในครอบครัว</translation>
    </message>
    <message>
        <source>a support worker</source>
        <translation>เจ้าหน้าที่ช่วยเหลือ</translation>
    </message>
    <message>
        <source>an interpreter</source>
        <translation>ล่าม</translation>
    </message>
    <message>
        <source>a carer</source>
        <translation>ผู้ดูแล</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>บุคคลอื่น</translation>
    </message>
</context>
<context>
    <name>CompanionsEditor</name>
    <message>
        <source>Please be in a private room during the session. If someone will be with you, tick who it is, so the counsellor knows:</source>
        <translation>กรุณาอยู่ในห้องส่วนตัวระหว่างการปรึกษา หากมีผู้ที่อยู่ด้วย กรุณาเลือกว่าเป็นใคร เพื่อให้เจ้าหน้าที่ให้คำปรึกษาทราบ:</translation>
    </message>
    <message>
        <source>A &amp;family member</source>
        <translation>สมาชิกในครอบครัว(&amp;F)</translation>
    </message>
    <message>
        <source>A &amp;support worker</source>
        <translation>เจ้าหน้าที่ช่วยเหลือ(&amp;S)</translation>
    </message>
    <message>
        <source>An &amp;interpreter, for this language:</source>
        <translation>ล่าม สำหรับภาษานี้(&amp;I):</translation>
    </message>
    <message>
        <source>A &amp;carer</source>
        <translation>ผู้ดูแล(&amp;C)</translation>
    </message>
    <message>
        <source>Someone &amp;else (please say who):</source>
        <translation>บุคคลอื่น (กรุณาระบุว่าเป็นใคร)(&amp;E):</translation>
    </message>
    <message>
        <source>Language of the interpreter</source>
        <translation>ภาษาของล่าม</translation>
    </message>
    <message>
        <source>Who else will be with you</source>
        <translation>ใครอีกที่จะอยู่กับคุณ</translation>
    </message>
    <message>
        <source>For example: a friend</source>
        <translation>เช่น เพื่อน</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <source>Starting now</source>
        <translation>กำลังเริ่ม</translation>
    </message>
    <message>
        <source>Starts in {time}</source>
        <translation>เริ่มในอีก {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n วัน</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n ชั่วโมง</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n นาที</numerusform>
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
        <translation>แอปเวอร์ชันนี้ไม่มีโหมดสาธิต กรุณาใช้ที่อยู่เซิร์ฟเวอร์จากสำนักงาน Hello Work แทน</translation>
    </message>
</context>
<context>
    <name>DemoMailbox</name>
    <message>
        <source>Demo mailbox</source>
        <translation>กล่องจดหมายสาธิต</translation>
    </message>
    <message>
        <source>In the demo, mails are not really sent. They appear here instead. Select a mail to read it, and click its link to continue.</source>
        <translation>ในโหมดสาธิต อีเมลจะไม่ถูกส่งจริง แต่จะแสดงที่นี่แทน เลือกอีเมลเพื่ออ่าน แล้วคลิกลิงก์ในอีเมลเพื่อดำเนินการต่อ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>เวลา</translation>
    </message>
    <message>
        <source>To</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>หัวเรื่อง</translation>
    </message>
    <message>
        <source>Mails, newest first</source>
        <translation>อีเมล ใหม่สุดอยู่บน</translation>
    </message>
    <message>
        <source>Text of the selected mail</source>
        <translation>เนื้อหาของอีเมลที่เลือก</translation>
    </message>
    <message>
        <source>No mails yet. Register an account to receive one.</source>
        <translation>ยังไม่มีอีเมล ลงทะเบียนบัญชีเพื่อรับอีเมล</translation>
    </message>
    <message>
        <source>This mail has no text.</source>
        <translation>อีเมลนี้ไม่มีเนื้อหา</translation>
    </message>
    <message>
        <source>Completing your registration…</source>
        <translation>กำลังลงทะเบียนให้เสร็จ…</translation>
    </message>
    <message>
        <source>Your registration is complete. You can sign in now.</source>
        <translation>ลงทะเบียนเสร็จแล้ว คุณเข้าสู่ระบบได้เลย</translation>
    </message>
</context>
<context>
    <name>DeviceCheckPage</name>
    <message>
        <source>Check my device</source>
        <translation>ตรวจสอบอุปกรณ์ของฉัน</translation>
    </message>
    <message>
        <source>Let&apos;s check that your PC is ready for a video session. You should see yourself, the bar should move when you speak, and you should hear the test sound.</source>
        <translation>มาตรวจสอบกันว่าคอมพิวเตอร์ของคุณพร้อมสำหรับการปรึกษาผ่านวิดีโอหรือไม่ คุณควรเห็นตัวเอง แถบควรขยับเมื่อคุณพูด และคุณควรได้ยินเสียงทดสอบ</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>ไมโครโฟน</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>ระดับเสียงไมโครโฟน</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>ลำโพง</translation>
    </message>
    <message>
        <source>&amp;Play test sound</source>
        <translation>เล่นเสียงทดสอบ(&amp;P)</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>ตรวจสอบอีกครั้ง(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>ดำเนินการต่อ(&amp;C)</translation>
    </message>
    <message>
        <source>No microphone found. Connect a headset or a microphone.</source>
        <translation>ไม่พบไมโครโฟน กรุณาต่อชุดหูฟังหรือไมโครโฟน</translation>
    </message>
    <message>
        <source>We can hear you.</source>
        <translation>เราได้ยินเสียงคุณ</translation>
    </message>
    <message>
        <source>Say something: the bar should move.</source>
        <translation>ลองพูดอะไรสักอย่าง: แถบควรขยับ</translation>
    </message>
    <message>
        <source>The microphone could not be started. Close other apps using it.</source>
        <translation>เปิดไมโครโฟนไม่ได้ กรุณาปิดแอปอื่นที่ใช้ไมโครโฟนอยู่</translation>
    </message>
    <message>
        <source>No speakers found. Connect speakers or headphones.</source>
        <translation>ไม่พบลำโพง กรุณาต่อลำโพงหรือหูฟัง</translation>
    </message>
    <message>
        <source>Did you hear a chime? If not, turn up the volume and play it again.</source>
        <translation>คุณได้ยินเสียงกริ่งหรือไม่ ถ้าไม่ได้ยิน กรุณาเพิ่มระดับเสียงแล้วเล่นอีกครั้ง</translation>
    </message>
    <message>
        <source>Press the button: you should hear a short chime.</source>
        <translation>กดปุ่ม: คุณควรได้ยินเสียงกริ่งสั้น ๆ</translation>
    </message>
    <message numerus="yes">
        <source>Checking your PC… %n of %1 done.</source>
        <translation>
            <numerusform>กำลังตรวจสอบคอมพิวเตอร์… เสร็จแล้ว %n จาก %1 รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>The check is finished.</source>
        <translation>ตรวจสอบเสร็จแล้ว</translation>
    </message>
    <message>
        <source>Some things must be fixed before your session. See the steps below.</source>
        <translation>มีบางอย่างที่ต้องแก้ไขก่อนการปรึกษา ดูขั้นตอนด้านล่าง</translation>
    </message>
    <message>
        <source>Your PC can be used, but some things need attention.</source>
        <translation>คอมพิวเตอร์ของคุณใช้งานได้ แต่มีบางอย่างที่ควรดูแล</translation>
    </message>
    <message>
        <source>Your PC is ready for the session.</source>
        <translation>คอมพิวเตอร์ของคุณพร้อมสำหรับการปรึกษาแล้ว</translation>
    </message>
    <message>
        <source>The result was sent to your Hello Work office.</source>
        <translation>ส่งผลลัพธ์ไปยังสำนักงาน Hello Work ของคุณแล้ว</translation>
    </message>
</context>
<context>
    <name>ForgotPage</name>
    <message>
        <source>Forgot your password?</source>
        <translation>ลืมรหัสผ่านหรือไม่</translation>
    </message>
    <message>
        <source>For your safety, passwords are not reset by e-mail, and accounts are not issued again. Please phone your Hello Work office. They will check who you are and help you.</source>
        <translation>เพื่อความปลอดภัยของคุณ จะไม่มีการรีเซ็ตรหัสผ่านทางอีเมล และจะไม่ออกบัญชีให้ใหม่ กรุณาโทรหาสำนักงาน Hello Work ของคุณ เจ้าหน้าที่จะยืนยันตัวตนและช่วยเหลือคุณ</translation>
    </message>
    <message>
        <source>When you call, say that you use the online counselling app and forgot your password. Have your Hello Work card (with your job-seeker number) ready.</source>
        <translation>เมื่อโทร ให้แจ้งว่าคุณใช้แอปปรึกษาออนไลน์และลืมรหัสผ่าน กรุณาเตรียมบัตร Hello Work (ที่มีหมายเลขผู้หางาน (求職番号)) ไว้ให้พร้อม</translation>
    </message>
    <message>
        <source>Hello Work offices</source>
        <translation>สำนักงาน Hello Work</translation>
    </message>
    <message>
        <source>&amp;Back to sign in</source>
        <translation>กลับไปหน้าเข้าสู่ระบบ(&amp;B)</translation>
    </message>
    <message>
        <source>The phone number of your office is on your Hello Work card and on the Hello Work website.</source>
        <translation>หมายเลขโทรศัพท์ของสำนักงานอยู่บนบัตร Hello Work และบนเว็บไซต์ของ Hello Work</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Home</source>
        <translation>หน้าหลัก</translation>
    </message>
    <message>
        <source>Your next session</source>
        <translation>การปรึกษาครั้งถัดไป</translation>
    </message>
    <message>
        <source>&amp;Join the session</source>
        <translation>เข้าร่วมการปรึกษา(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Book a session</source>
        <translation>จองการปรึกษา(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;My bookings</source>
        <translation>การจองของฉัน(&amp;M)</translation>
    </message>
    <message>
        <source>You have no session booked.</source>
        <translation>คุณยังไม่ได้จองการปรึกษา</translation>
    </message>
    <message>
        <source>&amp;Check my device</source>
        <translation>ตรวจสอบอุปกรณ์ของฉัน(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>ลองอีกครั้ง(&amp;T)</translation>
    </message>
    <message>
        <source>Hello, {name}.</source>
        <translation>สวัสดี คุณ{name}</translation>
    </message>
    <message>
        <source>Office: {office}</source>
        <translation>สำนักงาน: {office}</translation>
    </message>
    <message>
        <source>Office: {office} (phone {phone})</source>
        <translation>สำนักงาน: {office} (โทร {phone})</translation>
    </message>
    <message>
        <source>With you: {who}</source>
        <translation>ผู้ที่อยู่ด้วย: {who}</translation>
    </message>
    <message>
        <source>Please check your camera, microphone and PC before the session.</source>
        <translation>กรุณาตรวจสอบกล้อง ไมโครโฟน และคอมพิวเตอร์ก่อนการปรึกษา</translation>
    </message>
    <message>
        <source>Your last device check found problems. Please fix them and check again.</source>
        <translation>การตรวจสอบอุปกรณ์ครั้งล่าสุดพบปัญหา กรุณาแก้ไขแล้วตรวจสอบอีกครั้ง</translation>
    </message>
    <message>
        <source>Joining is open now. Press Join the session.</source>
        <translation>เข้าร่วมได้แล้ว กด เข้าร่วมการปรึกษา</translation>
    </message>
    <message>
        <source>You can join from {time} (10 minutes before the start).</source>
        <translation>คุณเข้าร่วมได้ตั้งแต่ {time} (10 นาทีก่อนเริ่ม)</translation>
    </message>
    <message>
        <source>The time to join has passed. If you could not join, please phone the office: {phone}</source>
        <translation>เลยเวลาเข้าร่วมแล้ว หากคุณเข้าร่วมไม่ได้ กรุณาโทรหาสำนักงาน: {phone}</translation>
    </message>
</context>
<context>
    <name>JobSeekerNumber</name>
    <message>
        <source>Please enter your job-seeker number. It is on your Hello Work card.</source>
        <translation>กรุณาใส่หมายเลขผู้หางาน (求職番号) ซึ่งอยู่บนบัตร Hello Work ของคุณ</translation>
    </message>
    <message>
        <source>Please use only numbers and one hyphen, like {example}.</source>
        <translation>กรุณาใช้เฉพาะตัวเลขและขีดหนึ่งตัว เช่น {example}</translation>
    </message>
    <message>
        <source>Please use only one hyphen, after the first 5 numbers, like {example}.</source>
        <translation>กรุณาใช้ขีดเพียงตัวเดียว หลังตัวเลข 5 หลักแรก เช่น {example}</translation>
    </message>
    <message>
        <source>The part before the hyphen has 5 numbers, like {example}.</source>
        <translation>ส่วนก่อนขีดมีตัวเลข 5 หลัก เช่น {example}</translation>
    </message>
    <message>
        <source>The part after the hyphen has 1 to 8 numbers, like {example}.</source>
        <translation>ส่วนหลังขีดมีตัวเลข 1 ถึง 8 หลัก เช่น {example}</translation>
    </message>
</context>
<context>
    <name>JoinPage</name>
    <message>
        <source>Join the session</source>
        <translation>เข้าร่วมการปรึกษา</translation>
    </message>
    <message>
        <source>Before you join, please confirm each point:</source>
        <translation>ก่อนเข้าร่วม กรุณายืนยันทุกข้อ:</translation>
    </message>
    <message>
        <source>I am in a private room, or everyone with me was declared in the booking.</source>
        <translation>ฉันอยู่ในห้องส่วนตัว หรือได้แจ้งทุกคนที่อยู่ด้วยไว้ในการจองแล้ว</translation>
    </message>
    <message>
        <source>I will not record the session (no screen or sound recording).</source>
        <translation>ฉันจะไม่บันทึกการปรึกษา (ไม่บันทึกหน้าจอหรือเสียง)</translation>
    </message>
    <message>
        <source>&amp;Open Zoom and join</source>
        <translation>เปิด Zoom และเข้าร่วม(&amp;O)</translation>
    </message>
    <message>
        <source>My name in Zoom will be my registered name: {name}. The counsellor checks it with my job-seeker number.</source>
        <translation>ชื่อของฉันใน Zoom จะเป็นชื่อที่ลงทะเบียนไว้: {name} เจ้าหน้าที่ให้คำปรึกษาจะตรวจสอบกับหมายเลขผู้หางาน (求職番号) ของฉัน</translation>
    </message>
    <message>
        <source>{when} with {office}</source>
        <translation>{when} กับ {office}</translation>
    </message>
    <message>
        <source>Declared in your booking: {who}</source>
        <translation>ที่แจ้งไว้ในการจอง: {who}</translation>
    </message>
    <message>
        <source>Zoom could not be opened. Please install Zoom or try another browser.</source>
        <translation>เปิด Zoom ไม่ได้ กรุณาติดตั้ง Zoom หรือลองใช้เบราว์เซอร์อื่น</translation>
    </message>
    <message>
        <source>Zoom is opening. If nothing happens, open the meeting in your browser.</source>
        <translation>กำลังเปิด Zoom หากไม่มีอะไรเกิดขึ้น กรุณาเปิดการประชุมในเบราว์เซอร์</translation>
    </message>
    <message>
        <source>The meeting is opening in your browser.</source>
        <translation>กำลังเปิดการประชุมในเบราว์เซอร์ของคุณ</translation>
    </message>
    <message>
        <source>Open in &amp;browser</source>
        <translation>เปิดในเบราว์เซอร์(&amp;B)</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <source>Choose the language for this app. You can change it later in Settings.</source>
        <translation>เลือกภาษาสำหรับแอปนี้ คุณเปลี่ยนได้ภายหลังในการตั้งค่า</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>ดำเนินการต่อ(&amp;C)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Hello Work online counselling</source>
        <translation>การปรึกษาออนไลน์ Hello Work</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; ย้อนกลับ(&amp;B)</translation>
    </message>
    <message>
        <source>Back to the previous step</source>
        <translation>กลับไปขั้นตอนก่อนหน้า</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>ขั้นตอน</translation>
    </message>
    <message>
        <source>&amp;App</source>
        <translation>แอป(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ออก(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ความช่วยเหลือ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostic info for the help desk</source>
        <translation>คัดลอกข้อมูลวินิจฉัยสำหรับฝ่ายช่วยเหลือ(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;About this app</source>
        <translation>เกี่ยวกับแอปนี้(&amp;A)</translation>
    </message>
    <message>
        <source>Demo &amp;mailbox</source>
        <translation>กล่องจดหมายสาธิต(&amp;M)</translation>
    </message>
    <message>
        <source>Demo mode: nothing here is real. Sign in with {email} and the password {password}.</source>
        <translation>โหมดสาธิต: ทุกอย่างที่นี่ไม่ใช่ของจริง เข้าสู่ระบบด้วย {email} และรหัสผ่าน {password}</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <source>Check my device</source>
        <translation>ตรวจสอบอุปกรณ์ของฉัน</translation>
    </message>
    <message>
        <source>Terms of use</source>
        <translation>ข้อกำหนดการใช้งาน</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>เข้าสู่ระบบ</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>หน้าหลัก</translation>
    </message>
    <message>
        <source>Book a session</source>
        <translation>จองการปรึกษา</translation>
    </message>
    <message>
        <source>My bookings</source>
        <translation>การจองของฉัน</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>บัญชีของฉัน</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>การตั้งค่า</translation>
    </message>
    <message>
        <source>Could not reach the Hello Work service. Check your internet connection, then press Try again. You can check your device meanwhile.</source>
        <translation>ติดต่อบริการ Hello Work ไม่ได้ กรุณาตรวจสอบการเชื่อมต่ออินเทอร์เน็ต แล้วกด ลองอีกครั้ง ระหว่างนี้คุณตรวจสอบอุปกรณ์ได้</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>ลองอีกครั้ง(&amp;T)</translation>
    </message>
    <message>
        <source>You were signed out. Please sign in again to continue where you were.</source>
        <translation>คุณออกจากระบบแล้ว กรุณาเข้าสู่ระบบอีกครั้งเพื่อทำต่อจากที่ค้างไว้</translation>
    </message>
    <message>
        <source>Diagnostic info copied. You can paste it into a mail to the help desk.</source>
        <translation>คัดลอกข้อมูลวินิจฉัยแล้ว คุณวางลงในอีเมลถึงฝ่ายช่วยเหลือได้</translation>
    </message>
    <message>
        <source>About this app</source>
        <translation>เกี่ยวกับแอปนี้</translation>
    </message>
    <message>
        <source>Hello Work online counselling, version {version}</source>
        <translation>การปรึกษาออนไลน์ Hello Work เวอร์ชัน {version}</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>เกิดข้อผิดพลาด</translation>
    </message>
    <message>
        <source>Something went wrong in the app. Please try again. If it happens again, copy the diagnostic info and send it to the help desk.</source>
        <translation>เกิดข้อผิดพลาดในแอป กรุณาลองอีกครั้ง หากยังเกิดขึ้นอีก กรุณาคัดลอกข้อมูลวินิจฉัยแล้วส่งให้ฝ่ายช่วยเหลือ</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostic info</source>
        <translation>คัดลอกข้อมูลวินิจฉัย(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Meeting</name>
    <message>
        <source>The meeting link from the service does not look like a Zoom link, so the app did not open it. Please phone your Hello Work office.</source>
        <translation>ลิงก์การประชุมจากบริการดูไม่เหมือนลิงก์ Zoom แอปจึงไม่ได้เปิด กรุณาโทรหาสำนักงาน Hello Work ของคุณ</translation>
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
        <translation>กรุณาโทรหาสำนักงาน Hello Work ของคุณ: {phone}</translation>
    </message>
    <message>
        <source>Please phone your Hello Work office.</source>
        <translation>กรุณาโทรหาสำนักงาน Hello Work ของคุณ</translation>
    </message>
    <message>
        <source>Some information is missing or not in the right form.</source>
        <translation>ข้อมูลบางส่วนไม่ครบหรือไม่อยู่ในรูปแบบที่ถูกต้อง</translation>
    </message>
    <message>
        <source>Please check the marked fields and try again.</source>
        <translation>กรุณาตรวจสอบช่องที่มีเครื่องหมายแล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>This password is too easy to guess.</source>
        <translation>รหัสผ่านนี้เดาง่ายเกินไป</translation>
    </message>
    <message>
        <source>Please choose a password of at least 10 characters that is not your e-mail address and not a common word.</source>
        <translation>กรุณาตั้งรหัสผ่านอย่างน้อย 10 ตัวอักษร ที่ไม่ใช่ที่อยู่อีเมลของคุณและไม่ใช่คำที่ใช้กันทั่วไป</translation>
    </message>
    <message>
        <source>Please choose a harder password.</source>
        <translation>กรุณาตั้งรหัสผ่านที่เดายากกว่านี้</translation>
    </message>
    <message>
        <source>This link does not work any more. It may be older than 24 hours or used already.</source>
        <translation>ลิงก์นี้ใช้ไม่ได้แล้ว อาจเกิน 24 ชั่วโมงหรือถูกใช้ไปแล้ว</translation>
    </message>
    <message>
        <source>Please register again to get a new link, or sign in if you already finished.</source>
        <translation>กรุณาลงทะเบียนใหม่เพื่อรับลิงก์ใหม่ หรือเข้าสู่ระบบหากลงทะเบียนเสร็จแล้ว</translation>
    </message>
    <message>
        <source>The e-mail address or the password is not right.</source>
        <translation>ที่อยู่อีเมลหรือรหัสผ่านไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>Please check both and try again. Capital letters count.</source>
        <translation>กรุณาตรวจสอบทั้งสองอย่างแล้วลองอีกครั้ง ตัวพิมพ์ใหญ่และเล็กถือว่าต่างกัน</translation>
    </message>
    <message>
        <source>Please check your password.</source>
        <translation>กรุณาตรวจสอบรหัสผ่าน</translation>
    </message>
    <message>
        <source>Your registration is not finished yet.</source>
        <translation>คุณยังลงทะเบียนไม่เสร็จ</translation>
    </message>
    <message>
        <source>Please open the link in the e-mail we sent you. We can send the e-mail again.</source>
        <translation>กรุณาเปิดลิงก์ในอีเมลที่เราส่งให้ เราส่งอีเมลให้อีกครั้งได้</translation>
    </message>
    <message>
        <source>Sign-in is paused after several wrong passwords, to protect your account.</source>
        <translation>การเข้าสู่ระบบถูกหยุดไว้ชั่วคราวหลังใส่รหัสผ่านผิดหลายครั้ง เพื่อปกป้องบัญชีของคุณ</translation>
    </message>
    <message numerus="yes">
        <source>Please try again in %n minute(s). If you forgot your password, phone your office.</source>
        <translation>
            <numerusform>กรุณาลองอีกครั้งในอีก %n นาที หากลืมรหัสผ่าน กรุณาโทรหาสำนักงานของคุณ</numerusform>
        </translation>
    </message>
    <message>
        <source>You have been signed out.</source>
        <translation>คุณออกจากระบบแล้ว</translation>
    </message>
    <message>
        <source>Please sign in again. Nothing you typed is lost.</source>
        <translation>กรุณาเข้าสู่ระบบอีกครั้ง สิ่งที่คุณพิมพ์ไว้จะไม่หายไป</translation>
    </message>
    <message>
        <source>The terms of use changed while you were reading them.</source>
        <translation>ข้อกำหนดการใช้งานเปลี่ยนไประหว่างที่คุณกำลังอ่าน</translation>
    </message>
    <message>
        <source>Please read the new version and agree again.</source>
        <translation>กรุณาอ่านฉบับใหม่และยอมรับอีกครั้ง</translation>
    </message>
    <message>
        <source>Before booking, please agree to the current terms of use.</source>
        <translation>ก่อนจอง กรุณายอมรับข้อกำหนดการใช้งานฉบับปัจจุบัน</translation>
    </message>
    <message>
        <source>We will show you the terms, then bring you back here.</source>
        <translation>เราจะแสดงข้อกำหนดให้คุณอ่าน แล้วพาคุณกลับมาที่นี่</translation>
    </message>
    <message>
        <source>This version of the app is too old to use the service.</source>
        <translation>แอปเวอร์ชันนี้เก่าเกินกว่าจะใช้บริการได้</translation>
    </message>
    <message>
        <source>Please install the new version. Your bookings are kept.</source>
        <translation>กรุณาติดตั้งเวอร์ชันใหม่ การจองของคุณจะยังอยู่</translation>
    </message>
    <message>
        <source>We could not find this any more. It may have been removed.</source>
        <translation>ไม่พบรายการนี้แล้ว อาจถูกลบไปแล้ว</translation>
    </message>
    <message>
        <source>Please go back and try again.</source>
        <translation>กรุณากลับไปแล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>Someone just booked this time. Please choose another time.</source>
        <translation>มีคนเพิ่งจองเวลานี้ไป กรุณาเลือกเวลาอื่น</translation>
    </message>
    <message>
        <source>Other free times are shown below.</source>
        <translation>เวลาว่างอื่น ๆ แสดงอยู่ด้านล่าง</translation>
    </message>
    <message>
        <source>You already have a session on {date}. Only one session a day is possible.</source>
        <translation>คุณมีการปรึกษาในวันที่ {date} แล้ว จองได้วันละหนึ่งครั้งเท่านั้น</translation>
    </message>
    <message>
        <source>You already have a session on that day. Only one session a day is possible.</source>
        <translation>คุณมีการปรึกษาในวันนั้นแล้ว จองได้วันละหนึ่งครั้งเท่านั้น</translation>
    </message>
    <message>
        <source>Please choose another day.</source>
        <translation>กรุณาเลือกวันอื่น</translation>
    </message>
    <message>
        <source>Booking is paused until {date} because sessions were missed.</source>
        <translation>ระงับการจองชั่วคราวถึงวันที่ {date} เนื่องจากไม่มาตามนัด</translation>
    </message>
    <message>
        <source>Booking is paused for your account because sessions were missed.</source>
        <translation>บัญชีของคุณถูกระงับการจองชั่วคราวเนื่องจากไม่มาตามนัด</translation>
    </message>
    <message>
        <source>Your office has paused online sessions for your account, often because residence status details need checking.</source>
        <translation>สำนักงานของคุณได้พักการปรึกษาออนไลน์ไว้ชั่วคราวสำหรับบัญชีของคุณ ซึ่งมักเป็นเพราะต้องตรวจสอบข้อมูลสถานะการพำนัก</translation>
    </message>
    <message>
        <source>The session has already started, so it cannot be cancelled in the app.</source>
        <translation>การปรึกษาเริ่มแล้ว จึงยกเลิกในแอปไม่ได้</translation>
    </message>
    <message>
        <source>This booking is no longer active. It may have been cancelled.</source>
        <translation>การจองนี้ไม่มีผลแล้ว อาจถูกยกเลิกไปแล้ว</translation>
    </message>
    <message>
        <source>Please look at My bookings for its current state.</source>
        <translation>กรุณาดูสถานะปัจจุบันที่ การจองของฉัน</translation>
    </message>
    <message>
        <source>Your booking request changed while it was being sent.</source>
        <translation>คำขอจองของคุณเปลี่ยนไประหว่างที่กำลังส่ง</translation>
    </message>
    <message>
        <source>Please check My bookings, then try again.</source>
        <translation>กรุณาตรวจสอบ การจองของฉัน แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>You can join from {time} on {date} (10 minutes before the start).</source>
        <translation>คุณเข้าร่วมได้ตั้งแต่ {time} วันที่ {date} (10 นาทีก่อนเริ่ม)</translation>
    </message>
    <message>
        <source>You can join from 10 minutes before the start until 10 minutes after it.</source>
        <translation>คุณเข้าร่วมได้ตั้งแต่ 10 นาทีก่อนเริ่ม จนถึง 10 นาทีหลังเริ่ม</translation>
    </message>
    <message>
        <source>Please come back then.</source>
        <translation>กรุณากลับมาในเวลานั้น</translation>
    </message>
    <message>
        <source>What you sent is too long for the service.</source>
        <translation>ข้อมูลที่คุณส่งยาวเกินไปสำหรับบริการ</translation>
    </message>
    <message>
        <source>Please make the note or text shorter and try again.</source>
        <translation>กรุณาเขียนหมายเหตุหรือข้อความให้สั้นลงแล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>Something changed on the service while you were working.</source>
        <translation>มีการเปลี่ยนแปลงในบริการระหว่างที่คุณกำลังทำรายการ</translation>
    </message>
    <message>
        <source>Please go back, look again, and try once more.</source>
        <translation>กรุณากลับไป ดูอีกครั้ง แล้วลองใหม่</translation>
    </message>
    <message>
        <source>The app and the service do not understand each other.</source>
        <translation>แอปและบริการสื่อสารกันไม่เข้าใจ</translation>
    </message>
    <message>
        <source>Please install the newest version of the app.</source>
        <translation>กรุณาติดตั้งแอปเวอร์ชันล่าสุด</translation>
    </message>
    <message>
        <source>We could not reach the service.</source>
        <translation>เราติดต่อบริการไม่ได้</translation>
    </message>
    <message>
        <source>Please check your internet connection and try again. Nothing you typed is lost.</source>
        <translation>กรุณาตรวจสอบการเชื่อมต่ออินเทอร์เน็ตแล้วลองอีกครั้ง สิ่งที่คุณพิมพ์ไว้จะไม่หายไป</translation>
    </message>
    <message>
        <source>The service has a problem right now.</source>
        <translation>ขณะนี้บริการมีปัญหา</translation>
    </message>
    <message>
        <source>Please try again in a few minutes. Nothing you typed is lost.</source>
        <translation>กรุณาลองอีกครั้งในอีกสักครู่ สิ่งที่คุณพิมพ์ไว้จะไม่หายไป</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>เกิดข้อผิดพลาด</translation>
    </message>
    <message>
        <source>Please try again. If it happens again, phone your Hello Work office.</source>
        <translation>กรุณาลองอีกครั้ง หากยังเกิดขึ้นอีก กรุณาโทรหาสำนักงาน Hello Work ของคุณ</translation>
    </message>
    <message>
        <source>Please enter an e-mail address like name@example.jp.</source>
        <translation>กรุณาใส่ที่อยู่อีเมล เช่น name@example.jp</translation>
    </message>
    <message>
        <source>Please choose a password of at least 10 characters.</source>
        <translation>กรุณาตั้งรหัสผ่านอย่างน้อย 10 ตัวอักษร</translation>
    </message>
    <message>
        <source>Please enter your name.</source>
        <translation>กรุณาใส่ชื่อของคุณ</translation>
    </message>
    <message>
        <source>Please enter your name in kana, or leave it empty.</source>
        <translation>กรุณาใส่ชื่อเป็นตัวคานะ หรือเว้นว่างไว้</translation>
    </message>
    <message>
        <source>Please enter a phone number with digits only, or leave it empty.</source>
        <translation>กรุณาใส่หมายเลขโทรศัพท์เป็นตัวเลขเท่านั้น หรือเว้นว่างไว้</translation>
    </message>
    <message>
        <source>Please enter the number as 5 digits, a hyphen, then up to 8 digits.</source>
        <translation>กรุณาใส่หมายเลขเป็นตัวเลข 5 หลัก ขีด แล้วตามด้วยตัวเลขไม่เกิน 8 หลัก</translation>
    </message>
    <message>
        <source>Please make the note shorter (500 characters at most).</source>
        <translation>กรุณาเขียนหมายเหตุให้สั้นลง (ไม่เกิน 500 ตัวอักษร)</translation>
    </message>
    <message>
        <source>Please enter your current password.</source>
        <translation>กรุณาใส่รหัสผ่านปัจจุบัน</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Page</source>
        <translation>หน้า</translation>
    </message>
</context>
<context>
    <name>PasswordEdit</name>
    <message>
        <source>Hide</source>
        <translation>ซ่อน</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>แสดง</translation>
    </message>
    <message>
        <source>Hide the password</source>
        <translation>ซ่อนรหัสผ่าน</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>แสดงรหัสผ่าน</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Please use at least 10 characters.</source>
        <translation>กรุณาใช้อย่างน้อย 10 ตัวอักษร</translation>
    </message>
    <message>
        <source>Please do not use your e-mail address as the password.</source>
        <translation>กรุณาอย่าใช้ที่อยู่อีเมลเป็นรหัสผ่าน</translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation>สร้างบัญชี</translation>
    </message>
    <message>
        <source>Fill in your details. Fields marked (optional) can be left empty. We will send you an e-mail with a link to finish the registration.</source>
        <translation>กรอกข้อมูลของคุณ ช่องที่มีคำว่า (ไม่บังคับ) เว้นว่างไว้ได้ เราจะส่งอีเมลที่มีลิงก์ให้คุณเพื่อลงทะเบียนให้เสร็จ</translation>
    </message>
    <message>
        <source>&amp;Name (as registered at Hello Work)</source>
        <translation>ชื่อ (ตามที่ลงทะเบียนไว้กับ Hello Work)(&amp;N)</translation>
    </message>
    <message>
        <source>Name in &amp;kana (optional)</source>
        <translation>ชื่อเป็นตัวคานะ (ไม่บังคับ)(&amp;K)</translation>
    </message>
    <message>
        <source>Example: ハロー タロウ</source>
        <translation>ตัวอย่าง: ハロー タロウ</translation>
    </message>
    <message>
        <source>&amp;E-mail address</source>
        <translation>ที่อยู่อีเมล(&amp;E)</translation>
    </message>
    <message>
        <source>Example: name@example.jp</source>
        <translation>ตัวอย่าง: name@example.jp</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>รหัสผ่าน(&amp;P)</translation>
    </message>
    <message>
        <source>At least 10 characters, not your e-mail address, not a common word. Tip: three or four words you can remember, like &apos;blue tea morning walk&apos;.</source>
        <translation>อย่างน้อย 10 ตัวอักษร ไม่ใช่ที่อยู่อีเมลของคุณ และไม่ใช่คำที่ใช้กันทั่วไป เคล็ดลับ: ใช้คำสามหรือสี่คำที่คุณจำได้ เช่น &apos;ชาฟ้า เช้า เดินเล่น&apos;</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>รหัสผ่านอีกครั้ง(&amp;A)</translation>
    </message>
    <message>
        <source>Type the same password again.</source>
        <translation>พิมพ์รหัสผ่านเดิมอีกครั้ง</translation>
    </message>
    <message>
        <source>&amp;Job-seeker number (optional)</source>
        <translation>หมายเลขผู้หางาน (求職番号) (ไม่บังคับ)(&amp;J)</translation>
    </message>
    <message>
        <source>It is on your Hello Work card (求職番号): 5 digits, a hyphen, then up to 8 digits, for example 12345-12345678. Full-width digits are fine.</source>
        <translation>อยู่บนบัตร Hello Work ของคุณ (求職番号): ตัวเลข 5 หลัก ขีด แล้วตามด้วยตัวเลขไม่เกิน 8 หลัก เช่น 12345-12345678 ใช้ตัวเลขแบบเต็มความกว้างได้</translation>
    </message>
    <message>
        <source>P&amp;hone number (optional)</source>
        <translation>หมายเลขโทรศัพท์ (ไม่บังคับ)(&amp;H)</translation>
    </message>
    <message>
        <source>Example: 090-1234-5678</source>
        <translation>ตัวอย่าง: 090-1234-5678</translation>
    </message>
    <message>
        <source>A&amp;ddress (optional)</source>
        <translation>ที่อยู่ (ไม่บังคับ)(&amp;D)</translation>
    </message>
    <message>
        <source>Create my &amp;account</source>
        <translation>สร้างบัญชีของฉัน(&amp;A)</translation>
    </message>
    <message>
        <source>I already have an account: &amp;sign in</source>
        <translation>ฉันมีบัญชีแล้ว: เข้าสู่ระบบ(&amp;S)</translation>
    </message>
    <message>
        <source>Please enter your name.</source>
        <translation>กรุณาใส่ชื่อของคุณ</translation>
    </message>
    <message>
        <source>Please enter an e-mail address like name@example.jp.</source>
        <translation>กรุณาใส่ที่อยู่อีเมล เช่น name@example.jp</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>รหัสผ่านทั้งสองช่องไม่ตรงกัน</translation>
    </message>
</context>
<context>
    <name>ReminderNotifier</name>
    <message>
        <source>Your counselling session is tomorrow</source>
        <translation>การปรึกษาของคุณคือพรุ่งนี้</translation>
    </message>
    <message>
        <source>{when}, {office}. Please check your device before the session.</source>
        <translation>{when}, {office} กรุณาตรวจสอบอุปกรณ์ก่อนการปรึกษา</translation>
    </message>
    <message>
        <source>Check my device now</source>
        <translation>ตรวจสอบอุปกรณ์ตอนนี้</translation>
    </message>
    <message>
        <source>Your session starts in 30 minutes</source>
        <translation>การปรึกษาจะเริ่มในอีก 30 นาที</translation>
    </message>
    <message>
        <source>{when}, {office}. Check your camera and microphone now.</source>
        <translation>{when}, {office} ตรวจสอบกล้องและไมโครโฟนตอนนี้</translation>
    </message>
    <message>
        <source>You can join your session now</source>
        <translation>คุณเข้าร่วมการปรึกษาได้แล้ว</translation>
    </message>
    <message>
        <source>{when}, {office}. Open the app and press Join.</source>
        <translation>{when}, {office} เปิดแอปแล้วกด เข้าร่วม</translation>
    </message>
    <message>
        <source>Go to Join</source>
        <translation>ไปที่หน้าเข้าร่วม</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Your settings could not be saved. Check that the disk is not full, then try again.</source>
        <translation>บันทึกการตั้งค่าไม่ได้ กรุณาตรวจสอบว่าดิสก์ไม่เต็ม แล้วลองอีกครั้ง</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>การตั้งค่า</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ภาษา(&amp;L):</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>การแจ้งเตือน</translation>
    </message>
    <message>
        <source>Remind me the &amp;day before my session</source>
        <translation>แจ้งเตือนฉันหนึ่งวันก่อนการปรึกษา(&amp;D)</translation>
    </message>
    <message>
        <source>Remind me &amp;30 minutes before, to check my device</source>
        <translation>แจ้งเตือนฉัน 30 นาทีก่อน เพื่อตรวจสอบอุปกรณ์(&amp;3)</translation>
    </message>
    <message>
        <source>Tell me when I can &amp;join</source>
        <translation>บอกฉันเมื่อเข้าร่วมได้(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when the window is closed (for reminders)</source>
        <translation>ทำงานต่อในถาดระบบเมื่อปิดหน้าต่าง (สำหรับการแจ้งเตือน)(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>ที่อยู่เซิร์ฟเวอร์(&amp;S):</translation>
    </message>
    <message>
        <source>Use this &amp;address</source>
        <translation>ใช้ที่อยู่นี้(&amp;A)</translation>
    </message>
    <message>
        <source>Change the server address only if your Hello Work office asks you to.</source>
        <translation>เปลี่ยนที่อยู่เซิร์ฟเวอร์เฉพาะเมื่อสำนักงาน Hello Work ขอให้เปลี่ยนเท่านั้น</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostic info for the help desk</source>
        <translation>คัดลอกข้อมูลวินิจฉัยสำหรับฝ่ายช่วยเหลือ(&amp;C)</translation>
    </message>
    <message>
        <source>Right now the app is using {url}.</source>
        <translation>ขณะนี้แอปกำลังใช้ {url}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>บันทึกแล้ว</translation>
    </message>
    <message>
        <source>This does not look like a web address. Please check it and try again.</source>
        <translation>นี่ดูไม่เหมือนที่อยู่เว็บ กรุณาตรวจสอบแล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>Saved. The app will use this address the next time it starts.</source>
        <translation>บันทึกแล้ว แอปจะใช้ที่อยู่นี้เมื่อเปิดครั้งถัดไป</translation>
    </message>
    <message>
        <source>Diagnostic info copied. You can paste it into a mail to the help desk.</source>
        <translation>คัดลอกข้อมูลวินิจฉัยแล้ว คุณวางลงในอีเมลถึงฝ่ายช่วยเหลือได้</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation>เข้าสู่ระบบ</translation>
    </message>
    <message>
        <source>Sign in with the e-mail address and password you registered with.</source>
        <translation>เข้าสู่ระบบด้วยที่อยู่อีเมลและรหัสผ่านที่คุณใช้ลงทะเบียน</translation>
    </message>
    <message>
        <source>Demo: the demo account {email} is already filled in.</source>
        <translation>สาธิต: กรอกบัญชีสาธิต {email} ไว้ให้แล้ว</translation>
    </message>
    <message>
        <source>&amp;E-mail address</source>
        <translation>ที่อยู่อีเมล(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>รหัสผ่าน(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>เข้าสู่ระบบ(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Create an account</source>
        <translation>สร้างบัญชี(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Forgot your password?</source>
        <translation>ลืมรหัสผ่านหรือไม่(&amp;F)</translation>
    </message>
    <message>
        <source>Your account and your personal data are deleted. Thank you for using the service.</source>
        <translation>บัญชีและข้อมูลส่วนบุคคลของคุณถูกลบแล้ว ขอบคุณที่ใช้บริการ</translation>
    </message>
    <message>
        <source>Please enter your e-mail address.</source>
        <translation>กรุณาใส่ที่อยู่อีเมล</translation>
    </message>
    <message>
        <source>Please enter your password.</source>
        <translation>กรุณาใส่รหัสผ่าน</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>สิ่งที่ต้องทำตอนนี้</translation>
    </message>
</context>
<context>
    <name>SlotCalendar</name>
    <message>
        <source>Calendar: days in bold have free times</source>
        <translation>ปฏิทิน: วันที่เป็นตัวหนามีเวลาว่าง</translation>
    </message>
    <message>
        <source>Free times on the chosen day</source>
        <translation>เวลาว่างในวันที่เลือก</translation>
    </message>
    <message numerus="yes">
        <source>%n free time(s)</source>
        <translation>
            <numerusform>เวลาว่าง %n ช่วง</numerusform>
        </translation>
    </message>
    <message>
        <source>You already have a session on this day. Only one session a day is possible.</source>
        <translation>คุณมีการปรึกษาในวันนี้แล้ว จองได้วันละหนึ่งครั้งเท่านั้น</translation>
    </message>
    <message>
        <source>Choose a time:</source>
        <translation>เลือกเวลา:</translation>
    </message>
    <message>
        <source>Looking for free times…</source>
        <translation>กำลังหาเวลาว่าง…</translation>
    </message>
    <message>
        <source>No free times on this day. Days in bold have free times.</source>
        <translation>ไม่มีเวลาว่างในวันนี้ วันที่เป็นตัวหนามีเวลาว่าง</translation>
    </message>
    <message>
        <source>{start} – {end}   ({places})</source>
        <translation>{start} – {end}   ({places})</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) left</source>
        <translation>
            <numerusform>เหลือ %n ที่</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusRow</name>
    <message>
        <source>OK</source>
        <translation>ปกติ</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>ควรดูแล</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>มีปัญหา</translation>
    </message>
    <message>
        <source>Could not check</source>
        <translation>ตรวจสอบไม่ได้</translation>
    </message>
    <message>
        <source>What to do: {remedy}</source>
        <translation>สิ่งที่ต้องทำ: {remedy}</translation>
    </message>
    <message>
        <source>Open the &amp;setting</source>
        <translation>เปิดการตั้งค่า(&amp;S)</translation>
    </message>
    <message>
        <source>More &amp;information</source>
        <translation>ข้อมูลเพิ่มเติม(&amp;I)</translation>
    </message>
</context>
<context>
    <name>TermsPage</name>
    <message>
        <source>Terms of use</source>
        <translation>ข้อกำหนดการใช้งาน</translation>
    </message>
    <message>
        <source>I have read the terms of use and I &amp;agree to them.</source>
        <translation>ฉันได้อ่านข้อกำหนดการใช้งานแล้วและยอมรับ(&amp;A)</translation>
    </message>
    <message>
        <source>The sessions take place in Zoom. Please also read Zoom&apos;s &lt;a href=&quot;{terms}&quot;&gt;terms of service&lt;/a&gt; and &lt;a href=&quot;{privacy}&quot;&gt;privacy statement&lt;/a&gt;.</source>
        <translation>การปรึกษาจัดขึ้นใน Zoom กรุณาอ่าน&lt;a href=&quot;{terms}&quot;&gt;ข้อกำหนดการให้บริการ&lt;/a&gt;และ&lt;a href=&quot;{privacy}&quot;&gt;คำชี้แจงเรื่องความเป็นส่วนตัว&lt;/a&gt;ของ Zoom ด้วย</translation>
    </message>
    <message>
        <source>I accept &amp;Zoom&apos;s terms of service and privacy statement.</source>
        <translation>ฉันยอมรับข้อกำหนดการให้บริการและคำชี้แจงเรื่องความเป็นส่วนตัวของ Zoom(&amp;Z)</translation>
    </message>
    <message>
        <source>Agree and &amp;continue</source>
        <translation>ยอมรับและดำเนินการต่อ(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>ลองอีกครั้ง(&amp;T)</translation>
    </message>
    <message>
        <source>Terms of use text</source>
        <translation>เนื้อหาข้อกำหนดการใช้งาน</translation>
    </message>
    <message>
        <source>Loading the terms of use…</source>
        <translation>กำลังโหลดข้อกำหนดการใช้งาน…</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;Version {version}, in effect from {date}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;ฉบับ {version} มีผลตั้งแต่ {date}</translation>
    </message>
    <message>
        <source>The terms of use have changed since you last agreed. Please read them and agree again.</source>
        <translation>ข้อกำหนดการใช้งานเปลี่ยนไปตั้งแต่ครั้งล่าสุดที่คุณยอมรับ กรุณาอ่านและยอมรับอีกครั้ง</translation>
    </message>
    <message>
        <source>What changed: {summary}</source>
        <translation>สิ่งที่เปลี่ยน: {summary}</translation>
    </message>
    <message>
        <source>✓ You have read to the end.</source>
        <translation>✓ คุณอ่านจนจบแล้ว</translation>
    </message>
    <message>
        <source>Please read the terms to the end (scroll down).</source>
        <translation>กรุณาอ่านข้อกำหนดจนจบ (เลื่อนลง)</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Hello Work online counselling</source>
        <translation>การปรึกษาออนไลน์ Hello Work</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>เปิด(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Check my device</source>
        <translation>ตรวจสอบอุปกรณ์ของฉัน(&amp;C)</translation>
    </message>
    <message>
        <source>My &amp;bookings</source>
        <translation>การจองของฉัน(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ออก(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>UpdatePrompt</name>
    <message>
        <source>A new version of this app ({version}) is available.</source>
        <translation>มีแอปนี้เวอร์ชันใหม่ ({version}) แล้ว</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>ดาวน์โหลด(&amp;D)</translation>
    </message>
    <message>
        <source>Please update the app</source>
        <translation>กรุณาอัปเดตแอป</translation>
    </message>
    <message>
        <source>This version of the app is too old to use the service. Please download and install the new version. Your bookings are kept.</source>
        <translation>แอปเวอร์ชันนี้เก่าเกินกว่าจะใช้บริการได้ กรุณาดาวน์โหลดและติดตั้งเวอร์ชันใหม่ การจองของคุณจะยังอยู่</translation>
    </message>
    <message>
        <source>&amp;Download the new version</source>
        <translation>ดาวน์โหลดเวอร์ชันใหม่(&amp;D)</translation>
    </message>
</context>
<context>
    <name>VerifySentPage</name>
    <message>
        <source>Check your e-mail</source>
        <translation>ตรวจสอบอีเมลของคุณ</translation>
    </message>
    <message>
        <source>One more step: open the link in your e-mail</source>
        <translation>อีกหนึ่งขั้นตอน: เปิดลิงก์ในอีเมลของคุณ</translation>
    </message>
    <message>
        <source>We sent an e-mail to {email}.</source>
        <translation>เราส่งอีเมลไปที่ {email} แล้ว</translation>
    </message>
    <message>
        <source>Open the link in it to finish your registration.</source>
        <translation>เปิดลิงก์ในอีเมลเพื่อลงทะเบียนให้เสร็จ</translation>
    </message>
    <message>
        <source>We sent you an e-mail. Open the link in it to finish your registration.</source>
        <translation>เราส่งอีเมลถึงคุณแล้ว เปิดลิงก์ในอีเมลเพื่อลงทะเบียนให้เสร็จ</translation>
    </message>
    <message>
        <source>• The link works for 24 hours.
• No e-mail after a few minutes? Look in the spam or junk folder.
• After opening the link, come back here and sign in.</source>
        <translation>• ลิงก์ใช้ได้ 24 ชั่วโมง
• ผ่านไปสักครู่แล้วยังไม่ได้รับอีเมลหรือ ลองดูในโฟลเดอร์สแปมหรือจดหมายขยะ
• หลังเปิดลิงก์แล้ว กลับมาที่นี่และเข้าสู่ระบบ</translation>
    </message>
    <message>
        <source>Send the e-mail &amp;again</source>
        <translation>ส่งอีเมลอีกครั้ง(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Register again</source>
        <translation>ลงทะเบียนใหม่(&amp;R)</translation>
    </message>
    <message>
        <source>I opened the link: &amp;sign in</source>
        <translation>ฉันเปิดลิงก์แล้ว: เข้าสู่ระบบ(&amp;S)</translation>
    </message>
    <message>
        <source>We sent the e-mail again at {time}. Please look for the newest one.</source>
        <translation>เราส่งอีเมลอีกครั้งเมื่อ {time} กรุณาดูฉบับล่าสุด</translation>
    </message>
</context>
</TS>
