<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en_US">
<context>
    <name>AccountPage</name>
    <message>
        <source>My account</source>
        <translation>Tài khoản của tôi</translation>
    </message>
    <message>
        <source>It has been a while since you changed your password. To keep your account safe, please choose a new one below.</source>
        <translation>Đã lâu bạn chưa đổi mật khẩu. Để giữ an toàn cho tài khoản, vui lòng chọn mật khẩu mới bên dưới.</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Để &amp;sau</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>Thông tin của bạn</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Đăng &amp;xuất</translation>
    </message>
    <message>
        <source>Change your password</source>
        <translation>Đổi mật khẩu</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>Mật khẩu &amp;hiện tại</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>Mật khẩu &amp;mới</translation>
    </message>
    <message>
        <source>At least 10 characters, not your e-mail address, not a common word.</source>
        <translation>Ít nhất 10 ký tự, không dùng địa chỉ email, không dùng từ thông dụng.</translation>
    </message>
    <message>
        <source>New password &amp;again</source>
        <translation>Nhập &amp;lại mật khẩu mới</translation>
    </message>
    <message>
        <source>C&amp;hange password</source>
        <translation>Đổi mật &amp;khẩu</translation>
    </message>
    <message>
        <source>Language and reminders</source>
        <translation>Ngôn ngữ và lời nhắc</translation>
    </message>
    <message>
        <source>&amp;Language of the app</source>
        <translation>&amp;Ngôn ngữ của ứng dụng</translation>
    </message>
    <message>
        <source>Remind me about my session:</source>
        <translation>Nhắc tôi về buổi tư vấn:</translation>
    </message>
    <message>
        <source>The day &amp;before</source>
        <translation>Một ngày &amp;trước</translation>
    </message>
    <message>
        <source>&amp;30 minutes before</source>
        <translation>&amp;30 phút trước</translation>
    </message>
    <message>
        <source>When I can &amp;join</source>
        <translation>Khi tôi có thể tham &amp;gia</translation>
    </message>
    <message>
        <source>Delete your account</source>
        <translation>Xóa tài khoản</translation>
    </message>
    <message>
        <source>This deletes your registration and personal data and cancels your future sessions. It cannot be undone. To use the service again, you would register again. Enter your password to confirm.</source>
        <translation>Thao tác này sẽ xóa đăng ký và dữ liệu cá nhân của bạn, đồng thời hủy các buổi tư vấn sắp tới. Không thể hoàn tác. Nếu muốn dùng dịch vụ lại, bạn cần đăng ký lại. Nhập mật khẩu để xác nhận.</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mật khẩu</translation>
    </message>
    <message>
        <source>&amp;Delete my account…</source>
        <translation>&amp;Xóa tài khoản của tôi…</translation>
    </message>
    <message>
        <source>Name: {name}</source>
        <translation>Họ tên: {name}</translation>
    </message>
    <message>
        <source>E-mail: {email}</source>
        <translation>Email: {email}</translation>
    </message>
    <message>
        <source>Job-seeker number: {number}</source>
        <translation>Số người tìm việc (求職番号): {number}</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(chưa nhập)</translation>
    </message>
    <message>
        <source>Password last changed: {date}</source>
        <translation>Lần đổi mật khẩu gần nhất: {date}</translation>
    </message>
    <message>
        <source>Please enter your current password.</source>
        <translation>Vui lòng nhập mật khẩu hiện tại.</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>Hai mật khẩu mới không giống nhau.</translation>
    </message>
    <message>
        <source>Your password is changed. Other computers signed in to your account are signed out.</source>
        <translation>Đã đổi mật khẩu. Các máy tính khác đang đăng nhập vào tài khoản của bạn đã được đăng xuất.</translation>
    </message>
    <message>
        <source>Please enter your password to confirm.</source>
        <translation>Vui lòng nhập mật khẩu để xác nhận.</translation>
    </message>
    <message>
        <source>Delete your account?</source>
        <translation>Xóa tài khoản?</translation>
    </message>
    <message>
        <source>Do you really want to delete your account?</source>
        <translation>Bạn có thật sự muốn xóa tài khoản không?</translation>
    </message>
    <message>
        <source>Your future sessions will be cancelled. This cannot be undone.</source>
        <translation>Các buổi tư vấn sắp tới sẽ bị hủy. Không thể hoàn tác.</translation>
    </message>
    <message>
        <source>&amp;Yes, delete my account</source>
        <translation>&amp;Có, xóa tài khoản</translation>
    </message>
    <message>
        <source>&amp;No, keep it</source>
        <translation>&amp;Không, giữ lại</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation>Đã xảy ra lỗi. Vui lòng thử lại.</translation>
    </message>
    <message>
        <source>This server address is not safe. It must start with https://. Please check the address your Hello Work office gave you.</source>
        <translation>Địa chỉ máy chủ này không an toàn. Địa chỉ phải bắt đầu bằng https://. Vui lòng kiểm tra địa chỉ mà văn phòng Hello Work đã đưa cho bạn.</translation>
    </message>
    <message>
        <source>Could not reach the service. Please check your internet connection and try again.</source>
        <translation>Không thể kết nối với dịch vụ. Vui lòng kiểm tra kết nối internet rồi thử lại.</translation>
    </message>
    <message>
        <source>The connection is not secure, so the app stopped. Check that your PC&apos;s date and time are correct, or try another network.</source>
        <translation>Kết nối không an toàn nên ứng dụng đã dừng lại. Hãy kiểm tra ngày giờ trên máy tính có đúng không, hoặc thử mạng khác.</translation>
    </message>
    <message>
        <source>The service is busy or under maintenance. Please try again in a few minutes.</source>
        <translation>Dịch vụ đang bận hoặc đang bảo trì. Vui lòng thử lại sau vài phút.</translation>
    </message>
    <message>
        <source>The service gave an answer the app does not understand. Please check the server address, or update the app.</source>
        <translation>Dịch vụ trả lời theo cách ứng dụng không hiểu được. Vui lòng kiểm tra địa chỉ máy chủ, hoặc cập nhật ứng dụng.</translation>
    </message>
</context>
<context>
    <name>Booking</name>
    <message>
        <source>Booked</source>
        <translation>Đã đặt lịch hẹn</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <source>Cancelled by the office</source>
        <translation>Văn phòng đã hủy</translation>
    </message>
    <message>
        <source>Missed (you did not join)</source>
        <translation>Vắng mặt (bạn đã không tham gia)</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Đã tham gia</translation>
    </message>
    <message>
        <source>Unknown status. Please refresh.</source>
        <translation>Không rõ tình trạng. Vui lòng tải lại.</translation>
    </message>
    <message>
        <source>Online job counselling with {office}.</source>
        <translation>Tư vấn việc làm trực tuyến với {office}.</translation>
    </message>
    <message>
        <source>Open the hwclient app and press Join from 10 minutes before the start.</source>
        <translation>Mở ứng dụng hwclient và nhấn Tham gia từ 10 phút trước giờ bắt đầu.</translation>
    </message>
    <message>
        <source>Have your job-seeker number ready.</source>
        <translation>Hãy chuẩn bị sẵn số người tìm việc (求職番号).</translation>
    </message>
    <message>
        <source>To cancel on the day or if you have trouble, phone the office: {phone}</source>
        <translation>Để hủy trong ngày hoặc nếu gặp khó khăn, hãy gọi điện cho văn phòng: {phone}</translation>
    </message>
    <message>
        <source>Hello Work online counselling</source>
        <translation>Tư vấn trực tuyến Hello Work</translation>
    </message>
    <message>
        <source>{office} (online, Zoom)</source>
        <translation>{office} (trực tuyến, Zoom)</translation>
    </message>
    <message>
        <source>Your counselling session starts in 30 minutes.</source>
        <translation>Buổi tư vấn của bạn sẽ bắt đầu sau 30 phút.</translation>
    </message>
</context>
<context>
    <name>BookingCard</name>
    <message>
        <source>Office: {office}</source>
        <translation>Văn phòng: {office}</translation>
    </message>
    <message>
        <source>Office phone: {phone}</source>
        <translation>Điện thoại văn phòng: {phone}</translation>
    </message>
    <message>
        <source>With you: {who}</source>
        <translation>Người đi cùng: {who}</translation>
    </message>
    <message>
        <source>Reason from the office: {reason}</source>
        <translation>Lý do từ văn phòng: {reason}</translation>
    </message>
    <message>
        <source>&amp;Cancel this session</source>
        <translation>&amp;Hủy buổi tư vấn này</translation>
    </message>
    <message>
        <source>Cancel the session on {when}</source>
        <translation>Hủy buổi tư vấn vào {when}</translation>
    </message>
    <message>
        <source>Add to ca&amp;lendar</source>
        <translation>Thêm vào &amp;lịch</translation>
    </message>
    <message>
        <source>The session has started, so it cannot be cancelled in the app. To cancel or if you have trouble, please phone the office: {phone}</source>
        <translation>Buổi tư vấn đã bắt đầu nên không thể hủy trong ứng dụng. Để hủy hoặc nếu gặp khó khăn, vui lòng gọi điện cho văn phòng: {phone}</translation>
    </message>
    <message>
        <source>(see your Hello Work card)</source>
        <translation>(xem thẻ Hello Work của bạn)</translation>
    </message>
</context>
<context>
    <name>BookingPage</name>
    <message>
        <source>{name} (your office)</source>
        <translation>{name} (văn phòng của bạn)</translation>
    </message>
    <message>
        <source>{prefecture} · Phone {phone}</source>
        <translation>{prefecture} · Điện thoại {phone}</translation>
    </message>
    <message>
        <source>Languages: {languages}</source>
        <translation>Ngôn ngữ: {languages}</translation>
    </message>
    <message>
        <source>Book a session</source>
        <translation>Đặt lịch hẹn tư vấn</translation>
    </message>
    <message>
        <source>Choose the Hello Work office for your online session.</source>
        <translation>Chọn văn phòng Hello Work cho buổi tư vấn trực tuyến.</translation>
    </message>
    <message>
        <source>Choose a day, then a time. Days in bold have free times. Times are Japan time.</source>
        <translation>Chọn ngày, rồi chọn giờ. Ngày in đậm là ngày còn giờ trống. Giờ được tính theo giờ Nhật Bản.</translation>
    </message>
    <message>
        <source>&amp;Note for the counsellor (optional), for example what you want to talk about:</source>
        <translation>&amp;Ghi chú cho nhân viên tư vấn (không bắt buộc), ví dụ điều bạn muốn trao đổi:</translation>
    </message>
    <message>
        <source>Please check the details. You can cancel in the app until the session starts.</source>
        <translation>Vui lòng kiểm tra thông tin. Bạn có thể hủy trong ứng dụng cho đến khi buổi tư vấn bắt đầu.</translation>
    </message>
    <message>
        <source>&lt; &amp;Previous step</source>
        <translation>&lt; &amp;Bước trước</translation>
    </message>
    <message>
        <source>Add to my &amp;calendar</source>
        <translation>Thêm vào &amp;lịch của tôi</translation>
    </message>
    <message>
        <source>See &amp;my bookings</source>
        <translation>Xem lịch hẹn của &amp;tôi</translation>
    </message>
    <message>
        <source>Step 1 of 4: choose an office</source>
        <translation>Bước 1/4: chọn văn phòng</translation>
    </message>
    <message>
        <source>Step 2 of 4: choose a day and time</source>
        <translation>Bước 2/4: chọn ngày và giờ</translation>
    </message>
    <message>
        <source>Step 3 of 4: who will be with you</source>
        <translation>Bước 3/4: ai sẽ ở cùng bạn</translation>
    </message>
    <message>
        <source>Step 4 of 4: check and book</source>
        <translation>Bước 4/4: kiểm tra và đặt lịch hẹn</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Đã đặt lịch hẹn</translation>
    </message>
    <message>
        <source>&amp;Book this session</source>
        <translation>Đặt &amp;lịch hẹn này</translation>
    </message>
    <message>
        <source>Go to &amp;home</source>
        <translation>Về trang &amp;chính</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Tiếp &gt;</translation>
    </message>
    <message>
        <source>{count} / {limit} characters</source>
        <translation>{count} / {limit} ký tự</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Văn phòng</translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation>Điện thoại văn phòng</translation>
    </message>
    <message>
        <source>With you</source>
        <translation>Người đi cùng</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>There are no other free times on {day}. Please choose another day.</source>
        <translation>Ngày {day} không còn giờ trống nào khác. Vui lòng chọn ngày khác.</translation>
    </message>
    <message>
        <source>✓ Your session is booked.</source>
        <translation>✓ Bạn đã đặt lịch hẹn tư vấn.</translation>
    </message>
    <message>
        <source>{when}
{office}

We also sent you an e-mail. On the day, open this app and press Join from 10 minutes before the start.</source>
        <translation>{when}
{office}

Chúng tôi cũng đã gửi email cho bạn. Vào ngày hẹn, hãy mở ứng dụng này và nhấn Tham gia từ 10 phút trước giờ bắt đầu.</translation>
    </message>
    <message>
        <source>✓ Saved. Open the file to add the session to your calendar: {path}</source>
        <translation>✓ Đã lưu. Mở tệp để thêm buổi tư vấn vào lịch của bạn: {path}</translation>
    </message>
</context>
<context>
    <name>BookingsPage</name>
    <message>
        <source>My bookings</source>
        <translation>Lịch hẹn của tôi</translation>
    </message>
    <message>
        <source>&amp;Upcoming</source>
        <translation>&amp;Sắp tới</translation>
    </message>
    <message>
        <source>&amp;Past</source>
        <translation>Đã &amp;qua</translation>
    </message>
    <message>
        <source>You have no upcoming sessions.</source>
        <translation>Bạn không có buổi tư vấn nào sắp tới.</translation>
    </message>
    <message>
        <source>No past sessions yet.</source>
        <translation>Chưa có buổi tư vấn nào đã qua.</translation>
    </message>
    <message>
        <source>&amp;Book a session</source>
        <translation>Đặt &amp;lịch hẹn tư vấn</translation>
    </message>
    <message>
        <source>Cancel the session?</source>
        <translation>Hủy buổi tư vấn?</translation>
    </message>
    <message>
        <source>Do you want to cancel your session on {when}?</source>
        <translation>Bạn có muốn hủy buổi tư vấn vào {when} không?</translation>
    </message>
    <message>
        <source>You can book another time afterwards.</source>
        <translation>Sau đó bạn có thể đặt lịch hẹn vào giờ khác.</translation>
    </message>
    <message>
        <source>&amp;Yes, cancel it</source>
        <translation>&amp;Có, hủy</translation>
    </message>
    <message>
        <source>&amp;No, keep it</source>
        <translation>&amp;Không, giữ lại</translation>
    </message>
    <message>
        <source>Your session on {when} is cancelled.</source>
        <translation>Buổi tư vấn vào {when} đã được hủy.</translation>
    </message>
    <message>
        <source>Saved. Open the file to add the session to your calendar: {path}</source>
        <translation>Đã lưu. Mở tệp để thêm buổi tư vấn vào lịch của bạn: {path}</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Save to your calendar</source>
        <translation>Lưu vào lịch của bạn</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Tệp lịch (*.ics)</translation>
    </message>
    <message>
        <source>The file could not be saved there. Please choose another folder.</source>
        <translation>Không thể lưu tệp vào đó. Vui lòng chọn thư mục khác.</translation>
    </message>
</context>
<context>
    <name>CameraPreview</name>
    <message>
        <source>Camera picture</source>
        <translation>Hình ảnh camera</translation>
    </message>
    <message>
        <source>The camera picture will appear here.</source>
        <translation>Hình ảnh camera sẽ hiện ở đây.</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Đang bật camera…</translation>
    </message>
    <message>
        <source>No camera found. Connect a webcam, or use a PC with a built-in camera, then press Check again.</source>
        <translation>Không tìm thấy camera. Hãy kết nối webcam, hoặc dùng máy tính có camera tích hợp, rồi nhấn Kiểm tra lại.</translation>
    </message>
    <message>
        <source>This app is not allowed to use the camera. Allow it in your PC&apos;s privacy settings, then press Check again.</source>
        <translation>Ứng dụng này chưa được phép dùng camera. Hãy cho phép trong cài đặt quyền riêng tư của máy tính, rồi nhấn Kiểm tra lại.</translation>
    </message>
    <message>
        <source>The camera could not be started. It may be in use by another app (for example Zoom or Teams). Close that app, then press Check again.</source>
        <translation>Không thể bật camera. Có thể ứng dụng khác đang dùng camera (ví dụ Zoom hoặc Teams). Hãy đóng ứng dụng đó, rồi nhấn Kiểm tra lại.</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>Unknown check: %1. Known checks: %2.</source>
        <translation>Mục kiểm tra không xác định: %1. Các mục kiểm tra có sẵn: %2.</translation>
    </message>
    <message>
        <source>The device check could not run. Please try again.</source>
        <translation>Không thể chạy kiểm tra thiết bị. Vui lòng thử lại.</translation>
    </message>
    <message>
        <source>The file %1 could not be opened.</source>
        <translation>Không thể mở tệp %1.</translation>
    </message>
    <message>
        <source>%1 is not a diagnostics bundle (it is not a zip file).</source>
        <translation>%1 không phải là gói chẩn đoán (không phải tệp zip).</translation>
    </message>
    <message>
        <source>%1 is not a diagnostics bundle from this app.</source>
        <translation>%1 không phải là gói chẩn đoán của ứng dụng này.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of this app. Update the app to read it.</source>
        <translation>%1 được tạo bởi phiên bản mới hơn của ứng dụng này. Hãy cập nhật ứng dụng để đọc tệp.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read. Ask for a new bundle.</source>
        <translation>%1 bị hỏng và không đọc được. Hãy xin một gói chẩn đoán mới.</translation>
    </message>
    <message>
        <source>The diagnostics bundle could not be saved to %1: %2</source>
        <translation>Không thể lưu gói chẩn đoán vào %1: %2</translation>
    </message>
    <message>
        <source>Diagnostics bundle saved: %1</source>
        <translation>Đã lưu gói chẩn đoán: %1</translation>
    </message>
    <message>
        <source>No server is set, so the report was not sent.</source>
        <translation>Chưa cài đặt máy chủ nên báo cáo chưa được gửi.</translation>
    </message>
    <message>
        <source>Sign in with the app first, then send the report again.</source>
        <translation>Hãy đăng nhập vào ứng dụng trước, rồi gửi lại báo cáo.</translation>
    </message>
    <message>
        <source>The report could not be sent. Check the connection and try again.</source>
        <translation>Không thể gửi báo cáo. Hãy kiểm tra kết nối rồi thử lại.</translation>
    </message>
    <message>
        <source>Report sent (number %1).</source>
        <translation>Đã gửi báo cáo (số %1).</translation>
    </message>
    <message>
        <source>Virus protection is turned off.</source>
        <translation>Phần mềm diệt virus đang tắt.</translation>
    </message>
    <message>
        <source>Virus protection is turned off: %1.</source>
        <translation>Phần mềm diệt virus đang tắt: %1.</translation>
    </message>
    <message>
        <source>Open your virus protection and turn real-time protection on.</source>
        <translation>Mở phần mềm diệt virus và bật chế độ bảo vệ thời gian thực.</translation>
    </message>
    <message>
        <source>The virus definitions of %1 are out of date.</source>
        <translation>Dữ liệu virus của %1 đã cũ.</translation>
    </message>
    <message>
        <source>Open your virus protection and choose to check for updates.</source>
        <translation>Mở phần mềm diệt virus và chọn kiểm tra cập nhật.</translation>
    </message>
    <message>
        <source>%1 is on and up to date.</source>
        <translation>%1 đang bật và đã được cập nhật.</translation>
    </message>
    <message>
        <source>Gatekeeper, the Mac&apos;s protection against harmful apps, is turned off.</source>
        <translation>Gatekeeper, tính năng bảo vệ của Mac chống ứng dụng độc hại, đang tắt.</translation>
    </message>
    <message>
        <source>Ask someone you trust to turn it back on (Terminal: sudo spctl --master-enable).</source>
        <translation>Hãy nhờ người bạn tin tưởng bật lại (Terminal: sudo spctl --master-enable).</translation>
    </message>
    <message>
        <source>The Mac&apos;s built-in malware data was last updated %1 days ago.</source>
        <translation>Dữ liệu chống phần mềm độc hại tích hợp của Mac được cập nhật lần cuối cách đây %1 ngày.</translation>
    </message>
    <message>
        <source>Open Software Update and install the updates.</source>
        <translation>Mở Cập nhật phần mềm (Software Update) và cài đặt các bản cập nhật.</translation>
    </message>
    <message>
        <source>The Mac&apos;s built-in protection (Gatekeeper and XProtect) is on.</source>
        <translation>Tính năng bảo vệ tích hợp của Mac (Gatekeeper và XProtect) đang bật.</translation>
    </message>
    <message>
        <source>No virus scanner was found that this app can check.</source>
        <translation>Không tìm thấy phần mềm diệt virus nào mà ứng dụng này có thể kiểm tra.</translation>
    </message>
    <message>
        <source>Update them (for example with: sudo freshclam).</source>
        <translation>Hãy cập nhật dữ liệu virus (ví dụ bằng lệnh: sudo freshclam).</translation>
    </message>
    <message>
        <source>This app (version %1) is too old to use the service.</source>
        <translation>Ứng dụng này (phiên bản %1) đã quá cũ để dùng dịch vụ.</translation>
    </message>
    <message>
        <source>Download and install the new version %1.</source>
        <translation>Tải về và cài đặt phiên bản mới %1.</translation>
    </message>
    <message>
        <source>A new version of this app is available: %1.</source>
        <translation>Đã có phiên bản mới của ứng dụng này: %1.</translation>
    </message>
    <message>
        <source>This app is up to date (version %1).</source>
        <translation>Ứng dụng này đã được cập nhật (phiên bản %1).</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Micrô</translation>
    </message>
    <message>
        <source>Speakers or headphones</source>
        <translation>Loa hoặc tai nghe</translation>
    </message>
    <message>
        <source>Operating system and updates</source>
        <translation>Hệ điều hành và cập nhật</translation>
    </message>
    <message>
        <source>Virus protection</source>
        <translation>Phần mềm diệt virus</translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation>Tường lửa</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Mạng</translation>
    </message>
    <message>
        <source>Connection to the service and Zoom</source>
        <translation>Kết nối với dịch vụ và Zoom</translation>
    </message>
    <message>
        <source>Zoom app</source>
        <translation>Ứng dụng Zoom</translation>
    </message>
    <message>
        <source>This app</source>
        <translation>Ứng dụng này</translation>
    </message>
    <message>
        <source>Recording and file-sharing programs</source>
        <translation>Chương trình ghi hình và chia sẻ tệp</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Nguồn điện</translation>
    </message>
    <message>
        <source>Computer load</source>
        <translation>Mức tải của máy tính</translation>
    </message>
    <message>
        <source>This could not be checked on this computer.</source>
        <translation>Không thể kiểm tra mục này trên máy tính này.</translation>
    </message>
    <message>
        <source>The check timed out before this computer answered.</source>
        <translation>Đã hết thời gian chờ trước khi máy tính này trả lời.</translation>
    </message>
    <message>
        <source>The tool needed for this check is not on this computer.</source>
        <translation>Máy tính này không có công cụ cần thiết cho mục kiểm tra này.</translation>
    </message>
    <message>
        <source>The answer from this computer could not be read.</source>
        <translation>Không đọc được câu trả lời từ máy tính này.</translation>
    </message>
    <message>
        <source>The counselling service cannot be reached.</source>
        <translation>Không thể kết nối với dịch vụ tư vấn.</translation>
    </message>
    <message>
        <source>Zoom cannot be reached.</source>
        <translation>Không thể kết nối với Zoom.</translation>
    </message>
    <message>
        <source>Check that the internet works (open a web page). At work or school, a network filter may block it: ask the administrator.</source>
        <translation>Hãy kiểm tra internet có hoạt động không (mở thử một trang web). Ở nơi làm việc hoặc trường học, bộ lọc mạng có thể chặn kết nối: hãy hỏi người quản trị.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is off by about %1 minutes.</source>
        <translation>Đồng hồ của máy tính này bị lệch khoảng %1 phút.</translation>
    </message>
    <message>
        <source>Turn on &quot;Set time automatically&quot; in the date and time settings.</source>
        <translation>Bật &quot;Đặt giờ tự động&quot; trong cài đặt ngày và giờ.</translation>
    </message>
    <message>
        <source>The connection is slow (%1 ms).</source>
        <translation>Kết nối chậm (%1 ms).</translation>
    </message>
    <message>
        <source>Move closer to the Wi-Fi router or use a network cable.</source>
        <translation>Hãy đến gần bộ phát Wi-Fi hơn hoặc dùng dây cáp mạng.</translation>
    </message>
    <message>
        <source>The service and Zoom can be reached, and the clock is right.</source>
        <translation>Có thể kết nối với dịch vụ và Zoom, và đồng hồ đúng giờ.</translation>
    </message>
    <message>
        <source>Zoom can be reached, and the clock is right.</source>
        <translation>Có thể kết nối với Zoom, và đồng hồ đúng giờ.</translation>
    </message>
    <message>
        <source>No camera was found.</source>
        <translation>Không tìm thấy camera.</translation>
    </message>
    <message>
        <source>Connect a webcam, or check that the built-in camera is switched on (some laptops have a switch or a key for it). Then check again.</source>
        <translation>Hãy kết nối webcam, hoặc kiểm tra camera tích hợp đã được bật chưa (một số máy tính xách tay có công tắc hoặc phím riêng để bật camera). Sau đó kiểm tra lại.</translation>
    </message>
    <message>
        <source>A camera was found: %1. The picture is tested in the app.</source>
        <translation>Đã tìm thấy camera: %1. Hình ảnh sẽ được kiểm tra trong ứng dụng.</translation>
    </message>
    <message>
        <source>This computer does not allow apps to use the camera.</source>
        <translation>Máy tính này không cho phép ứng dụng dùng camera.</translation>
    </message>
    <message>
        <source>Open the camera privacy setting, allow apps (and this app) to use the camera, then check again.</source>
        <translation>Mở cài đặt quyền riêng tư của camera, cho phép các ứng dụng (và ứng dụng này) dùng camera, rồi kiểm tra lại.</translation>
    </message>
    <message>
        <source>Another app is using the camera.</source>
        <translation>Một ứng dụng khác đang dùng camera.</translation>
    </message>
    <message>
        <source>Close other apps that may use the camera (Zoom, Teams, Skype, LINE, a browser tab), then check again.</source>
        <translation>Đóng các ứng dụng khác có thể đang dùng camera (Zoom, Teams, Skype, LINE, một tab trình duyệt), rồi kiểm tra lại.</translation>
    </message>
    <message>
        <source>The camera works.</source>
        <translation>Camera hoạt động tốt.</translation>
    </message>
    <message>
        <source>The camera did not send a picture.</source>
        <translation>Camera không gửi hình ảnh.</translation>
    </message>
    <message>
        <source>Check that the lens is not covered, unplug the camera and plug it in again, or restart the computer. Then check again.</source>
        <translation>Hãy kiểm tra ống kính có bị che không, rút camera ra rồi cắm lại, hoặc khởi động lại máy tính. Sau đó kiểm tra lại.</translation>
    </message>
    <message>
        <source>Found: %1.</source>
        <translation>Đã tìm thấy: %1.</translation>
    </message>
    <message>
        <source>No microphone was found.</source>
        <translation>Không tìm thấy micrô.</translation>
    </message>
    <message>
        <source>Connect a headset or microphone, or allow microphone use in the privacy settings. Then check again.</source>
        <translation>Hãy kết nối tai nghe có micrô hoặc micrô, hoặc cho phép dùng micrô trong cài đặt quyền riêng tư. Sau đó kiểm tra lại.</translation>
    </message>
    <message>
        <source>No speakers or headphones were found.</source>
        <translation>Không tìm thấy loa hoặc tai nghe.</translation>
    </message>
    <message>
        <source>Connect headphones or speakers, or turn the sound on. Then check again.</source>
        <translation>Hãy kết nối tai nghe hoặc loa, hoặc bật âm thanh. Sau đó kiểm tra lại.</translation>
    </message>
    <message>
        <source>The firewall is on.</source>
        <translation>Tường lửa đang bật.</translation>
    </message>
    <message>
        <source>The firewall is off for these networks: %1.</source>
        <translation>Tường lửa đang tắt cho các mạng này: %1.</translation>
    </message>
    <message>
        <source>Open the firewall settings and turn the firewall on.</source>
        <translation>Mở cài đặt tường lửa và bật tường lửa.</translation>
    </message>
    <message>
        <source>The Mac&apos;s firewall is off.</source>
        <translation>Tường lửa của Mac đang tắt.</translation>
    </message>
    <message>
        <source>Open the Network settings, choose Firewall and turn it on.</source>
        <translation>Mở cài đặt Mạng, chọn Tường lửa và bật lên.</translation>
    </message>
    <message>
        <source>No firewall was found that this app can check.</source>
        <translation>Không tìm thấy tường lửa nào mà ứng dụng này có thể kiểm tra.</translation>
    </message>
    <message>
        <source>This computer is not connected to a network.</source>
        <translation>Máy tính này chưa kết nối mạng.</translation>
    </message>
    <message>
        <source>Connect to your home Wi-Fi or plug in a network cable, then check again.</source>
        <translation>Hãy kết nối Wi-Fi ở nhà hoặc cắm dây cáp mạng, rồi kiểm tra lại.</translation>
    </message>
    <message>
        <source>This Wi-Fi has no password or uses old, unsafe protection.</source>
        <translation>Wi-Fi này không có mật khẩu hoặc dùng cách bảo vệ cũ, không an toàn.</translation>
    </message>
    <message>
        <source>Use your home Wi-Fi with a password (WPA2 or WPA3) or a network cable.</source>
        <translation>Hãy dùng Wi-Fi ở nhà có mật khẩu (WPA2 hoặc WPA3) hoặc dây cáp mạng.</translation>
    </message>
    <message>
        <source>This Wi-Fi uses weak protection.</source>
        <translation>Wi-Fi này dùng cách bảo vệ yếu.</translation>
    </message>
    <message>
        <source>If it is your router, set it to WPA2 or WPA3 (AES).</source>
        <translation>Nếu đó là bộ phát Wi-Fi của bạn, hãy cài đặt WPA2 hoặc WPA3 (AES).</translation>
    </message>
    <message>
        <source>This looks like a free or public Wi-Fi hotspot.</source>
        <translation>Đây có vẻ là Wi-Fi miễn phí hoặc Wi-Fi công cộng.</translation>
    </message>
    <message>
        <source>Counselling is private: use your home network, not a public one.</source>
        <translation>Buổi tư vấn là riêng tư: hãy dùng mạng ở nhà, không dùng mạng công cộng.</translation>
    </message>
    <message>
        <source>Windows treats this network as a public network.</source>
        <translation>Windows đang coi mạng này là mạng công cộng.</translation>
    </message>
    <message>
        <source>If you are at a café, station or hotel, go home first. At home, you can set this network to Private.</source>
        <translation>Nếu bạn đang ở quán cà phê, nhà ga hoặc khách sạn, hãy về nhà trước. Ở nhà, bạn có thể đặt mạng này thành Riêng tư (Private).</translation>
    </message>
    <message>
        <source>Connected by cable.</source>
        <translation>Đã kết nối bằng dây cáp.</translation>
    </message>
    <message>
        <source>Connected by Wi-Fi.</source>
        <translation>Đã kết nối bằng Wi-Fi.</translation>
    </message>
    <message>
        <source>Connected by mobile data. A 30-minute video call uses a lot of data.</source>
        <translation>Đã kết nối bằng dữ liệu di động. Một cuộc gọi video 30 phút tốn nhiều dữ liệu.</translation>
    </message>
    <message>
        <source>Connected through a VPN.</source>
        <translation>Đã kết nối qua VPN.</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Đã kết nối.</translation>
    </message>
    <message>
        <source>%1 no longer gets security updates.</source>
        <translation>%1 không còn nhận bản cập nhật bảo mật.</translation>
    </message>
    <message>
        <source>Update to a newer version. Open the update settings to start.</source>
        <translation>Hãy cập nhật lên phiên bản mới hơn. Mở cài đặt cập nhật để bắt đầu.</translation>
    </message>
    <message>
        <source>%1 is a current version.</source>
        <translation>%1 là phiên bản hiện hành.</translation>
    </message>
    <message>
        <source>%1: its support dates are not known yet.</source>
        <translation>%1: chưa biết thời hạn hỗ trợ.</translation>
    </message>
    <message>
        <source>%1 probably no longer gets security updates.</source>
        <translation>%1 có lẽ không còn nhận bản cập nhật bảo mật.</translation>
    </message>
    <message>
        <source>%1 stopped getting security updates on %2.</source>
        <translation>%1 đã ngừng nhận bản cập nhật bảo mật từ ngày %2.</translation>
    </message>
    <message>
        <source>%1 gets security updates only until %2.</source>
        <translation>%1 chỉ nhận bản cập nhật bảo mật đến ngày %2.</translation>
    </message>
    <message>
        <source>Plan to update to a newer version before then.</source>
        <translation>Hãy lên kế hoạch cập nhật lên phiên bản mới hơn trước thời điểm đó.</translation>
    </message>
    <message>
        <source>%1 is supported until %2.</source>
        <translation>%1 được hỗ trợ đến ngày %2.</translation>
    </message>
    <message>
        <source>%1 is a server system, not a PC system.</source>
        <translation>%1 là hệ điều hành dành cho máy chủ, không phải cho máy tính cá nhân.</translation>
    </message>
    <message>
        <source>Use a PC with Windows 11 or a Mac if you can.</source>
        <translation>Nếu có thể, hãy dùng máy tính chạy Windows 11 hoặc máy Mac.</translation>
    </message>
    <message>
        <source>Open Windows Update and install the updates.</source>
        <translation>Mở Windows Update và cài đặt các bản cập nhật.</translation>
    </message>
    <message>
        <source>The last update was installed %1 days ago.</source>
        <translation>Bản cập nhật gần nhất được cài đặt cách đây %1 ngày.</translation>
    </message>
    <message>
        <source>%1 has updates waiting to be installed.</source>
        <translation>%1 có bản cập nhật đang chờ cài đặt.</translation>
    </message>
    <message>
        <source>%1: this app cannot tell whether it still gets security updates.</source>
        <translation>%1: ứng dụng này không biết hệ điều hành còn nhận bản cập nhật bảo mật hay không.</translation>
    </message>
    <message>
        <source>Install your system&apos;s updates regularly.</source>
        <translation>Hãy cài đặt bản cập nhật của hệ điều hành thường xuyên.</translation>
    </message>
    <message>
        <source>No battery: the computer runs on mains power.</source>
        <translation>Không có pin: máy tính đang dùng điện lưới.</translation>
    </message>
    <message>
        <source>The power cable is connected.</source>
        <translation>Dây sạc đã được cắm.</translation>
    </message>
    <message>
        <source>The battery is low (%1 %).</source>
        <translation>Pin yếu (%1 %).</translation>
    </message>
    <message>
        <source>Connect the power cable before the session.</source>
        <translation>Hãy cắm dây sạc trước buổi tư vấn.</translation>
    </message>
    <message>
        <source>Running on battery. Connecting the power cable for the session is safer.</source>
        <translation>Đang chạy bằng pin. Cắm dây sạc trong buổi tư vấn sẽ an toàn hơn.</translation>
    </message>
    <message>
        <source>The processor is very busy (%1 %).</source>
        <translation>Bộ xử lý đang rất bận (%1 %).</translation>
    </message>
    <message>
        <source>Memory is nearly full (%1 %).</source>
        <translation>Bộ nhớ gần đầy (%1 %).</translation>
    </message>
    <message>
        <source>Close programs and browser tabs you do not need, then check again.</source>
        <translation>Đóng các chương trình và tab trình duyệt không cần thiết, rồi kiểm tra lại.</translation>
    </message>
    <message>
        <source>The computer has enough free capacity.</source>
        <translation>Máy tính còn đủ khả năng xử lý.</translation>
    </message>
    <message>
        <source>A file-sharing (P2P) program is running: %1.</source>
        <translation>Một chương trình chia sẻ tệp (P2P) đang chạy: %1.</translation>
    </message>
    <message>
        <source>Quit it and, if you can, uninstall it. Then check again.</source>
        <translation>Hãy thoát chương trình đó và gỡ cài đặt nếu có thể. Sau đó kiểm tra lại.</translation>
    </message>
    <message>
        <source>A screen recording program is running: %1.</source>
        <translation>Một chương trình ghi màn hình đang chạy: %1.</translation>
    </message>
    <message>
        <source>Recording the counselling is not allowed. Quit the program before the session.</source>
        <translation>Không được phép ghi hình buổi tư vấn. Hãy thoát chương trình trước buổi tư vấn.</translation>
    </message>
    <message>
        <source>No recording or file-sharing programs are running.</source>
        <translation>Không có chương trình ghi hình hoặc chia sẻ tệp nào đang chạy.</translation>
    </message>
    <message>
        <source>The Zoom app is not installed.</source>
        <translation>Chưa cài đặt ứng dụng Zoom.</translation>
    </message>
    <message>
        <source>Install Zoom Workplace from zoom.us, then check again.</source>
        <translation>Hãy cài đặt Zoom Workplace từ zoom.us, rồi kiểm tra lại.</translation>
    </message>
    <message>
        <source>Zoom is installed, but its version could not be read.</source>
        <translation>Đã cài đặt Zoom, nhưng không đọc được phiên bản.</translation>
    </message>
    <message>
        <source>Open Zoom once before the session so it can update itself.</source>
        <translation>Hãy mở Zoom một lần trước buổi tư vấn để Zoom tự cập nhật.</translation>
    </message>
    <message>
        <source>Zoom %1 is too old to join meetings (needs %2 or newer).</source>
        <translation>Zoom %1 đã quá cũ để tham gia cuộc họp (cần phiên bản %2 trở lên).</translation>
    </message>
    <message>
        <source>Open Zoom and choose Check for Updates, or install it again from zoom.us.</source>
        <translation>Mở Zoom và chọn Kiểm tra cập nhật (Check for Updates), hoặc cài đặt lại từ zoom.us.</translation>
    </message>
    <message>
        <source>Zoom %1 is installed.</source>
        <translation>Đã cài đặt Zoom %1.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Tốt</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Có vấn đề</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Không rõ</translation>
    </message>
    <message>
        <source>Device check, %1 (hwclient %2, %3)</source>
        <translation>Kiểm tra thiết bị, %1 (hwclient %2, %3)</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Kết quả: %1</translation>
    </message>
</context>
<context>
    <name>Companions</name>
    <message>
        <source>No one: I will be alone in a private room.</source>
        <translation>Không có ai: tôi sẽ ở một mình trong phòng riêng.</translation>
    </message>
    <message>
        <source>a family member</source>
        <translation>một người thân trong gia đình</translation>
    </message>
    <message>
        <source>a support worker</source>
        <translation>một nhân viên hỗ trợ</translation>
    </message>
    <message>
        <source>an interpreter</source>
        <translation>một phiên dịch viên</translation>
    </message>
    <message>
        <source>a carer</source>
        <translation>một người chăm sóc</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>một người khác</translation>
    </message>
</context>
<context>
    <name>CompanionsEditor</name>
    <message>
        <source>Please be in a private room during the session. If someone will be with you, tick who it is, so the counsellor knows:</source>
        <translation>Vui lòng ở trong phòng riêng trong buổi tư vấn. Nếu có người ở cùng bạn, hãy đánh dấu người đó là ai để nhân viên tư vấn biết:</translation>
    </message>
    <message>
        <source>A &amp;family member</source>
        <translation>Một người thân trong &amp;gia đình</translation>
    </message>
    <message>
        <source>A &amp;support worker</source>
        <translation>Một nhân viên &amp;hỗ trợ</translation>
    </message>
    <message>
        <source>An &amp;interpreter, for this language:</source>
        <translation>Một phiên dịch &amp;viên, cho ngôn ngữ này:</translation>
    </message>
    <message>
        <source>A &amp;carer</source>
        <translation>Một người &amp;chăm sóc</translation>
    </message>
    <message>
        <source>Someone &amp;else (please say who):</source>
        <translation>Một người &amp;khác (vui lòng ghi rõ là ai):</translation>
    </message>
    <message>
        <source>Language of the interpreter</source>
        <translation>Ngôn ngữ của phiên dịch viên</translation>
    </message>
    <message>
        <source>Who else will be with you</source>
        <translation>Ai khác sẽ ở cùng bạn</translation>
    </message>
    <message>
        <source>For example: a friend</source>
        <translation>Ví dụ: một người bạn</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <source>Starting now</source>
        <translation>Đang bắt đầu</translation>
    </message>
    <message>
        <source>Starts in {time}</source>
        <translation>Bắt đầu sau {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n ngày</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n giờ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n phút</numerusform>
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
        <translation>Phiên bản ứng dụng này không có chế độ demo. Vui lòng dùng địa chỉ máy chủ do văn phòng Hello Work cung cấp.</translation>
    </message>
</context>
<context>
    <name>DemoMailbox</name>
    <message>
        <source>Demo mailbox</source>
        <translation>Hộp thư demo</translation>
    </message>
    <message>
        <source>In the demo, mails are not really sent. They appear here instead. Select a mail to read it, and click its link to continue.</source>
        <translation>Trong chế độ demo, email không thật sự được gửi đi mà hiện ở đây. Chọn một email để đọc, rồi nhấn vào liên kết trong đó để tiếp tục.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Người nhận</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Mails, newest first</source>
        <translation>Email, mới nhất ở trên</translation>
    </message>
    <message>
        <source>Text of the selected mail</source>
        <translation>Nội dung email đã chọn</translation>
    </message>
    <message>
        <source>No mails yet. Register an account to receive one.</source>
        <translation>Chưa có email nào. Hãy đăng ký tài khoản để nhận email.</translation>
    </message>
    <message>
        <source>This mail has no text.</source>
        <translation>Email này không có nội dung.</translation>
    </message>
    <message>
        <source>Completing your registration…</source>
        <translation>Đang hoàn tất đăng ký…</translation>
    </message>
    <message>
        <source>Your registration is complete. You can sign in now.</source>
        <translation>Đăng ký đã hoàn tất. Bây giờ bạn có thể đăng nhập.</translation>
    </message>
</context>
<context>
    <name>DeviceCheckPage</name>
    <message>
        <source>Check my device</source>
        <translation>Kiểm tra thiết bị của tôi</translation>
    </message>
    <message>
        <source>Let&apos;s check that your PC is ready for a video session. You should see yourself, the bar should move when you speak, and you should hear the test sound.</source>
        <translation>Hãy kiểm tra máy tính của bạn đã sẵn sàng cho buổi tư vấn qua video chưa. Bạn sẽ thấy hình mình, thanh mức âm thanh sẽ chuyển động khi bạn nói, và bạn sẽ nghe thấy âm thanh thử.</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Micrô</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>Mức âm thanh micrô</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Loa</translation>
    </message>
    <message>
        <source>&amp;Play test sound</source>
        <translation>&amp;Phát âm thanh thử</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Kiểm tra &amp;lại</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Tiếp tục</translation>
    </message>
    <message>
        <source>No microphone found. Connect a headset or a microphone.</source>
        <translation>Không tìm thấy micrô. Hãy kết nối tai nghe có micrô hoặc micrô.</translation>
    </message>
    <message>
        <source>We can hear you.</source>
        <translation>Chúng tôi nghe thấy bạn.</translation>
    </message>
    <message>
        <source>Say something: the bar should move.</source>
        <translation>Hãy nói gì đó: thanh mức âm thanh sẽ chuyển động.</translation>
    </message>
    <message>
        <source>The microphone could not be started. Close other apps using it.</source>
        <translation>Không thể bật micrô. Hãy đóng các ứng dụng khác đang dùng micrô.</translation>
    </message>
    <message>
        <source>No speakers found. Connect speakers or headphones.</source>
        <translation>Không tìm thấy loa. Hãy kết nối loa hoặc tai nghe.</translation>
    </message>
    <message>
        <source>Did you hear a chime? If not, turn up the volume and play it again.</source>
        <translation>Bạn có nghe thấy tiếng chuông không? Nếu không, hãy tăng âm lượng và phát lại.</translation>
    </message>
    <message>
        <source>Press the button: you should hear a short chime.</source>
        <translation>Nhấn nút: bạn sẽ nghe thấy một tiếng chuông ngắn.</translation>
    </message>
    <message numerus="yes">
        <source>Checking your PC… %n of %1 done.</source>
        <translation>
            <numerusform>Đang kiểm tra máy tính… đã xong %n trên %1 mục.</numerusform>
        </translation>
    </message>
    <message>
        <source>The check is finished.</source>
        <translation>Đã kiểm tra xong.</translation>
    </message>
    <message>
        <source>Some things must be fixed before your session. See the steps below.</source>
        <translation>Có một số vấn đề phải khắc phục trước buổi tư vấn. Xem các bước bên dưới.</translation>
    </message>
    <message>
        <source>Your PC can be used, but some things need attention.</source>
        <translation>Máy tính của bạn dùng được, nhưng có một số điều cần chú ý.</translation>
    </message>
    <message>
        <source>Your PC is ready for the session.</source>
        <translation>Máy tính của bạn đã sẵn sàng cho buổi tư vấn.</translation>
    </message>
    <message>
        <source>The result was sent to your Hello Work office.</source>
        <translation>Kết quả đã được gửi đến văn phòng Hello Work của bạn.</translation>
    </message>
</context>
<context>
    <name>ForgotPage</name>
    <message>
        <source>Forgot your password?</source>
        <translation>Quên mật khẩu?</translation>
    </message>
    <message>
        <source>For your safety, passwords are not reset by e-mail, and accounts are not issued again. Please phone your Hello Work office. They will check who you are and help you.</source>
        <translation>Vì sự an toàn của bạn, mật khẩu không được đặt lại qua email và tài khoản không được cấp lại. Vui lòng gọi điện cho văn phòng Hello Work. Văn phòng sẽ xác nhận danh tính và giúp bạn.</translation>
    </message>
    <message>
        <source>When you call, say that you use the online counselling app and forgot your password. Have your Hello Work card (with your job-seeker number) ready.</source>
        <translation>Khi gọi điện, hãy nói rằng bạn dùng ứng dụng tư vấn trực tuyến và đã quên mật khẩu. Hãy chuẩn bị sẵn thẻ Hello Work (có số người tìm việc (求職番号)).</translation>
    </message>
    <message>
        <source>Hello Work offices</source>
        <translation>Các văn phòng Hello Work</translation>
    </message>
    <message>
        <source>&amp;Back to sign in</source>
        <translation>&amp;Quay lại đăng nhập</translation>
    </message>
    <message>
        <source>The phone number of your office is on your Hello Work card and on the Hello Work website.</source>
        <translation>Số điện thoại của văn phòng có trên thẻ Hello Work và trên trang web của Hello Work.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Home</source>
        <translation>Trang chính</translation>
    </message>
    <message>
        <source>Your next session</source>
        <translation>Buổi tư vấn tiếp theo</translation>
    </message>
    <message>
        <source>&amp;Join the session</source>
        <translation>&amp;Tham gia buổi tư vấn</translation>
    </message>
    <message>
        <source>&amp;Book a session</source>
        <translation>Đặt &amp;lịch hẹn tư vấn</translation>
    </message>
    <message>
        <source>&amp;My bookings</source>
        <translation>Lịch hẹn của &amp;tôi</translation>
    </message>
    <message>
        <source>You have no session booked.</source>
        <translation>Bạn chưa đặt lịch hẹn tư vấn nào.</translation>
    </message>
    <message>
        <source>&amp;Check my device</source>
        <translation>&amp;Kiểm tra thiết bị của tôi</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Thử lại</translation>
    </message>
    <message>
        <source>Hello, {name}.</source>
        <translation>Xin chào, {name}.</translation>
    </message>
    <message>
        <source>Office: {office}</source>
        <translation>Văn phòng: {office}</translation>
    </message>
    <message>
        <source>Office: {office} (phone {phone})</source>
        <translation>Văn phòng: {office} (điện thoại {phone})</translation>
    </message>
    <message>
        <source>With you: {who}</source>
        <translation>Người đi cùng: {who}</translation>
    </message>
    <message>
        <source>Please check your camera, microphone and PC before the session.</source>
        <translation>Vui lòng kiểm tra camera, micrô và máy tính trước buổi tư vấn.</translation>
    </message>
    <message>
        <source>Your last device check found problems. Please fix them and check again.</source>
        <translation>Lần kiểm tra thiết bị gần nhất đã phát hiện vấn đề. Vui lòng khắc phục rồi kiểm tra lại.</translation>
    </message>
    <message>
        <source>Joining is open now. Press Join the session.</source>
        <translation>Đã có thể tham gia. Hãy nhấn Tham gia buổi tư vấn.</translation>
    </message>
    <message>
        <source>You can join from {time} (10 minutes before the start).</source>
        <translation>Bạn có thể tham gia từ {time} (10 phút trước giờ bắt đầu).</translation>
    </message>
    <message>
        <source>The time to join has passed. If you could not join, please phone the office: {phone}</source>
        <translation>Đã hết thời gian tham gia. Nếu bạn không tham gia được, vui lòng gọi điện cho văn phòng: {phone}</translation>
    </message>
</context>
<context>
    <name>JobSeekerNumber</name>
    <message>
        <source>Please enter your job-seeker number. It is on your Hello Work card.</source>
        <translation>Vui lòng nhập số người tìm việc (求職番号). Số này có trên thẻ Hello Work của bạn.</translation>
    </message>
    <message>
        <source>Please use only numbers and one hyphen, like {example}.</source>
        <translation>Vui lòng chỉ dùng chữ số và một dấu gạch ngang, ví dụ {example}.</translation>
    </message>
    <message>
        <source>Please use only one hyphen, after the first 5 numbers, like {example}.</source>
        <translation>Vui lòng chỉ dùng một dấu gạch ngang, sau 5 chữ số đầu, ví dụ {example}.</translation>
    </message>
    <message>
        <source>The part before the hyphen has 5 numbers, like {example}.</source>
        <translation>Phần trước dấu gạch ngang gồm 5 chữ số, ví dụ {example}.</translation>
    </message>
    <message>
        <source>The part after the hyphen has 1 to 8 numbers, like {example}.</source>
        <translation>Phần sau dấu gạch ngang gồm từ 1 đến 8 chữ số, ví dụ {example}.</translation>
    </message>
</context>
<context>
    <name>JoinPage</name>
    <message>
        <source>Join the session</source>
        <translation>Tham gia buổi tư vấn</translation>
    </message>
    <message>
        <source>Before you join, please confirm each point:</source>
        <translation>Trước khi tham gia, vui lòng xác nhận từng điểm:</translation>
    </message>
    <message>
        <source>I am in a private room, or everyone with me was declared in the booking.</source>
        <translation>Tôi đang ở trong phòng riêng, hoặc mọi người ở cùng tôi đã được khai báo khi đặt lịch hẹn.</translation>
    </message>
    <message>
        <source>I will not record the session (no screen or sound recording).</source>
        <translation>Tôi sẽ không ghi lại buổi tư vấn (không ghi màn hình hoặc ghi âm).</translation>
    </message>
    <message>
        <source>&amp;Open Zoom and join</source>
        <translation>&amp;Mở Zoom và tham gia</translation>
    </message>
    <message>
        <source>My name in Zoom will be my registered name: {name}. The counsellor checks it with my job-seeker number.</source>
        <translation>Tên của tôi trong Zoom sẽ là tên đã đăng ký: {name}. Nhân viên tư vấn sẽ đối chiếu với số người tìm việc (求職番号) của tôi.</translation>
    </message>
    <message>
        <source>{when} with {office}</source>
        <translation>{when} với {office}</translation>
    </message>
    <message>
        <source>Declared in your booking: {who}</source>
        <translation>Đã khai báo trong lịch hẹn: {who}</translation>
    </message>
    <message>
        <source>Zoom could not be opened. Please install Zoom or try another browser.</source>
        <translation>Không thể mở Zoom. Vui lòng cài đặt Zoom hoặc thử trình duyệt khác.</translation>
    </message>
    <message>
        <source>Zoom is opening. If nothing happens, open the meeting in your browser.</source>
        <translation>Zoom đang mở. Nếu không thấy gì, hãy mở cuộc họp trong trình duyệt.</translation>
    </message>
    <message>
        <source>The meeting is opening in your browser.</source>
        <translation>Cuộc họp đang mở trong trình duyệt của bạn.</translation>
    </message>
    <message>
        <source>Open in &amp;browser</source>
        <translation>Mở trong trình &amp;duyệt</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Choose the language for this app. You can change it later in Settings.</source>
        <translation>Chọn ngôn ngữ cho ứng dụng này. Bạn có thể đổi sau trong Cài đặt.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Tiếp tục</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Hello Work online counselling</source>
        <translation>Tư vấn trực tuyến Hello Work</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Quay lại</translation>
    </message>
    <message>
        <source>Back to the previous step</source>
        <translation>Quay lại bước trước</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Các bước</translation>
    </message>
    <message>
        <source>&amp;App</source>
        <translation>Ứng &amp;dụng</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>T&amp;rợ giúp</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostic info for the help desk</source>
        <translation>&amp;Sao chép thông tin chẩn đoán cho bộ phận hỗ trợ</translation>
    </message>
    <message>
        <source>&amp;About this app</source>
        <translation>&amp;Giới thiệu ứng dụng</translation>
    </message>
    <message>
        <source>Demo &amp;mailbox</source>
        <translation>&amp;Hộp thư demo</translation>
    </message>
    <message>
        <source>Demo mode: nothing here is real. Sign in with {email} and the password {password}.</source>
        <translation>Chế độ demo: mọi thứ ở đây đều không có thật. Đăng nhập bằng {email} và mật khẩu {password}.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Check my device</source>
        <translation>Kiểm tra thiết bị của tôi</translation>
    </message>
    <message>
        <source>Terms of use</source>
        <translation>Điều khoản sử dụng</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Trang chính</translation>
    </message>
    <message>
        <source>Book a session</source>
        <translation>Đặt lịch hẹn tư vấn</translation>
    </message>
    <message>
        <source>My bookings</source>
        <translation>Lịch hẹn của tôi</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>Tài khoản của tôi</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Could not reach the Hello Work service. Check your internet connection, then press Try again. You can check your device meanwhile.</source>
        <translation>Không thể kết nối với dịch vụ Hello Work. Hãy kiểm tra kết nối internet, rồi nhấn Thử lại. Trong lúc chờ, bạn có thể kiểm tra thiết bị.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Thử lại</translation>
    </message>
    <message>
        <source>You were signed out. Please sign in again to continue where you were.</source>
        <translation>Bạn đã bị đăng xuất. Vui lòng đăng nhập lại để tiếp tục từ chỗ đang làm.</translation>
    </message>
    <message>
        <source>Diagnostic info copied. You can paste it into a mail to the help desk.</source>
        <translation>Đã sao chép thông tin chẩn đoán. Bạn có thể dán vào email gửi bộ phận hỗ trợ.</translation>
    </message>
    <message>
        <source>About this app</source>
        <translation>Giới thiệu ứng dụng</translation>
    </message>
    <message>
        <source>Hello Work online counselling, version {version}</source>
        <translation>Tư vấn trực tuyến Hello Work, phiên bản {version}</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Đã xảy ra lỗi</translation>
    </message>
    <message>
        <source>Something went wrong in the app. Please try again. If it happens again, copy the diagnostic info and send it to the help desk.</source>
        <translation>Đã xảy ra lỗi trong ứng dụng. Vui lòng thử lại. Nếu lỗi vẫn xảy ra, hãy sao chép thông tin chẩn đoán và gửi cho bộ phận hỗ trợ.</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostic info</source>
        <translation>&amp;Sao chép thông tin chẩn đoán</translation>
    </message>
</context>
<context>
    <name>Meeting</name>
    <message>
        <source>The meeting link from the service does not look like a Zoom link, so the app did not open it. Please phone your Hello Work office.</source>
        <translation>Liên kết cuộc họp từ dịch vụ không giống liên kết Zoom, nên ứng dụng đã không mở. Vui lòng gọi điện cho văn phòng Hello Work của bạn.</translation>
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
        <translation>Vui lòng gọi điện cho văn phòng Hello Work của bạn: {phone}.</translation>
    </message>
    <message>
        <source>Please phone your Hello Work office.</source>
        <translation>Vui lòng gọi điện cho văn phòng Hello Work của bạn.</translation>
    </message>
    <message>
        <source>Some information is missing or not in the right form.</source>
        <translation>Một số thông tin còn thiếu hoặc chưa đúng dạng.</translation>
    </message>
    <message>
        <source>Please check the marked fields and try again.</source>
        <translation>Vui lòng kiểm tra các ô được đánh dấu rồi thử lại.</translation>
    </message>
    <message>
        <source>This password is too easy to guess.</source>
        <translation>Mật khẩu này quá dễ đoán.</translation>
    </message>
    <message>
        <source>Please choose a password of at least 10 characters that is not your e-mail address and not a common word.</source>
        <translation>Vui lòng chọn mật khẩu có ít nhất 10 ký tự, không phải địa chỉ email và không phải từ thông dụng.</translation>
    </message>
    <message>
        <source>Please choose a harder password.</source>
        <translation>Vui lòng chọn mật khẩu khó đoán hơn.</translation>
    </message>
    <message>
        <source>This link does not work any more. It may be older than 24 hours or used already.</source>
        <translation>Liên kết này không còn dùng được. Có thể liên kết đã quá 24 giờ hoặc đã được dùng rồi.</translation>
    </message>
    <message>
        <source>Please register again to get a new link, or sign in if you already finished.</source>
        <translation>Vui lòng đăng ký lại để nhận liên kết mới, hoặc đăng nhập nếu bạn đã hoàn tất đăng ký.</translation>
    </message>
    <message>
        <source>The e-mail address or the password is not right.</source>
        <translation>Địa chỉ email hoặc mật khẩu không đúng.</translation>
    </message>
    <message>
        <source>Please check both and try again. Capital letters count.</source>
        <translation>Vui lòng kiểm tra cả hai rồi thử lại. Chữ hoa và chữ thường được phân biệt.</translation>
    </message>
    <message>
        <source>Please check your password.</source>
        <translation>Vui lòng kiểm tra mật khẩu.</translation>
    </message>
    <message>
        <source>Your registration is not finished yet.</source>
        <translation>Bạn chưa hoàn tất đăng ký.</translation>
    </message>
    <message>
        <source>Please open the link in the e-mail we sent you. We can send the e-mail again.</source>
        <translation>Vui lòng mở liên kết trong email chúng tôi đã gửi. Chúng tôi có thể gửi lại email.</translation>
    </message>
    <message>
        <source>Sign-in is paused after several wrong passwords, to protect your account.</source>
        <translation>Đăng nhập tạm thời bị khóa sau nhiều lần nhập sai mật khẩu, để bảo vệ tài khoản của bạn.</translation>
    </message>
    <message numerus="yes">
        <source>Please try again in %n minute(s). If you forgot your password, phone your office.</source>
        <translation>
            <numerusform>Vui lòng thử lại sau %n phút. Nếu bạn quên mật khẩu, hãy gọi điện cho văn phòng.</numerusform>
        </translation>
    </message>
    <message>
        <source>You have been signed out.</source>
        <translation>Bạn đã bị đăng xuất.</translation>
    </message>
    <message>
        <source>Please sign in again. Nothing you typed is lost.</source>
        <translation>Vui lòng đăng nhập lại. Những gì bạn đã nhập không bị mất.</translation>
    </message>
    <message>
        <source>The terms of use changed while you were reading them.</source>
        <translation>Điều khoản sử dụng đã thay đổi trong lúc bạn đang đọc.</translation>
    </message>
    <message>
        <source>Please read the new version and agree again.</source>
        <translation>Vui lòng đọc phiên bản mới và đồng ý lại.</translation>
    </message>
    <message>
        <source>Before booking, please agree to the current terms of use.</source>
        <translation>Trước khi đặt lịch hẹn, vui lòng đồng ý với điều khoản sử dụng hiện hành.</translation>
    </message>
    <message>
        <source>We will show you the terms, then bring you back here.</source>
        <translation>Chúng tôi sẽ hiển thị điều khoản, sau đó đưa bạn quay lại đây.</translation>
    </message>
    <message>
        <source>This version of the app is too old to use the service.</source>
        <translation>Phiên bản ứng dụng này đã quá cũ để dùng dịch vụ.</translation>
    </message>
    <message>
        <source>Please install the new version. Your bookings are kept.</source>
        <translation>Vui lòng cài đặt phiên bản mới. Lịch hẹn của bạn vẫn được giữ nguyên.</translation>
    </message>
    <message>
        <source>We could not find this any more. It may have been removed.</source>
        <translation>Không còn tìm thấy mục này. Có thể mục này đã bị xóa.</translation>
    </message>
    <message>
        <source>Please go back and try again.</source>
        <translation>Vui lòng quay lại và thử lại.</translation>
    </message>
    <message>
        <source>Someone just booked this time. Please choose another time.</source>
        <translation>Có người vừa đặt giờ này. Vui lòng chọn giờ khác.</translation>
    </message>
    <message>
        <source>Other free times are shown below.</source>
        <translation>Các giờ còn trống khác được hiển thị bên dưới.</translation>
    </message>
    <message>
        <source>You already have a session on {date}. Only one session a day is possible.</source>
        <translation>Bạn đã có một buổi tư vấn vào ngày {date}. Mỗi ngày chỉ được đặt một buổi.</translation>
    </message>
    <message>
        <source>You already have a session on that day. Only one session a day is possible.</source>
        <translation>Bạn đã có một buổi tư vấn vào ngày đó. Mỗi ngày chỉ được đặt một buổi.</translation>
    </message>
    <message>
        <source>Please choose another day.</source>
        <translation>Vui lòng chọn ngày khác.</translation>
    </message>
    <message>
        <source>Booking is paused until {date} because sessions were missed.</source>
        <translation>Việc đặt lịch hẹn bị tạm ngừng đến ngày {date} vì bạn đã vắng mặt ở các buổi tư vấn.</translation>
    </message>
    <message>
        <source>Booking is paused for your account because sessions were missed.</source>
        <translation>Việc đặt lịch hẹn cho tài khoản của bạn bị tạm ngừng vì bạn đã vắng mặt ở các buổi tư vấn.</translation>
    </message>
    <message>
        <source>Your office has paused online sessions for your account, often because residence status details need checking.</source>
        <translation>Văn phòng đã tạm dừng buổi tư vấn trực tuyến cho tài khoản của bạn, thường là vì cần kiểm tra thông tin tư cách lưu trú.</translation>
    </message>
    <message>
        <source>The session has already started, so it cannot be cancelled in the app.</source>
        <translation>Buổi tư vấn đã bắt đầu nên không thể hủy trong ứng dụng.</translation>
    </message>
    <message>
        <source>This booking is no longer active. It may have been cancelled.</source>
        <translation>Lịch hẹn này không còn hiệu lực. Có thể lịch hẹn đã bị hủy.</translation>
    </message>
    <message>
        <source>Please look at My bookings for its current state.</source>
        <translation>Vui lòng xem Lịch hẹn của tôi để biết tình trạng hiện tại.</translation>
    </message>
    <message>
        <source>Your booking request changed while it was being sent.</source>
        <translation>Yêu cầu đặt lịch hẹn đã thay đổi trong lúc đang gửi.</translation>
    </message>
    <message>
        <source>Please check My bookings, then try again.</source>
        <translation>Vui lòng kiểm tra Lịch hẹn của tôi, rồi thử lại.</translation>
    </message>
    <message>
        <source>You can join from {time} on {date} (10 minutes before the start).</source>
        <translation>Bạn có thể tham gia từ {time} ngày {date} (10 phút trước giờ bắt đầu).</translation>
    </message>
    <message>
        <source>You can join from 10 minutes before the start until 10 minutes after it.</source>
        <translation>Bạn có thể tham gia từ 10 phút trước giờ bắt đầu đến 10 phút sau giờ bắt đầu.</translation>
    </message>
    <message>
        <source>Please come back then.</source>
        <translation>Vui lòng quay lại vào lúc đó.</translation>
    </message>
    <message>
        <source>What you sent is too long for the service.</source>
        <translation>Nội dung bạn gửi quá dài đối với dịch vụ.</translation>
    </message>
    <message>
        <source>Please make the note or text shorter and try again.</source>
        <translation>Vui lòng viết ghi chú hoặc nội dung ngắn hơn rồi thử lại.</translation>
    </message>
    <message>
        <source>Something changed on the service while you were working.</source>
        <translation>Đã có thay đổi trên dịch vụ trong lúc bạn đang thao tác.</translation>
    </message>
    <message>
        <source>Please go back, look again, and try once more.</source>
        <translation>Vui lòng quay lại, xem lại một lần nữa rồi thử lại.</translation>
    </message>
    <message>
        <source>The app and the service do not understand each other.</source>
        <translation>Ứng dụng và dịch vụ không hiểu được nhau.</translation>
    </message>
    <message>
        <source>Please install the newest version of the app.</source>
        <translation>Vui lòng cài đặt phiên bản mới nhất của ứng dụng.</translation>
    </message>
    <message>
        <source>We could not reach the service.</source>
        <translation>Chúng tôi không thể kết nối với dịch vụ.</translation>
    </message>
    <message>
        <source>Please check your internet connection and try again. Nothing you typed is lost.</source>
        <translation>Vui lòng kiểm tra kết nối internet rồi thử lại. Những gì bạn đã nhập không bị mất.</translation>
    </message>
    <message>
        <source>The service has a problem right now.</source>
        <translation>Dịch vụ đang gặp sự cố.</translation>
    </message>
    <message>
        <source>Please try again in a few minutes. Nothing you typed is lost.</source>
        <translation>Vui lòng thử lại sau vài phút. Những gì bạn đã nhập không bị mất.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Đã xảy ra lỗi.</translation>
    </message>
    <message>
        <source>Please try again. If it happens again, phone your Hello Work office.</source>
        <translation>Vui lòng thử lại. Nếu lỗi vẫn xảy ra, hãy gọi điện cho văn phòng Hello Work của bạn.</translation>
    </message>
    <message>
        <source>Please enter an e-mail address like name@example.jp.</source>
        <translation>Vui lòng nhập địa chỉ email, ví dụ name@example.jp.</translation>
    </message>
    <message>
        <source>Please choose a password of at least 10 characters.</source>
        <translation>Vui lòng chọn mật khẩu có ít nhất 10 ký tự.</translation>
    </message>
    <message>
        <source>Please enter your name.</source>
        <translation>Vui lòng nhập họ tên.</translation>
    </message>
    <message>
        <source>Please enter your name in kana, or leave it empty.</source>
        <translation>Vui lòng nhập họ tên bằng chữ kana, hoặc để trống.</translation>
    </message>
    <message>
        <source>Please enter a phone number with digits only, or leave it empty.</source>
        <translation>Vui lòng nhập số điện thoại chỉ gồm chữ số, hoặc để trống.</translation>
    </message>
    <message>
        <source>Please enter the number as 5 digits, a hyphen, then up to 8 digits.</source>
        <translation>Vui lòng nhập số theo dạng 5 chữ số, dấu gạch ngang, rồi tối đa 8 chữ số.</translation>
    </message>
    <message>
        <source>Please make the note shorter (500 characters at most).</source>
        <translation>Vui lòng viết ghi chú ngắn hơn (tối đa 500 ký tự).</translation>
    </message>
    <message>
        <source>Please enter your current password.</source>
        <translation>Vui lòng nhập mật khẩu hiện tại.</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Page</source>
        <translation>Trang</translation>
    </message>
</context>
<context>
    <name>PasswordEdit</name>
    <message>
        <source>Hide</source>
        <translation>Ẩn</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Hiện</translation>
    </message>
    <message>
        <source>Hide the password</source>
        <translation>Ẩn mật khẩu</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>Hiện mật khẩu</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Please use at least 10 characters.</source>
        <translation>Vui lòng dùng ít nhất 10 ký tự.</translation>
    </message>
    <message>
        <source>Please do not use your e-mail address as the password.</source>
        <translation>Vui lòng không dùng địa chỉ email làm mật khẩu.</translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation>Tạo tài khoản</translation>
    </message>
    <message>
        <source>Fill in your details. Fields marked (optional) can be left empty. We will send you an e-mail with a link to finish the registration.</source>
        <translation>Điền thông tin của bạn. Các ô có ghi (không bắt buộc) có thể để trống. Chúng tôi sẽ gửi cho bạn một email có liên kết để hoàn tất đăng ký.</translation>
    </message>
    <message>
        <source>&amp;Name (as registered at Hello Work)</source>
        <translation>&amp;Họ tên (như đã đăng ký tại Hello Work)</translation>
    </message>
    <message>
        <source>Name in &amp;kana (optional)</source>
        <translation>Họ tên bằng chữ &amp;kana (không bắt buộc)</translation>
    </message>
    <message>
        <source>Example: ハロー タロウ</source>
        <translation>Ví dụ: ハロー タロウ</translation>
    </message>
    <message>
        <source>&amp;E-mail address</source>
        <translation>Địa chỉ &amp;email</translation>
    </message>
    <message>
        <source>Example: name@example.jp</source>
        <translation>Ví dụ: name@example.jp</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mật khẩu</translation>
    </message>
    <message>
        <source>At least 10 characters, not your e-mail address, not a common word. Tip: three or four words you can remember, like &apos;blue tea morning walk&apos;.</source>
        <translation>Ít nhất 10 ký tự, không dùng địa chỉ email, không dùng từ thông dụng. Mẹo: ba hoặc bốn từ bạn dễ nhớ, như &apos;trà xanh sáng đi dạo&apos;.</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>Nhập &amp;lại mật khẩu</translation>
    </message>
    <message>
        <source>Type the same password again.</source>
        <translation>Nhập lại cùng mật khẩu.</translation>
    </message>
    <message>
        <source>&amp;Job-seeker number (optional)</source>
        <translation>&amp;Số người tìm việc (求職番号) (không bắt buộc)</translation>
    </message>
    <message>
        <source>It is on your Hello Work card (求職番号): 5 digits, a hyphen, then up to 8 digits, for example 12345-12345678. Full-width digits are fine.</source>
        <translation>Số này có trên thẻ Hello Work (求職番号): 5 chữ số, dấu gạch ngang, rồi tối đa 8 chữ số, ví dụ 12345-12345678. Có thể dùng chữ số toàn góc (全角).</translation>
    </message>
    <message>
        <source>P&amp;hone number (optional)</source>
        <translation>Số điện thoạ&amp;i (không bắt buộc)</translation>
    </message>
    <message>
        <source>Example: 090-1234-5678</source>
        <translation>Ví dụ: 090-1234-5678</translation>
    </message>
    <message>
        <source>A&amp;ddress (optional)</source>
        <translation>Đị&amp;a chỉ (không bắt buộc)</translation>
    </message>
    <message>
        <source>Create my &amp;account</source>
        <translation>Tạo &amp;tài khoản</translation>
    </message>
    <message>
        <source>I already have an account: &amp;sign in</source>
        <translation>Tôi đã có tài khoản: đăng &amp;nhập</translation>
    </message>
    <message>
        <source>Please enter your name.</source>
        <translation>Vui lòng nhập họ tên.</translation>
    </message>
    <message>
        <source>Please enter an e-mail address like name@example.jp.</source>
        <translation>Vui lòng nhập địa chỉ email, ví dụ name@example.jp.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Hai mật khẩu không giống nhau.</translation>
    </message>
</context>
<context>
    <name>ReminderNotifier</name>
    <message>
        <source>Your counselling session is tomorrow</source>
        <translation>Buổi tư vấn của bạn là vào ngày mai</translation>
    </message>
    <message>
        <source>{when}, {office}. Please check your device before the session.</source>
        <translation>{when}, {office}. Vui lòng kiểm tra thiết bị trước buổi tư vấn.</translation>
    </message>
    <message>
        <source>Check my device now</source>
        <translation>Kiểm tra thiết bị ngay</translation>
    </message>
    <message>
        <source>Your session starts in 30 minutes</source>
        <translation>Buổi tư vấn sẽ bắt đầu sau 30 phút</translation>
    </message>
    <message>
        <source>{when}, {office}. Check your camera and microphone now.</source>
        <translation>{when}, {office}. Hãy kiểm tra camera và micrô ngay bây giờ.</translation>
    </message>
    <message>
        <source>You can join your session now</source>
        <translation>Bạn có thể tham gia buổi tư vấn ngay bây giờ</translation>
    </message>
    <message>
        <source>{when}, {office}. Open the app and press Join.</source>
        <translation>{when}, {office}. Mở ứng dụng và nhấn Tham gia.</translation>
    </message>
    <message>
        <source>Go to Join</source>
        <translation>Đến trang Tham gia</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Your settings could not be saved. Check that the disk is not full, then try again.</source>
        <translation>Không thể lưu cài đặt. Hãy kiểm tra ổ đĩa chưa đầy, rồi thử lại.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Lời nhắc</translation>
    </message>
    <message>
        <source>Remind me the &amp;day before my session</source>
        <translation>Nhắc tôi một &amp;ngày trước buổi tư vấn</translation>
    </message>
    <message>
        <source>Remind me &amp;30 minutes before, to check my device</source>
        <translation>Nhắc tôi &amp;30 phút trước, để kiểm tra thiết bị</translation>
    </message>
    <message>
        <source>Tell me when I can &amp;join</source>
        <translation>Báo cho tôi khi có thể tham &amp;gia</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when the window is closed (for reminders)</source>
        <translation>&amp;Tiếp tục chạy trong khay hệ thống khi đóng cửa sổ (để nhận lời nhắc)</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>Địa chỉ &amp;máy chủ:</translation>
    </message>
    <message>
        <source>Use this &amp;address</source>
        <translation>Dùng địa &amp;chỉ này</translation>
    </message>
    <message>
        <source>Change the server address only if your Hello Work office asks you to.</source>
        <translation>Chỉ đổi địa chỉ máy chủ khi văn phòng Hello Work yêu cầu.</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostic info for the help desk</source>
        <translation>&amp;Sao chép thông tin chẩn đoán cho bộ phận hỗ trợ</translation>
    </message>
    <message>
        <source>Right now the app is using {url}.</source>
        <translation>Hiện tại ứng dụng đang dùng {url}.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <source>This does not look like a web address. Please check it and try again.</source>
        <translation>Đây có vẻ không phải là địa chỉ web. Vui lòng kiểm tra rồi thử lại.</translation>
    </message>
    <message>
        <source>Saved. The app will use this address the next time it starts.</source>
        <translation>Đã lưu. Ứng dụng sẽ dùng địa chỉ này từ lần khởi động tiếp theo.</translation>
    </message>
    <message>
        <source>Diagnostic info copied. You can paste it into a mail to the help desk.</source>
        <translation>Đã sao chép thông tin chẩn đoán. Bạn có thể dán vào email gửi bộ phận hỗ trợ.</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>Sign in with the e-mail address and password you registered with.</source>
        <translation>Đăng nhập bằng địa chỉ email và mật khẩu bạn đã đăng ký.</translation>
    </message>
    <message>
        <source>Demo: the demo account {email} is already filled in.</source>
        <translation>Demo: tài khoản demo {email} đã được điền sẵn.</translation>
    </message>
    <message>
        <source>&amp;E-mail address</source>
        <translation>Địa chỉ &amp;email</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mật khẩu</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>Đăng &amp;nhập</translation>
    </message>
    <message>
        <source>&amp;Create an account</source>
        <translation>&amp;Tạo tài khoản</translation>
    </message>
    <message>
        <source>&amp;Forgot your password?</source>
        <translation>&amp;Quên mật khẩu?</translation>
    </message>
    <message>
        <source>Your account and your personal data are deleted. Thank you for using the service.</source>
        <translation>Tài khoản và dữ liệu cá nhân của bạn đã được xóa. Cảm ơn bạn đã sử dụng dịch vụ.</translation>
    </message>
    <message>
        <source>Please enter your e-mail address.</source>
        <translation>Vui lòng nhập địa chỉ email.</translation>
    </message>
    <message>
        <source>Please enter your password.</source>
        <translation>Vui lòng nhập mật khẩu.</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Bây giờ cần làm gì</translation>
    </message>
</context>
<context>
    <name>SlotCalendar</name>
    <message>
        <source>Calendar: days in bold have free times</source>
        <translation>Lịch: ngày in đậm là ngày còn giờ trống</translation>
    </message>
    <message>
        <source>Free times on the chosen day</source>
        <translation>Giờ còn trống trong ngày đã chọn</translation>
    </message>
    <message numerus="yes">
        <source>%n free time(s)</source>
        <translation>
            <numerusform>%n giờ còn trống</numerusform>
        </translation>
    </message>
    <message>
        <source>You already have a session on this day. Only one session a day is possible.</source>
        <translation>Bạn đã có một buổi tư vấn vào ngày này. Mỗi ngày chỉ được đặt một buổi.</translation>
    </message>
    <message>
        <source>Choose a time:</source>
        <translation>Chọn giờ:</translation>
    </message>
    <message>
        <source>Looking for free times…</source>
        <translation>Đang tìm giờ còn trống…</translation>
    </message>
    <message>
        <source>No free times on this day. Days in bold have free times.</source>
        <translation>Ngày này không còn giờ trống. Ngày in đậm là ngày còn giờ trống.</translation>
    </message>
    <message>
        <source>{start} – {end}   ({places})</source>
        <translation>{start} – {end}   ({places})</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) left</source>
        <translation>
            <numerusform>còn %n chỗ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusRow</name>
    <message>
        <source>OK</source>
        <translation>Tốt</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Cần chú ý</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Có vấn đề</translation>
    </message>
    <message>
        <source>Could not check</source>
        <translation>Không kiểm tra được</translation>
    </message>
    <message>
        <source>What to do: {remedy}</source>
        <translation>Cần làm: {remedy}</translation>
    </message>
    <message>
        <source>Open the &amp;setting</source>
        <translation>Mở &amp;cài đặt</translation>
    </message>
    <message>
        <source>More &amp;information</source>
        <translation>Thêm &amp;thông tin</translation>
    </message>
</context>
<context>
    <name>TermsPage</name>
    <message>
        <source>Terms of use</source>
        <translation>Điều khoản sử dụng</translation>
    </message>
    <message>
        <source>I have read the terms of use and I &amp;agree to them.</source>
        <translation>Tôi đã đọc &amp;và đồng ý với điều khoản sử dụng.</translation>
    </message>
    <message>
        <source>The sessions take place in Zoom. Please also read Zoom&apos;s &lt;a href=&quot;{terms}&quot;&gt;terms of service&lt;/a&gt; and &lt;a href=&quot;{privacy}&quot;&gt;privacy statement&lt;/a&gt;.</source>
        <translation>Buổi tư vấn diễn ra trên Zoom. Vui lòng đọc thêm &lt;a href=&quot;{terms}&quot;&gt;điều khoản dịch vụ&lt;/a&gt; và &lt;a href=&quot;{privacy}&quot;&gt;tuyên bố về quyền riêng tư&lt;/a&gt; của Zoom.</translation>
    </message>
    <message>
        <source>I accept &amp;Zoom&apos;s terms of service and privacy statement.</source>
        <translation>Tôi chấp nhận điều khoản dịch vụ và tuyên bố về quyền riêng tư của &amp;Zoom.</translation>
    </message>
    <message>
        <source>Agree and &amp;continue</source>
        <translation>Đồng ý và &amp;tiếp tục</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Thử lại</translation>
    </message>
    <message>
        <source>Terms of use text</source>
        <translation>Nội dung điều khoản sử dụng</translation>
    </message>
    <message>
        <source>Loading the terms of use…</source>
        <translation>Đang tải điều khoản sử dụng…</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;Version {version}, in effect from {date}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;Phiên bản {version}, có hiệu lực từ {date}</translation>
    </message>
    <message>
        <source>The terms of use have changed since you last agreed. Please read them and agree again.</source>
        <translation>Điều khoản sử dụng đã thay đổi kể từ lần bạn đồng ý trước. Vui lòng đọc và đồng ý lại.</translation>
    </message>
    <message>
        <source>What changed: {summary}</source>
        <translation>Những điểm thay đổi: {summary}</translation>
    </message>
    <message>
        <source>✓ You have read to the end.</source>
        <translation>✓ Bạn đã đọc đến cuối.</translation>
    </message>
    <message>
        <source>Please read the terms to the end (scroll down).</source>
        <translation>Vui lòng đọc điều khoản đến cuối (cuộn xuống).</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Hello Work online counselling</source>
        <translation>Tư vấn trực tuyến Hello Work</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>&amp;Check my device</source>
        <translation>&amp;Kiểm tra thiết bị của tôi</translation>
    </message>
    <message>
        <source>My &amp;bookings</source>
        <translation>Lịch hẹn của &amp;tôi</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
</context>
<context>
    <name>UpdatePrompt</name>
    <message>
        <source>A new version of this app ({version}) is available.</source>
        <translation>Đã có phiên bản mới của ứng dụng này ({version}).</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Tải về</translation>
    </message>
    <message>
        <source>Please update the app</source>
        <translation>Vui lòng cập nhật ứng dụng</translation>
    </message>
    <message>
        <source>This version of the app is too old to use the service. Please download and install the new version. Your bookings are kept.</source>
        <translation>Phiên bản ứng dụng này đã quá cũ để dùng dịch vụ. Vui lòng tải về và cài đặt phiên bản mới. Lịch hẹn của bạn vẫn được giữ nguyên.</translation>
    </message>
    <message>
        <source>&amp;Download the new version</source>
        <translation>&amp;Tải về phiên bản mới</translation>
    </message>
</context>
<context>
    <name>VerifySentPage</name>
    <message>
        <source>Check your e-mail</source>
        <translation>Kiểm tra email của bạn</translation>
    </message>
    <message>
        <source>One more step: open the link in your e-mail</source>
        <translation>Còn một bước nữa: mở liên kết trong email</translation>
    </message>
    <message>
        <source>We sent an e-mail to {email}.</source>
        <translation>Chúng tôi đã gửi email đến {email}.</translation>
    </message>
    <message>
        <source>Open the link in it to finish your registration.</source>
        <translation>Mở liên kết trong email để hoàn tất đăng ký.</translation>
    </message>
    <message>
        <source>We sent you an e-mail. Open the link in it to finish your registration.</source>
        <translation>Chúng tôi đã gửi email cho bạn. Mở liên kết trong email để hoàn tất đăng ký.</translation>
    </message>
    <message>
        <source>• The link works for 24 hours.
• No e-mail after a few minutes? Look in the spam or junk folder.
• After opening the link, come back here and sign in.</source>
        <translation>• Liên kết dùng được trong 24 giờ.
• Sau vài phút vẫn chưa có email? Hãy xem thư mục thư rác (spam).
• Sau khi mở liên kết, hãy quay lại đây và đăng nhập.</translation>
    </message>
    <message>
        <source>Send the e-mail &amp;again</source>
        <translation>Gửi lại &amp;email</translation>
    </message>
    <message>
        <source>&amp;Register again</source>
        <translation>Đăng &amp;ký lại</translation>
    </message>
    <message>
        <source>I opened the link: &amp;sign in</source>
        <translation>Tôi đã mở liên kết: đăng &amp;nhập</translation>
    </message>
    <message>
        <source>We sent the e-mail again at {time}. Please look for the newest one.</source>
        <translation>Chúng tôi đã gửi lại email lúc {time}. Vui lòng tìm email mới nhất.</translation>
    </message>
</context>
</TS>
