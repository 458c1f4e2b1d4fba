<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en_US">
<context>
    <name>AccountPage</name>
    <message>
        <source>My account</source>
        <translation>Akun saya</translation>
    </message>
    <message>
        <source>It has been a while since you changed your password. To keep your account safe, please choose a new one below.</source>
        <translation>Sudah lama Anda tidak mengganti kata sandi. Agar akun Anda tetap aman, silakan pilih kata sandi baru di bawah.</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Nanti</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>Data Anda</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>Change your password</source>
        <translation>Ganti kata sandi</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>Kata sandi saat &amp;ini</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>Kata sandi &amp;baru</translation>
    </message>
    <message>
        <source>At least 10 characters, not your e-mail address, not a common word.</source>
        <translation>Minimal 10 karakter, bukan alamat email Anda, bukan kata yang umum.</translation>
    </message>
    <message>
        <source>New password &amp;again</source>
        <translation>Kata sandi baru &amp;lagi</translation>
    </message>
    <message>
        <source>C&amp;hange password</source>
        <translation>&amp;Ganti kata sandi</translation>
    </message>
    <message>
        <source>Language and reminders</source>
        <translation>Bahasa dan pengingat</translation>
    </message>
    <message>
        <source>&amp;Language of the app</source>
        <translation>&amp;Bahasa aplikasi</translation>
    </message>
    <message>
        <source>Remind me about my session:</source>
        <translation>Ingatkan saya tentang sesi saya:</translation>
    </message>
    <message>
        <source>The day &amp;before</source>
        <translation>Sehari &amp;sebelumnya</translation>
    </message>
    <message>
        <source>&amp;30 minutes before</source>
        <translation>&amp;30 menit sebelumnya</translation>
    </message>
    <message>
        <source>When I can &amp;join</source>
        <translation>Saat saya bisa &amp;bergabung</translation>
    </message>
    <message>
        <source>Delete your account</source>
        <translation>Hapus akun Anda</translation>
    </message>
    <message>
        <source>This deletes your registration and personal data and cancels your future sessions. It cannot be undone. To use the service again, you would register again. Enter your password to confirm.</source>
        <translation>Ini akan menghapus pendaftaran dan data pribadi Anda serta membatalkan sesi Anda yang akan datang. Tindakan ini tidak dapat dibatalkan. Untuk memakai layanan lagi, Anda harus mendaftar ulang. Masukkan kata sandi Anda untuk konfirmasi.</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Kata &amp;sandi</translation>
    </message>
    <message>
        <source>&amp;Delete my account…</source>
        <translation>&amp;Hapus akun saya…</translation>
    </message>
    <message>
        <source>Name: {name}</source>
        <translation>Nama: {name}</translation>
    </message>
    <message>
        <source>E-mail: {email}</source>
        <translation>Email: {email}</translation>
    </message>
    <message>
        <source>Job-seeker number: {number}</source>
        <translation>Nomor pencari kerja (求職番号): {number}</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(tidak diisi)</translation>
    </message>
    <message>
        <source>Password last changed: {date}</source>
        <translation>Kata sandi terakhir diganti: {date}</translation>
    </message>
    <message>
        <source>Please enter your current password.</source>
        <translation>Silakan masukkan kata sandi Anda saat ini.</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>Kedua kata sandi baru tidak sama.</translation>
    </message>
    <message>
        <source>Your password is changed. Other computers signed in to your account are signed out.</source>
        <translation>Kata sandi Anda sudah diganti. Komputer lain yang masuk ke akun Anda telah dikeluarkan.</translation>
    </message>
    <message>
        <source>Please enter your password to confirm.</source>
        <translation>Silakan masukkan kata sandi Anda untuk konfirmasi.</translation>
    </message>
    <message>
        <source>Delete your account?</source>
        <translation>Hapus akun Anda?</translation>
    </message>
    <message>
        <source>Do you really want to delete your account?</source>
        <translation>Apakah Anda benar-benar ingin menghapus akun Anda?</translation>
    </message>
    <message>
        <source>Your future sessions will be cancelled. This cannot be undone.</source>
        <translation>Sesi Anda yang akan datang akan dibatalkan. Tindakan ini tidak dapat dibatalkan.</translation>
    </message>
    <message>
        <source>&amp;Yes, delete my account</source>
        <translation>&amp;Ya, hapus akun saya</translation>
    </message>
    <message>
        <source>&amp;No, keep it</source>
        <translation>&amp;Tidak, simpan saja</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation>Terjadi kesalahan. Silakan coba lagi.</translation>
    </message>
    <message>
        <source>This server address is not safe. It must start with https://. Please check the address your Hello Work office gave you.</source>
        <translation>Alamat server ini tidak aman. Alamat harus diawali dengan https://. Silakan periksa alamat yang diberikan kantor Hello Work Anda.</translation>
    </message>
    <message>
        <source>Could not reach the service. Please check your internet connection and try again.</source>
        <translation>Layanan tidak dapat dihubungi. Silakan periksa koneksi internet Anda dan coba lagi.</translation>
    </message>
    <message>
        <source>The connection is not secure, so the app stopped. Check that your PC&apos;s date and time are correct, or try another network.</source>
        <translation>Koneksi tidak aman, jadi aplikasi berhenti. Periksa apakah tanggal dan jam di komputer Anda sudah benar, atau coba jaringan lain.</translation>
    </message>
    <message>
        <source>The service is busy or under maintenance. Please try again in a few minutes.</source>
        <translation>Layanan sedang sibuk atau dalam pemeliharaan. Silakan coba lagi beberapa menit lagi.</translation>
    </message>
    <message>
        <source>The service gave an answer the app does not understand. Please check the server address, or update the app.</source>
        <translation>Layanan memberi jawaban yang tidak dimengerti aplikasi. Silakan periksa alamat server, atau perbarui aplikasi.</translation>
    </message>
</context>
<context>
    <name>Booking</name>
    <message>
        <source>Booked</source>
        <translation>Sudah direservasi</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Cancelled by the office</source>
        <translation>Dibatalkan oleh kantor</translation>
    </message>
    <message>
        <source>Missed (you did not join)</source>
        <translation>Tidak hadir (Anda tidak bergabung)</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Hadir</translation>
    </message>
    <message>
        <source>Unknown status. Please refresh.</source>
        <translation>Status tidak diketahui. Silakan muat ulang.</translation>
    </message>
    <message>
        <source>Online job counselling with {office}.</source>
        <translation>Konsultasi kerja online dengan {office}.</translation>
    </message>
    <message>
        <source>Open the hwclient app and press Join from 10 minutes before the start.</source>
        <translation>Buka aplikasi hwclient dan tekan Bergabung mulai 10 menit sebelum sesi dimulai.</translation>
    </message>
    <message>
        <source>Have your job-seeker number ready.</source>
        <translation>Siapkan nomor pencari kerja (求職番号) Anda.</translation>
    </message>
    <message>
        <source>To cancel on the day or if you have trouble, phone the office: {phone}</source>
        <translation>Untuk membatalkan pada hari sesi atau jika ada masalah, telepon kantor: {phone}</translation>
    </message>
    <message>
        <source>Hello Work online counselling</source>
        <translation>Konsultasi online Hello Work</translation>
    </message>
    <message>
        <source>{office} (online, Zoom)</source>
        <translation>{office} (online, Zoom)</translation>
    </message>
    <message>
        <source>Your counselling session starts in 30 minutes.</source>
        <translation>Sesi konsultasi Anda dimulai dalam 30 menit.</translation>
    </message>
</context>
<context>
    <name>BookingCard</name>
    <message>
        <source>Office: {office}</source>
        <translation>Kantor: {office}</translation>
    </message>
    <message>
        <source>Office phone: {phone}</source>
        <translation>Telepon kantor: {phone}</translation>
    </message>
    <message>
        <source>With you: {who}</source>
        <translation>Pendamping: {who}</translation>
    </message>
    <message>
        <source>Reason from the office: {reason}</source>
        <translation>Alasan dari kantor: {reason}</translation>
    </message>
    <message>
        <source>&amp;Cancel this session</source>
        <translation>&amp;Batalkan sesi ini</translation>
    </message>
    <message>
        <source>Cancel the session on {when}</source>
        <translation>Batalkan sesi pada {when}</translation>
    </message>
    <message>
        <source>Add to ca&amp;lendar</source>
        <translation>Tambahkan ke ka&amp;lender</translation>
    </message>
    <message>
        <source>The session has started, so it cannot be cancelled in the app. To cancel or if you have trouble, please phone the office: {phone}</source>
        <translation>Sesi sudah dimulai, jadi tidak bisa dibatalkan di aplikasi. Untuk membatalkan atau jika ada masalah, silakan telepon kantor: {phone}</translation>
    </message>
    <message>
        <source>(see your Hello Work card)</source>
        <translation>(lihat kartu Hello Work Anda)</translation>
    </message>
</context>
<context>
    <name>BookingPage</name>
    <message>
        <source>{name} (your office)</source>
        <translation>{name} (kantor Anda)</translation>
    </message>
    <message>
        <source>{prefecture} · Phone {phone}</source>
        <translation>{prefecture} · Telepon {phone}</translation>
    </message>
    <message>
        <source>Languages: {languages}</source>
        <translation>Bahasa: {languages}</translation>
    </message>
    <message>
        <source>Book a session</source>
        <translation>Buat reservasi sesi</translation>
    </message>
    <message>
        <source>Choose the Hello Work office for your online session.</source>
        <translation>Pilih kantor Hello Work untuk sesi online Anda.</translation>
    </message>
    <message>
        <source>Choose a day, then a time. Days in bold have free times. Times are Japan time.</source>
        <translation>Pilih hari, lalu pilih jam. Hari yang dicetak tebal memiliki waktu kosong. Semua jam dalam waktu Jepang.</translation>
    </message>
    <message>
        <source>&amp;Note for the counsellor (optional), for example what you want to talk about:</source>
        <translation>&amp;Catatan untuk konselor (opsional), misalnya hal yang ingin Anda bicarakan:</translation>
    </message>
    <message>
        <source>Please check the details. You can cancel in the app until the session starts.</source>
        <translation>Silakan periksa detailnya. Anda dapat membatalkan di aplikasi sampai sesi dimulai.</translation>
    </message>
    <message>
        <source>&lt; &amp;Previous step</source>
        <translation>&lt; &amp;Langkah sebelumnya</translation>
    </message>
    <message>
        <source>Add to my &amp;calendar</source>
        <translation>Tambahkan ke &amp;kalender saya</translation>
    </message>
    <message>
        <source>See &amp;my bookings</source>
        <translation>Lihat &amp;reservasi saya</translation>
    </message>
    <message>
        <source>Step 1 of 4: choose an office</source>
        <translation>Langkah 1 dari 4: pilih kantor</translation>
    </message>
    <message>
        <source>Step 2 of 4: choose a day and time</source>
        <translation>Langkah 2 dari 4: pilih hari dan jam</translation>
    </message>
    <message>
        <source>Step 3 of 4: who will be with you</source>
        <translation>Langkah 3 dari 4: siapa yang bersama Anda</translation>
    </message>
    <message>
        <source>Step 4 of 4: check and book</source>
        <translation>Langkah 4 dari 4: periksa dan buat reservasi</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Reservasi berhasil</translation>
    </message>
    <message>
        <source>&amp;Book this session</source>
        <translation>&amp;Reservasi sesi ini</translation>
    </message>
    <message>
        <source>Go to &amp;home</source>
        <translation>Ke &amp;beranda</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Lanjut &gt;</translation>
    </message>
    <message>
        <source>{count} / {limit} characters</source>
        <translation>{count} / {limit} karakter</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation>Telepon kantor</translation>
    </message>
    <message>
        <source>With you</source>
        <translation>Pendamping</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>There are no other free times on {day}. Please choose another day.</source>
        <translation>Tidak ada waktu kosong lain pada {day}. Silakan pilih hari lain.</translation>
    </message>
    <message>
        <source>✓ Your session is booked.</source>
        <translation>✓ Sesi Anda sudah direservasi.</translation>
    </message>
    <message>
        <source>{when}
{office}

We also sent you an e-mail. On the day, open this app and press Join from 10 minutes before the start.</source>
        <translation>{when}
{office}

Kami juga telah mengirim email kepada Anda. Pada hari sesi, buka aplikasi ini dan tekan Bergabung mulai 10 menit sebelum sesi dimulai.</translation>
    </message>
    <message>
        <source>✓ Saved. Open the file to add the session to your calendar: {path}</source>
        <translation>✓ Tersimpan. Buka file ini untuk menambahkan sesi ke kalender Anda: {path}</translation>
    </message>
</context>
<context>
    <name>BookingsPage</name>
    <message>
        <source>My bookings</source>
        <translation>Reservasi saya</translation>
    </message>
    <message>
        <source>&amp;Upcoming</source>
        <translation>&amp;Akan datang</translation>
    </message>
    <message>
        <source>&amp;Past</source>
        <translation>&amp;Sudah lewat</translation>
    </message>
    <message>
        <source>You have no upcoming sessions.</source>
        <translation>Anda tidak punya sesi yang akan datang.</translation>
    </message>
    <message>
        <source>No past sessions yet.</source>
        <translation>Belum ada sesi yang sudah lewat.</translation>
    </message>
    <message>
        <source>&amp;Book a session</source>
        <translation>&amp;Buat reservasi sesi</translation>
    </message>
    <message>
        <source>Cancel the session?</source>
        <translation>Batalkan sesi?</translation>
    </message>
    <message>
        <source>Do you want to cancel your session on {when}?</source>
        <translation>Apakah Anda ingin membatalkan sesi Anda pada {when}?</translation>
    </message>
    <message>
        <source>You can book another time afterwards.</source>
        <translation>Setelah itu, Anda dapat membuat reservasi untuk waktu lain.</translation>
    </message>
    <message>
        <source>&amp;Yes, cancel it</source>
        <translation>&amp;Ya, batalkan</translation>
    </message>
    <message>
        <source>&amp;No, keep it</source>
        <translation>&amp;Tidak, simpan saja</translation>
    </message>
    <message>
        <source>Your session on {when} is cancelled.</source>
        <translation>Sesi Anda pada {when} sudah dibatalkan.</translation>
    </message>
    <message>
        <source>Saved. Open the file to add the session to your calendar: {path}</source>
        <translation>Tersimpan. Buka file ini untuk menambahkan sesi ke kalender Anda: {path}</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Save to your calendar</source>
        <translation>Simpan ke kalender Anda</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>File kalender (*.ics)</translation>
    </message>
    <message>
        <source>The file could not be saved there. Please choose another folder.</source>
        <translation>File tidak dapat disimpan di sana. Silakan pilih folder lain.</translation>
    </message>
</context>
<context>
    <name>CameraPreview</name>
    <message>
        <source>Camera picture</source>
        <translation>Gambar kamera</translation>
    </message>
    <message>
        <source>The camera picture will appear here.</source>
        <translation>Gambar kamera akan muncul di sini.</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Menyalakan kamera…</translation>
    </message>
    <message>
        <source>No camera found. Connect a webcam, or use a PC with a built-in camera, then press Check again.</source>
        <translation>Kamera tidak ditemukan. Sambungkan webcam, atau gunakan komputer dengan kamera bawaan, lalu tekan Periksa lagi.</translation>
    </message>
    <message>
        <source>This app is not allowed to use the camera. Allow it in your PC&apos;s privacy settings, then press Check again.</source>
        <translation>Aplikasi ini tidak diizinkan memakai kamera. Izinkan di pengaturan privasi komputer Anda, lalu tekan Periksa lagi.</translation>
    </message>
    <message>
        <source>The camera could not be started. It may be in use by another app (for example Zoom or Teams). Close that app, then press Check again.</source>
        <translation>Kamera tidak dapat dinyalakan. Mungkin kamera sedang dipakai aplikasi lain (misalnya Zoom atau Teams). Tutup aplikasi itu, lalu tekan Periksa lagi.</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>Unknown check: %1. Known checks: %2.</source>
        <translation>Pemeriksaan tidak dikenal: %1. Pemeriksaan yang tersedia: %2.</translation>
    </message>
    <message>
        <source>The device check could not run. Please try again.</source>
        <translation>Pemeriksaan perangkat tidak dapat dijalankan. Silakan coba lagi.</translation>
    </message>
    <message>
        <source>The file %1 could not be opened.</source>
        <translation>File %1 tidak dapat dibuka.</translation>
    </message>
    <message>
        <source>%1 is not a diagnostics bundle (it is not a zip file).</source>
        <translation>%1 bukan paket diagnostik (bukan file zip).</translation>
    </message>
    <message>
        <source>%1 is not a diagnostics bundle from this app.</source>
        <translation>%1 bukan paket diagnostik dari aplikasi ini.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of this app. Update the app to read it.</source>
        <translation>%1 dibuat oleh versi aplikasi ini yang lebih baru. Perbarui aplikasi untuk membacanya.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read. Ask for a new bundle.</source>
        <translation>%1 rusak dan tidak dapat dibaca. Mintalah paket yang baru.</translation>
    </message>
    <message>
        <source>The diagnostics bundle could not be saved to %1: %2</source>
        <translation>Paket diagnostik tidak dapat disimpan ke %1: %2</translation>
    </message>
    <message>
        <source>Diagnostics bundle saved: %1</source>
        <translation>Paket diagnostik tersimpan: %1</translation>
    </message>
    <message>
        <source>No server is set, so the report was not sent.</source>
        <translation>Server belum diatur, jadi laporan tidak dikirim.</translation>
    </message>
    <message>
        <source>Sign in with the app first, then send the report again.</source>
        <translation>Masuk ke aplikasi terlebih dahulu, lalu kirim laporan lagi.</translation>
    </message>
    <message>
        <source>The report could not be sent. Check the connection and try again.</source>
        <translation>Laporan tidak dapat dikirim. Periksa koneksi dan coba lagi.</translation>
    </message>
    <message>
        <source>Report sent (number %1).</source>
        <translation>Laporan terkirim (nomor %1).</translation>
    </message>
    <message>
        <source>Virus protection is turned off.</source>
        <translation>Antivirus dimatikan.</translation>
    </message>
    <message>
        <source>Virus protection is turned off: %1.</source>
        <translation>Antivirus dimatikan: %1.</translation>
    </message>
    <message>
        <source>Open your virus protection and turn real-time protection on.</source>
        <translation>Buka antivirus Anda dan nyalakan perlindungan real-time.</translation>
    </message>
    <message>
        <source>The virus definitions of %1 are out of date.</source>
        <translation>Data virus %1 sudah kedaluwarsa.</translation>
    </message>
    <message>
        <source>Open your virus protection and choose to check for updates.</source>
        <translation>Buka antivirus Anda dan pilih untuk memeriksa pembaruan.</translation>
    </message>
    <message>
        <source>%1 is on and up to date.</source>
        <translation>%1 menyala dan sudah diperbarui.</translation>
    </message>
    <message>
        <source>Gatekeeper, the Mac&apos;s protection against harmful apps, is turned off.</source>
        <translation>Gatekeeper, perlindungan Mac terhadap aplikasi berbahaya, dimatikan.</translation>
    </message>
    <message>
        <source>Ask someone you trust to turn it back on (Terminal: sudo spctl --master-enable).</source>
        <translation>Mintalah bantuan orang yang Anda percaya untuk menyalakannya kembali (Terminal: sudo spctl --master-enable).</translation>
    </message>
    <message>
        <source>The Mac&apos;s built-in malware data was last updated %1 days ago.</source>
        <translation>Data malware bawaan Mac terakhir diperbarui %1 hari yang lalu.</translation>
    </message>
    <message>
        <source>Open Software Update and install the updates.</source>
        <translation>Buka Software Update dan pasang pembaruannya.</translation>
    </message>
    <message>
        <source>The Mac&apos;s built-in protection (Gatekeeper and XProtect) is on.</source>
        <translation>Perlindungan bawaan Mac (Gatekeeper dan XProtect) menyala.</translation>
    </message>
    <message>
        <source>No virus scanner was found that this app can check.</source>
        <translation>Tidak ditemukan antivirus yang dapat diperiksa oleh aplikasi ini.</translation>
    </message>
    <message>
        <source>Update them (for example with: sudo freshclam).</source>
        <translation>Perbarui datanya (misalnya dengan: sudo freshclam).</translation>
    </message>
    <message>
        <source>This app (version %1) is too old to use the service.</source>
        <translation>Aplikasi ini (versi %1) terlalu lama untuk memakai layanan.</translation>
    </message>
    <message>
        <source>Download and install the new version %1.</source>
        <translation>Unduh dan pasang versi baru %1.</translation>
    </message>
    <message>
        <source>A new version of this app is available: %1.</source>
        <translation>Versi baru aplikasi ini tersedia: %1.</translation>
    </message>
    <message>
        <source>This app is up to date (version %1).</source>
        <translation>Aplikasi ini sudah versi terbaru (versi %1).</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <source>Speakers or headphones</source>
        <translation>Speaker atau headphone</translation>
    </message>
    <message>
        <source>Operating system and updates</source>
        <translation>Sistem operasi dan pembaruan</translation>
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
        <translation>Jaringan</translation>
    </message>
    <message>
        <source>Connection to the service and Zoom</source>
        <translation>Koneksi ke layanan dan Zoom</translation>
    </message>
    <message>
        <source>Zoom app</source>
        <translation>Aplikasi Zoom</translation>
    </message>
    <message>
        <source>This app</source>
        <translation>Aplikasi ini</translation>
    </message>
    <message>
        <source>Recording and file-sharing programs</source>
        <translation>Program perekam dan berbagi file</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Daya</translation>
    </message>
    <message>
        <source>Computer load</source>
        <translation>Beban komputer</translation>
    </message>
    <message>
        <source>This could not be checked on this computer.</source>
        <translation>Ini tidak dapat diperiksa di komputer ini.</translation>
    </message>
    <message>
        <source>The check timed out before this computer answered.</source>
        <translation>Waktu pemeriksaan habis sebelum komputer ini menjawab.</translation>
    </message>
    <message>
        <source>The tool needed for this check is not on this computer.</source>
        <translation>Alat yang diperlukan untuk pemeriksaan ini tidak ada di komputer ini.</translation>
    </message>
    <message>
        <source>The answer from this computer could not be read.</source>
        <translation>Jawaban dari komputer ini tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>The counselling service cannot be reached.</source>
        <translation>Layanan konsultasi tidak dapat dihubungi.</translation>
    </message>
    <message>
        <source>Zoom cannot be reached.</source>
        <translation>Zoom tidak dapat dihubungi.</translation>
    </message>
    <message>
        <source>Check that the internet works (open a web page). At work or school, a network filter may block it: ask the administrator.</source>
        <translation>Periksa apakah internet berfungsi (buka sebuah halaman web). Di kantor atau sekolah, filter jaringan mungkin memblokirnya: tanyakan kepada administrator.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is off by about %1 minutes.</source>
        <translation>Jam komputer ini meleset sekitar %1 menit.</translation>
    </message>
    <message>
        <source>Turn on &quot;Set time automatically&quot; in the date and time settings.</source>
        <translation>Nyalakan &quot;Atur waktu secara otomatis&quot; di pengaturan tanggal dan waktu.</translation>
    </message>
    <message>
        <source>The connection is slow (%1 ms).</source>
        <translation>Koneksi lambat (%1 ms).</translation>
    </message>
    <message>
        <source>Move closer to the Wi-Fi router or use a network cable.</source>
        <translation>Mendekatlah ke router Wi-Fi atau gunakan kabel jaringan.</translation>
    </message>
    <message>
        <source>The service and Zoom can be reached, and the clock is right.</source>
        <translation>Layanan dan Zoom dapat dihubungi, dan jam sudah tepat.</translation>
    </message>
    <message>
        <source>Zoom can be reached, and the clock is right.</source>
        <translation>Zoom dapat dihubungi, dan jam sudah tepat.</translation>
    </message>
    <message>
        <source>No camera was found.</source>
        <translation>Kamera tidak ditemukan.</translation>
    </message>
    <message>
        <source>Connect a webcam, or check that the built-in camera is switched on (some laptops have a switch or a key for it). Then check again.</source>
        <translation>Sambungkan webcam, atau periksa apakah kamera bawaan menyala (beberapa laptop punya sakelar atau tombol untuk kamera). Lalu periksa lagi.</translation>
    </message>
    <message>
        <source>A camera was found: %1. The picture is tested in the app.</source>
        <translation>Kamera ditemukan: %1. Gambarnya diuji di aplikasi.</translation>
    </message>
    <message>
        <source>This computer does not allow apps to use the camera.</source>
        <translation>Komputer ini tidak mengizinkan aplikasi memakai kamera.</translation>
    </message>
    <message>
        <source>Open the camera privacy setting, allow apps (and this app) to use the camera, then check again.</source>
        <translation>Buka pengaturan privasi kamera, izinkan aplikasi (dan aplikasi ini) memakai kamera, lalu periksa lagi.</translation>
    </message>
    <message>
        <source>Another app is using the camera.</source>
        <translation>Aplikasi lain sedang memakai kamera.</translation>
    </message>
    <message>
        <source>Close other apps that may use the camera (Zoom, Teams, Skype, LINE, a browser tab), then check again.</source>
        <translation>Tutup aplikasi lain yang mungkin memakai kamera (Zoom, Teams, Skype, LINE, tab browser), lalu periksa lagi.</translation>
    </message>
    <message>
        <source>The camera works.</source>
        <translation>Kamera berfungsi.</translation>
    </message>
    <message>
        <source>The camera did not send a picture.</source>
        <translation>Kamera tidak mengirim gambar.</translation>
    </message>
    <message>
        <source>Check that the lens is not covered, unplug the camera and plug it in again, or restart the computer. Then check again.</source>
        <translation>Periksa apakah lensa tertutup, cabut kamera lalu pasang lagi, atau nyalakan ulang komputer. Lalu periksa lagi.</translation>
    </message>
    <message>
        <source>Found: %1.</source>
        <translation>Ditemukan: %1.</translation>
    </message>
    <message>
        <source>No microphone was found.</source>
        <translation>Mikrofon tidak ditemukan.</translation>
    </message>
    <message>
        <source>Connect a headset or microphone, or allow microphone use in the privacy settings. Then check again.</source>
        <translation>Sambungkan headset atau mikrofon, atau izinkan penggunaan mikrofon di pengaturan privasi. Lalu periksa lagi.</translation>
    </message>
    <message>
        <source>No speakers or headphones were found.</source>
        <translation>Speaker atau headphone tidak ditemukan.</translation>
    </message>
    <message>
        <source>Connect headphones or speakers, or turn the sound on. Then check again.</source>
        <translation>Sambungkan headphone atau speaker, atau nyalakan suara. Lalu periksa lagi.</translation>
    </message>
    <message>
        <source>The firewall is on.</source>
        <translation>Firewall menyala.</translation>
    </message>
    <message>
        <source>The firewall is off for these networks: %1.</source>
        <translation>Firewall mati untuk jaringan berikut: %1.</translation>
    </message>
    <message>
        <source>Open the firewall settings and turn the firewall on.</source>
        <translation>Buka pengaturan firewall dan nyalakan firewall.</translation>
    </message>
    <message>
        <source>The Mac&apos;s firewall is off.</source>
        <translation>Firewall Mac mati.</translation>
    </message>
    <message>
        <source>Open the Network settings, choose Firewall and turn it on.</source>
        <translation>Buka pengaturan Jaringan, pilih Firewall, lalu nyalakan.</translation>
    </message>
    <message>
        <source>No firewall was found that this app can check.</source>
        <translation>Tidak ditemukan firewall yang dapat diperiksa oleh aplikasi ini.</translation>
    </message>
    <message>
        <source>This computer is not connected to a network.</source>
        <translation>Komputer ini tidak tersambung ke jaringan.</translation>
    </message>
    <message>
        <source>Connect to your home Wi-Fi or plug in a network cable, then check again.</source>
        <translation>Sambungkan ke Wi-Fi rumah Anda atau pasang kabel jaringan, lalu periksa lagi.</translation>
    </message>
    <message>
        <source>This Wi-Fi has no password or uses old, unsafe protection.</source>
        <translation>Wi-Fi ini tidak memakai kata sandi atau memakai perlindungan lama yang tidak aman.</translation>
    </message>
    <message>
        <source>Use your home Wi-Fi with a password (WPA2 or WPA3) or a network cable.</source>
        <translation>Gunakan Wi-Fi rumah dengan kata sandi (WPA2 atau WPA3) atau kabel jaringan.</translation>
    </message>
    <message>
        <source>This Wi-Fi uses weak protection.</source>
        <translation>Wi-Fi ini memakai perlindungan yang lemah.</translation>
    </message>
    <message>
        <source>If it is your router, set it to WPA2 or WPA3 (AES).</source>
        <translation>Jika itu router Anda, atur ke WPA2 atau WPA3 (AES).</translation>
    </message>
    <message>
        <source>This looks like a free or public Wi-Fi hotspot.</source>
        <translation>Ini tampaknya hotspot Wi-Fi gratis atau umum.</translation>
    </message>
    <message>
        <source>Counselling is private: use your home network, not a public one.</source>
        <translation>Konsultasi bersifat pribadi: gunakan jaringan rumah, bukan jaringan umum.</translation>
    </message>
    <message>
        <source>Windows treats this network as a public network.</source>
        <translation>Windows menganggap jaringan ini sebagai jaringan umum.</translation>
    </message>
    <message>
        <source>If you are at a café, station or hotel, go home first. At home, you can set this network to Private.</source>
        <translation>Jika Anda berada di kafe, stasiun, atau hotel, pulanglah dulu. Di rumah, Anda dapat mengatur jaringan ini menjadi Pribadi (Private).</translation>
    </message>
    <message>
        <source>Connected by cable.</source>
        <translation>Tersambung dengan kabel.</translation>
    </message>
    <message>
        <source>Connected by Wi-Fi.</source>
        <translation>Tersambung dengan Wi-Fi.</translation>
    </message>
    <message>
        <source>Connected by mobile data. A 30-minute video call uses a lot of data.</source>
        <translation>Tersambung dengan data seluler. Panggilan video 30 menit memakai banyak data.</translation>
    </message>
    <message>
        <source>Connected through a VPN.</source>
        <translation>Tersambung melalui VPN.</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Tersambung.</translation>
    </message>
    <message>
        <source>%1 no longer gets security updates.</source>
        <translation>%1 tidak lagi mendapat pembaruan keamanan.</translation>
    </message>
    <message>
        <source>Update to a newer version. Open the update settings to start.</source>
        <translation>Perbarui ke versi yang lebih baru. Buka pengaturan pembaruan untuk memulai.</translation>
    </message>
    <message>
        <source>%1 is a current version.</source>
        <translation>%1 adalah versi terkini.</translation>
    </message>
    <message>
        <source>%1: its support dates are not known yet.</source>
        <translation>%1: tanggal dukungannya belum diketahui.</translation>
    </message>
    <message>
        <source>%1 probably no longer gets security updates.</source>
        <translation>%1 kemungkinan tidak lagi mendapat pembaruan keamanan.</translation>
    </message>
    <message>
        <source>%1 stopped getting security updates on %2.</source>
        <translation>%1 berhenti mendapat pembaruan keamanan pada %2.</translation>
    </message>
    <message>
        <source>%1 gets security updates only until %2.</source>
        <translation>%1 hanya mendapat pembaruan keamanan sampai %2.</translation>
    </message>
    <message>
        <source>Plan to update to a newer version before then.</source>
        <translation>Rencanakan untuk memperbarui ke versi yang lebih baru sebelum tanggal itu.</translation>
    </message>
    <message>
        <source>%1 is supported until %2.</source>
        <translation>%1 didukung sampai %2.</translation>
    </message>
    <message>
        <source>%1 is a server system, not a PC system.</source>
        <translation>%1 adalah sistem untuk server, bukan untuk PC.</translation>
    </message>
    <message>
        <source>Use a PC with Windows 11 or a Mac if you can.</source>
        <translation>Jika bisa, gunakan PC dengan Windows 11 atau Mac.</translation>
    </message>
    <message>
        <source>Open Windows Update and install the updates.</source>
        <translation>Buka Windows Update dan pasang pembaruannya.</translation>
    </message>
    <message>
        <source>The last update was installed %1 days ago.</source>
        <translation>Pembaruan terakhir dipasang %1 hari yang lalu.</translation>
    </message>
    <message>
        <source>%1 has updates waiting to be installed.</source>
        <translation>%1 memiliki pembaruan yang menunggu untuk dipasang.</translation>
    </message>
    <message>
        <source>%1: this app cannot tell whether it still gets security updates.</source>
        <translation>%1: aplikasi ini tidak dapat mengetahui apakah sistem ini masih mendapat pembaruan keamanan.</translation>
    </message>
    <message>
        <source>Install your system&apos;s updates regularly.</source>
        <translation>Pasang pembaruan sistem Anda secara teratur.</translation>
    </message>
    <message>
        <source>No battery: the computer runs on mains power.</source>
        <translation>Tidak ada baterai: komputer memakai listrik langsung.</translation>
    </message>
    <message>
        <source>The power cable is connected.</source>
        <translation>Kabel daya tersambung.</translation>
    </message>
    <message>
        <source>The battery is low (%1 %).</source>
        <translation>Baterai lemah (%1 %).</translation>
    </message>
    <message>
        <source>Connect the power cable before the session.</source>
        <translation>Sambungkan kabel daya sebelum sesi.</translation>
    </message>
    <message>
        <source>Running on battery. Connecting the power cable for the session is safer.</source>
        <translation>Memakai baterai. Lebih aman menyambungkan kabel daya selama sesi.</translation>
    </message>
    <message>
        <source>The processor is very busy (%1 %).</source>
        <translation>Prosesor sangat sibuk (%1 %).</translation>
    </message>
    <message>
        <source>Memory is nearly full (%1 %).</source>
        <translation>Memori hampir penuh (%1 %).</translation>
    </message>
    <message>
        <source>Close programs and browser tabs you do not need, then check again.</source>
        <translation>Tutup program dan tab browser yang tidak diperlukan, lalu periksa lagi.</translation>
    </message>
    <message>
        <source>The computer has enough free capacity.</source>
        <translation>Komputer memiliki kapasitas kosong yang cukup.</translation>
    </message>
    <message>
        <source>A file-sharing (P2P) program is running: %1.</source>
        <translation>Program berbagi file (P2P) sedang berjalan: %1.</translation>
    </message>
    <message>
        <source>Quit it and, if you can, uninstall it. Then check again.</source>
        <translation>Tutup program itu dan, jika bisa, hapus instalasinya. Lalu periksa lagi.</translation>
    </message>
    <message>
        <source>A screen recording program is running: %1.</source>
        <translation>Program perekam layar sedang berjalan: %1.</translation>
    </message>
    <message>
        <source>Recording the counselling is not allowed. Quit the program before the session.</source>
        <translation>Konsultasi tidak boleh direkam. Tutup program itu sebelum sesi.</translation>
    </message>
    <message>
        <source>No recording or file-sharing programs are running.</source>
        <translation>Tidak ada program perekam atau berbagi file yang berjalan.</translation>
    </message>
    <message>
        <source>The Zoom app is not installed.</source>
        <translation>Aplikasi Zoom belum terpasang.</translation>
    </message>
    <message>
        <source>Install Zoom Workplace from zoom.us, then check again.</source>
        <translation>Pasang Zoom Workplace dari zoom.us, lalu periksa lagi.</translation>
    </message>
    <message>
        <source>Zoom is installed, but its version could not be read.</source>
        <translation>Zoom sudah terpasang, tetapi versinya tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>Open Zoom once before the session so it can update itself.</source>
        <translation>Buka Zoom sekali sebelum sesi agar Zoom dapat memperbarui dirinya.</translation>
    </message>
    <message>
        <source>Zoom %1 is too old to join meetings (needs %2 or newer).</source>
        <translation>Zoom %1 terlalu lama untuk bergabung ke rapat (perlu versi %2 atau lebih baru).</translation>
    </message>
    <message>
        <source>Open Zoom and choose Check for Updates, or install it again from zoom.us.</source>
        <translation>Buka Zoom dan pilih Check for Updates (Periksa Pembaruan), atau pasang ulang dari zoom.us.</translation>
    </message>
    <message>
        <source>Zoom %1 is installed.</source>
        <translation>Zoom %1 sudah terpasang.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Baik</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Tidak diketahui</translation>
    </message>
    <message>
        <source>Device check, %1 (hwclient %2, %3)</source>
        <translation>Pemeriksaan perangkat, %1 (hwclient %2, %3)</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Hasil: %1</translation>
    </message>
</context>
<context>
    <name>Companions</name>
    <message>
        <source>No one: I will be alone in a private room.</source>
        <translation>Tidak ada: saya akan sendirian di ruangan pribadi.</translation>
    </message>
    <message>
        <source>a family member</source>
        <translation>anggota keluarga</translation>
    </message>
    <message>
        <source>a support worker</source>
        <translation>petugas pendukung</translation>
    </message>
    <message>
        <source>an interpreter</source>
        <translation>juru bahasa</translation>
    </message>
    <message>
        <source>a carer</source>
        <translation>pengasuh</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>orang lain</translation>
    </message>
</context>
<context>
    <name>CompanionsEditor</name>
    <message>
        <source>Please be in a private room during the session. If someone will be with you, tick who it is, so the counsellor knows:</source>
        <translation>Mohon berada di ruangan pribadi selama sesi. Jika ada orang yang akan bersama Anda, centang siapa orangnya, agar konselor mengetahuinya:</translation>
    </message>
    <message>
        <source>A &amp;family member</source>
        <translation>Anggota &amp;keluarga</translation>
    </message>
    <message>
        <source>A &amp;support worker</source>
        <translation>Petugas &amp;pendukung</translation>
    </message>
    <message>
        <source>An &amp;interpreter, for this language:</source>
        <translation>&amp;Juru bahasa, untuk bahasa ini:</translation>
    </message>
    <message>
        <source>A &amp;carer</source>
        <translation>Pen&amp;gasuh</translation>
    </message>
    <message>
        <source>Someone &amp;else (please say who):</source>
        <translation>&amp;Orang lain (sebutkan siapa):</translation>
    </message>
    <message>
        <source>Language of the interpreter</source>
        <translation>Bahasa juru bahasa</translation>
    </message>
    <message>
        <source>Who else will be with you</source>
        <translation>Siapa lagi yang akan bersama Anda</translation>
    </message>
    <message>
        <source>For example: a friend</source>
        <translation>Contoh: seorang teman</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <source>Starting now</source>
        <translation>Dimulai sekarang</translation>
    </message>
    <message>
        <source>Starts in {time}</source>
        <translation>Dimulai dalam {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n hari</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n jam</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n menit</numerusform>
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
        <translation>Mode demo tidak tersedia di versi aplikasi ini. Silakan gunakan alamat server dari kantor Hello Work Anda.</translation>
    </message>
</context>
<context>
    <name>DemoMailbox</name>
    <message>
        <source>Demo mailbox</source>
        <translation>Kotak surat demo</translation>
    </message>
    <message>
        <source>In the demo, mails are not really sent. They appear here instead. Select a mail to read it, and click its link to continue.</source>
        <translation>Dalam mode demo, email tidak benar-benar dikirim. Email muncul di sini. Pilih email untuk membacanya, lalu klik tautannya untuk melanjutkan.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Kepada</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subjek</translation>
    </message>
    <message>
        <source>Mails, newest first</source>
        <translation>Email, terbaru di atas</translation>
    </message>
    <message>
        <source>Text of the selected mail</source>
        <translation>Teks email yang dipilih</translation>
    </message>
    <message>
        <source>No mails yet. Register an account to receive one.</source>
        <translation>Belum ada email. Daftarkan akun untuk menerima email.</translation>
    </message>
    <message>
        <source>This mail has no text.</source>
        <translation>Email ini tidak berisi teks.</translation>
    </message>
    <message>
        <source>Completing your registration…</source>
        <translation>Menyelesaikan pendaftaran Anda…</translation>
    </message>
    <message>
        <source>Your registration is complete. You can sign in now.</source>
        <translation>Pendaftaran Anda selesai. Sekarang Anda dapat masuk.</translation>
    </message>
</context>
<context>
    <name>DeviceCheckPage</name>
    <message>
        <source>Check my device</source>
        <translation>Periksa perangkat saya</translation>
    </message>
    <message>
        <source>Let&apos;s check that your PC is ready for a video session. You should see yourself, the bar should move when you speak, and you should hear the test sound.</source>
        <translation>Mari periksa apakah komputer Anda siap untuk sesi video. Anda seharusnya melihat diri Anda, bilah seharusnya bergerak saat Anda berbicara, dan Anda seharusnya mendengar suara uji.</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>Level mikrofon</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <source>&amp;Play test sound</source>
        <translation>&amp;Putar suara uji</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Periksa &amp;lagi</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Lanjutkan</translation>
    </message>
    <message>
        <source>No microphone found. Connect a headset or a microphone.</source>
        <translation>Mikrofon tidak ditemukan. Sambungkan headset atau mikrofon.</translation>
    </message>
    <message>
        <source>We can hear you.</source>
        <translation>Suara Anda terdengar.</translation>
    </message>
    <message>
        <source>Say something: the bar should move.</source>
        <translation>Ucapkan sesuatu: bilah seharusnya bergerak.</translation>
    </message>
    <message>
        <source>The microphone could not be started. Close other apps using it.</source>
        <translation>Mikrofon tidak dapat dinyalakan. Tutup aplikasi lain yang memakainya.</translation>
    </message>
    <message>
        <source>No speakers found. Connect speakers or headphones.</source>
        <translation>Speaker tidak ditemukan. Sambungkan speaker atau headphone.</translation>
    </message>
    <message>
        <source>Did you hear a chime? If not, turn up the volume and play it again.</source>
        <translation>Apakah Anda mendengar bunyi lonceng? Jika tidak, besarkan volume dan putar lagi.</translation>
    </message>
    <message>
        <source>Press the button: you should hear a short chime.</source>
        <translation>Tekan tombol: Anda seharusnya mendengar bunyi lonceng singkat.</translation>
    </message>
    <message numerus="yes">
        <source>Checking your PC… %n of %1 done.</source>
        <translation>
            <numerusform>Memeriksa komputer Anda… %n dari %1 selesai.</numerusform>
        </translation>
    </message>
    <message>
        <source>The check is finished.</source>
        <translation>Pemeriksaan selesai.</translation>
    </message>
    <message>
        <source>Some things must be fixed before your session. See the steps below.</source>
        <translation>Ada beberapa hal yang harus diperbaiki sebelum sesi Anda. Lihat langkah-langkah di bawah.</translation>
    </message>
    <message>
        <source>Your PC can be used, but some things need attention.</source>
        <translation>Komputer Anda dapat dipakai, tetapi ada beberapa hal yang perlu diperhatikan.</translation>
    </message>
    <message>
        <source>Your PC is ready for the session.</source>
        <translation>Komputer Anda siap untuk sesi.</translation>
    </message>
    <message>
        <source>The result was sent to your Hello Work office.</source>
        <translation>Hasilnya sudah dikirim ke kantor Hello Work Anda.</translation>
    </message>
</context>
<context>
    <name>ForgotPage</name>
    <message>
        <source>Forgot your password?</source>
        <translation>Lupa kata sandi?</translation>
    </message>
    <message>
        <source>For your safety, passwords are not reset by e-mail, and accounts are not issued again. Please phone your Hello Work office. They will check who you are and help you.</source>
        <translation>Demi keamanan Anda, kata sandi tidak diatur ulang lewat email, dan akun tidak diterbitkan ulang. Silakan telepon kantor Hello Work Anda. Mereka akan memastikan identitas Anda dan membantu Anda.</translation>
    </message>
    <message>
        <source>When you call, say that you use the online counselling app and forgot your password. Have your Hello Work card (with your job-seeker number) ready.</source>
        <translation>Saat menelepon, katakan bahwa Anda memakai aplikasi konsultasi online dan lupa kata sandi. Siapkan kartu Hello Work Anda (yang berisi nomor pencari kerja (求職番号)).</translation>
    </message>
    <message>
        <source>Hello Work offices</source>
        <translation>Kantor Hello Work</translation>
    </message>
    <message>
        <source>&amp;Back to sign in</source>
        <translation>&amp;Kembali ke halaman masuk</translation>
    </message>
    <message>
        <source>The phone number of your office is on your Hello Work card and on the Hello Work website.</source>
        <translation>Nomor telepon kantor Anda ada di kartu Hello Work dan di situs web Hello Work.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Home</source>
        <translation>Beranda</translation>
    </message>
    <message>
        <source>Your next session</source>
        <translation>Sesi Anda berikutnya</translation>
    </message>
    <message>
        <source>&amp;Join the session</source>
        <translation>&amp;Bergabung ke sesi</translation>
    </message>
    <message>
        <source>&amp;Book a session</source>
        <translation>Buat &amp;reservasi sesi</translation>
    </message>
    <message>
        <source>&amp;My bookings</source>
        <translation>Reservasi &amp;saya</translation>
    </message>
    <message>
        <source>You have no session booked.</source>
        <translation>Anda belum punya reservasi sesi.</translation>
    </message>
    <message>
        <source>&amp;Check my device</source>
        <translation>&amp;Periksa perangkat saya</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Coba lagi</translation>
    </message>
    <message>
        <source>Hello, {name}.</source>
        <translation>Halo, {name}.</translation>
    </message>
    <message>
        <source>Office: {office}</source>
        <translation>Kantor: {office}</translation>
    </message>
    <message>
        <source>Office: {office} (phone {phone})</source>
        <translation>Kantor: {office} (telepon {phone})</translation>
    </message>
    <message>
        <source>With you: {who}</source>
        <translation>Pendamping: {who}</translation>
    </message>
    <message>
        <source>Please check your camera, microphone and PC before the session.</source>
        <translation>Silakan periksa kamera, mikrofon, dan komputer Anda sebelum sesi.</translation>
    </message>
    <message>
        <source>Your last device check found problems. Please fix them and check again.</source>
        <translation>Pemeriksaan perangkat terakhir menemukan masalah. Silakan perbaiki lalu periksa lagi.</translation>
    </message>
    <message>
        <source>Joining is open now. Press Join the session.</source>
        <translation>Anda sudah bisa bergabung. Tekan Bergabung ke sesi.</translation>
    </message>
    <message>
        <source>You can join from {time} (10 minutes before the start).</source>
        <translation>Anda dapat bergabung mulai {time} (10 menit sebelum sesi dimulai).</translation>
    </message>
    <message>
        <source>The time to join has passed. If you could not join, please phone the office: {phone}</source>
        <translation>Waktu untuk bergabung sudah lewat. Jika Anda tidak bisa bergabung, silakan telepon kantor: {phone}</translation>
    </message>
</context>
<context>
    <name>JobSeekerNumber</name>
    <message>
        <source>Please enter your job-seeker number. It is on your Hello Work card.</source>
        <translation>Silakan masukkan nomor pencari kerja (求職番号) Anda. Nomor ini ada di kartu Hello Work Anda.</translation>
    </message>
    <message>
        <source>Please use only numbers and one hyphen, like {example}.</source>
        <translation>Silakan gunakan angka dan satu tanda hubung saja, seperti {example}.</translation>
    </message>
    <message>
        <source>Please use only one hyphen, after the first 5 numbers, like {example}.</source>
        <translation>Silakan gunakan satu tanda hubung saja, setelah 5 angka pertama, seperti {example}.</translation>
    </message>
    <message>
        <source>The part before the hyphen has 5 numbers, like {example}.</source>
        <translation>Bagian sebelum tanda hubung berisi 5 angka, seperti {example}.</translation>
    </message>
    <message>
        <source>The part after the hyphen has 1 to 8 numbers, like {example}.</source>
        <translation>Bagian setelah tanda hubung berisi 1 sampai 8 angka, seperti {example}.</translation>
    </message>
</context>
<context>
    <name>JoinPage</name>
    <message>
        <source>Join the session</source>
        <translation>Bergabung ke sesi</translation>
    </message>
    <message>
        <source>Before you join, please confirm each point:</source>
        <translation>Sebelum bergabung, mohon pastikan setiap poin berikut:</translation>
    </message>
    <message>
        <source>I am in a private room, or everyone with me was declared in the booking.</source>
        <translation>Saya berada di ruangan pribadi, atau semua orang yang bersama saya sudah dicantumkan dalam reservasi.</translation>
    </message>
    <message>
        <source>I will not record the session (no screen or sound recording).</source>
        <translation>Saya tidak akan merekam sesi (tidak merekam layar atau suara).</translation>
    </message>
    <message>
        <source>&amp;Open Zoom and join</source>
        <translation>&amp;Buka Zoom dan bergabung</translation>
    </message>
    <message>
        <source>My name in Zoom will be my registered name: {name}. The counsellor checks it with my job-seeker number.</source>
        <translation>Nama saya di Zoom adalah nama terdaftar saya: {name}. Konselor akan mencocokkannya dengan nomor pencari kerja (求職番号) saya.</translation>
    </message>
    <message>
        <source>{when} with {office}</source>
        <translation>{when} dengan {office}</translation>
    </message>
    <message>
        <source>Declared in your booking: {who}</source>
        <translation>Dicantumkan dalam reservasi Anda: {who}</translation>
    </message>
    <message>
        <source>Zoom could not be opened. Please install Zoom or try another browser.</source>
        <translation>Zoom tidak dapat dibuka. Silakan pasang Zoom atau coba browser lain.</translation>
    </message>
    <message>
        <source>Zoom is opening. If nothing happens, open the meeting in your browser.</source>
        <translation>Zoom sedang dibuka. Jika tidak terjadi apa-apa, buka rapat di browser Anda.</translation>
    </message>
    <message>
        <source>The meeting is opening in your browser.</source>
        <translation>Rapat sedang dibuka di browser Anda.</translation>
    </message>
    <message>
        <source>Open in &amp;browser</source>
        <translation>Buka di &amp;browser</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Choose the language for this app. You can change it later in Settings.</source>
        <translation>Pilih bahasa untuk aplikasi ini. Anda dapat mengubahnya nanti di Pengaturan.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Lanjutkan</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Hello Work online counselling</source>
        <translation>Konsultasi online Hello Work</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Kembali</translation>
    </message>
    <message>
        <source>Back to the previous step</source>
        <translation>Kembali ke langkah sebelumnya</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Langkah-langkah</translation>
    </message>
    <message>
        <source>&amp;App</source>
        <translation>&amp;Aplikasi</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar dari aplikasi</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Bantuan</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostic info for the help desk</source>
        <translation>&amp;Salin info diagnostik untuk layanan bantuan</translation>
    </message>
    <message>
        <source>&amp;About this app</source>
        <translation>&amp;Tentang aplikasi ini</translation>
    </message>
    <message>
        <source>Demo &amp;mailbox</source>
        <translation>&amp;Kotak surat demo</translation>
    </message>
    <message>
        <source>Demo mode: nothing here is real. Sign in with {email} and the password {password}.</source>
        <translation>Mode demo: semua yang ada di sini tidak nyata. Masuk dengan {email} dan kata sandi {password}.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Check my device</source>
        <translation>Periksa perangkat saya</translation>
    </message>
    <message>
        <source>Terms of use</source>
        <translation>Ketentuan penggunaan</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Beranda</translation>
    </message>
    <message>
        <source>Book a session</source>
        <translation>Buat reservasi sesi</translation>
    </message>
    <message>
        <source>My bookings</source>
        <translation>Reservasi saya</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>Akun saya</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Could not reach the Hello Work service. Check your internet connection, then press Try again. You can check your device meanwhile.</source>
        <translation>Layanan Hello Work tidak dapat dihubungi. Periksa koneksi internet Anda, lalu tekan Coba lagi. Sambil menunggu, Anda dapat memeriksa perangkat Anda.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Coba lagi</translation>
    </message>
    <message>
        <source>You were signed out. Please sign in again to continue where you were.</source>
        <translation>Anda telah dikeluarkan dari akun. Silakan masuk lagi untuk melanjutkan dari tempat terakhir.</translation>
    </message>
    <message>
        <source>Diagnostic info copied. You can paste it into a mail to the help desk.</source>
        <translation>Info diagnostik telah disalin. Anda dapat menempelkannya ke email untuk layanan bantuan.</translation>
    </message>
    <message>
        <source>About this app</source>
        <translation>Tentang aplikasi ini</translation>
    </message>
    <message>
        <source>Hello Work online counselling, version {version}</source>
        <translation>Konsultasi online Hello Work, versi {version}</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Terjadi kesalahan</translation>
    </message>
    <message>
        <source>Something went wrong in the app. Please try again. If it happens again, copy the diagnostic info and send it to the help desk.</source>
        <translation>Terjadi kesalahan di aplikasi. Silakan coba lagi. Jika terjadi lagi, salin info diagnostik dan kirimkan ke layanan bantuan.</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostic info</source>
        <translation>&amp;Salin info diagnostik</translation>
    </message>
</context>
<context>
    <name>Meeting</name>
    <message>
        <source>The meeting link from the service does not look like a Zoom link, so the app did not open it. Please phone your Hello Work office.</source>
        <translation>Tautan rapat dari layanan tidak tampak seperti tautan Zoom, jadi aplikasi tidak membukanya. Silakan telepon kantor Hello Work Anda.</translation>
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
        <translation>Silakan telepon kantor Hello Work Anda: {phone}.</translation>
    </message>
    <message>
        <source>Please phone your Hello Work office.</source>
        <translation>Silakan telepon kantor Hello Work Anda.</translation>
    </message>
    <message>
        <source>Some information is missing or not in the right form.</source>
        <translation>Ada informasi yang kurang atau formatnya tidak benar.</translation>
    </message>
    <message>
        <source>Please check the marked fields and try again.</source>
        <translation>Silakan periksa kolom yang ditandai dan coba lagi.</translation>
    </message>
    <message>
        <source>This password is too easy to guess.</source>
        <translation>Kata sandi ini terlalu mudah ditebak.</translation>
    </message>
    <message>
        <source>Please choose a password of at least 10 characters that is not your e-mail address and not a common word.</source>
        <translation>Silakan pilih kata sandi minimal 10 karakter yang bukan alamat email Anda dan bukan kata yang umum.</translation>
    </message>
    <message>
        <source>Please choose a harder password.</source>
        <translation>Silakan pilih kata sandi yang lebih sulit ditebak.</translation>
    </message>
    <message>
        <source>This link does not work any more. It may be older than 24 hours or used already.</source>
        <translation>Tautan ini sudah tidak berlaku. Mungkin sudah lebih dari 24 jam atau sudah dipakai.</translation>
    </message>
    <message>
        <source>Please register again to get a new link, or sign in if you already finished.</source>
        <translation>Silakan daftar ulang untuk mendapatkan tautan baru, atau masuk jika Anda sudah selesai mendaftar.</translation>
    </message>
    <message>
        <source>The e-mail address or the password is not right.</source>
        <translation>Alamat email atau kata sandi tidak benar.</translation>
    </message>
    <message>
        <source>Please check both and try again. Capital letters count.</source>
        <translation>Silakan periksa keduanya dan coba lagi. Huruf besar dan kecil dibedakan.</translation>
    </message>
    <message>
        <source>Please check your password.</source>
        <translation>Silakan periksa kata sandi Anda.</translation>
    </message>
    <message>
        <source>Your registration is not finished yet.</source>
        <translation>Pendaftaran Anda belum selesai.</translation>
    </message>
    <message>
        <source>Please open the link in the e-mail we sent you. We can send the e-mail again.</source>
        <translation>Silakan buka tautan di email yang kami kirim. Kami dapat mengirim email itu lagi.</translation>
    </message>
    <message>
        <source>Sign-in is paused after several wrong passwords, to protect your account.</source>
        <translation>Masuk dihentikan sementara setelah beberapa kali salah kata sandi, untuk melindungi akun Anda.</translation>
    </message>
    <message numerus="yes">
        <source>Please try again in %n minute(s). If you forgot your password, phone your office.</source>
        <translation>
            <numerusform>Silakan coba lagi dalam %n menit. Jika Anda lupa kata sandi, telepon kantor Anda.</numerusform>
        </translation>
    </message>
    <message>
        <source>You have been signed out.</source>
        <translation>Anda telah dikeluarkan dari akun.</translation>
    </message>
    <message>
        <source>Please sign in again. Nothing you typed is lost.</source>
        <translation>Silakan masuk lagi. Apa yang sudah Anda ketik tidak hilang.</translation>
    </message>
    <message>
        <source>The terms of use changed while you were reading them.</source>
        <translation>Ketentuan penggunaan berubah saat Anda sedang membacanya.</translation>
    </message>
    <message>
        <source>Please read the new version and agree again.</source>
        <translation>Silakan baca versi baru dan setujui lagi.</translation>
    </message>
    <message>
        <source>Before booking, please agree to the current terms of use.</source>
        <translation>Sebelum membuat reservasi, silakan setujui ketentuan penggunaan yang berlaku.</translation>
    </message>
    <message>
        <source>We will show you the terms, then bring you back here.</source>
        <translation>Kami akan menampilkan ketentuannya, lalu membawa Anda kembali ke sini.</translation>
    </message>
    <message>
        <source>This version of the app is too old to use the service.</source>
        <translation>Versi aplikasi ini terlalu lama untuk memakai layanan.</translation>
    </message>
    <message>
        <source>Please install the new version. Your bookings are kept.</source>
        <translation>Silakan pasang versi baru. Reservasi Anda tetap tersimpan.</translation>
    </message>
    <message>
        <source>We could not find this any more. It may have been removed.</source>
        <translation>Kami tidak dapat menemukannya lagi. Mungkin sudah dihapus.</translation>
    </message>
    <message>
        <source>Please go back and try again.</source>
        <translation>Silakan kembali dan coba lagi.</translation>
    </message>
    <message>
        <source>Someone just booked this time. Please choose another time.</source>
        <translation>Seseorang baru saja mereservasi waktu ini. Silakan pilih waktu lain.</translation>
    </message>
    <message>
        <source>Other free times are shown below.</source>
        <translation>Waktu kosong lainnya ditampilkan di bawah.</translation>
    </message>
    <message>
        <source>You already have a session on {date}. Only one session a day is possible.</source>
        <translation>Anda sudah punya sesi pada {date}. Hanya satu sesi per hari.</translation>
    </message>
    <message>
        <source>You already have a session on that day. Only one session a day is possible.</source>
        <translation>Anda sudah punya sesi pada hari itu. Hanya satu sesi per hari.</translation>
    </message>
    <message>
        <source>Please choose another day.</source>
        <translation>Silakan pilih hari lain.</translation>
    </message>
    <message>
        <source>Booking is paused until {date} because sessions were missed.</source>
        <translation>Reservasi ditangguhkan sampai {date} karena Anda tidak hadir di beberapa sesi.</translation>
    </message>
    <message>
        <source>Booking is paused for your account because sessions were missed.</source>
        <translation>Reservasi untuk akun Anda ditangguhkan karena Anda tidak hadir di beberapa sesi.</translation>
    </message>
    <message>
        <source>Your office has paused online sessions for your account, often because residence status details need checking.</source>
        <translation>Kantor Anda menghentikan sementara sesi online untuk akun Anda, biasanya karena data status izin tinggal perlu diperiksa.</translation>
    </message>
    <message>
        <source>The session has already started, so it cannot be cancelled in the app.</source>
        <translation>Sesi sudah dimulai, jadi tidak bisa dibatalkan di aplikasi.</translation>
    </message>
    <message>
        <source>This booking is no longer active. It may have been cancelled.</source>
        <translation>Reservasi ini sudah tidak aktif. Mungkin sudah dibatalkan.</translation>
    </message>
    <message>
        <source>Please look at My bookings for its current state.</source>
        <translation>Silakan lihat Reservasi saya untuk status terkininya.</translation>
    </message>
    <message>
        <source>Your booking request changed while it was being sent.</source>
        <translation>Permintaan reservasi Anda berubah saat sedang dikirim.</translation>
    </message>
    <message>
        <source>Please check My bookings, then try again.</source>
        <translation>Silakan periksa Reservasi saya, lalu coba lagi.</translation>
    </message>
    <message>
        <source>You can join from {time} on {date} (10 minutes before the start).</source>
        <translation>Anda dapat bergabung mulai {time} pada {date} (10 menit sebelum sesi dimulai).</translation>
    </message>
    <message>
        <source>You can join from 10 minutes before the start until 10 minutes after it.</source>
        <translation>Anda dapat bergabung mulai 10 menit sebelum sesi dimulai sampai 10 menit sesudahnya.</translation>
    </message>
    <message>
        <source>Please come back then.</source>
        <translation>Silakan kembali pada waktu itu.</translation>
    </message>
    <message>
        <source>What you sent is too long for the service.</source>
        <translation>Yang Anda kirim terlalu panjang untuk layanan.</translation>
    </message>
    <message>
        <source>Please make the note or text shorter and try again.</source>
        <translation>Silakan persingkat catatan atau teks, lalu coba lagi.</translation>
    </message>
    <message>
        <source>Something changed on the service while you were working.</source>
        <translation>Ada perubahan di layanan saat Anda sedang bekerja.</translation>
    </message>
    <message>
        <source>Please go back, look again, and try once more.</source>
        <translation>Silakan kembali, lihat lagi, lalu coba sekali lagi.</translation>
    </message>
    <message>
        <source>The app and the service do not understand each other.</source>
        <translation>Aplikasi dan layanan tidak saling memahami.</translation>
    </message>
    <message>
        <source>Please install the newest version of the app.</source>
        <translation>Silakan pasang versi terbaru aplikasi.</translation>
    </message>
    <message>
        <source>We could not reach the service.</source>
        <translation>Kami tidak dapat menghubungi layanan.</translation>
    </message>
    <message>
        <source>Please check your internet connection and try again. Nothing you typed is lost.</source>
        <translation>Silakan periksa koneksi internet Anda dan coba lagi. Apa yang sudah Anda ketik tidak hilang.</translation>
    </message>
    <message>
        <source>The service has a problem right now.</source>
        <translation>Layanan sedang bermasalah.</translation>
    </message>
    <message>
        <source>Please try again in a few minutes. Nothing you typed is lost.</source>
        <translation>Silakan coba lagi beberapa menit lagi. Apa yang sudah Anda ketik tidak hilang.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Terjadi kesalahan.</translation>
    </message>
    <message>
        <source>Please try again. If it happens again, phone your Hello Work office.</source>
        <translation>Silakan coba lagi. Jika terjadi lagi, telepon kantor Hello Work Anda.</translation>
    </message>
    <message>
        <source>Please enter an e-mail address like name@example.jp.</source>
        <translation>Silakan masukkan alamat email seperti name@example.jp.</translation>
    </message>
    <message>
        <source>Please choose a password of at least 10 characters.</source>
        <translation>Silakan pilih kata sandi minimal 10 karakter.</translation>
    </message>
    <message>
        <source>Please enter your name.</source>
        <translation>Silakan masukkan nama Anda.</translation>
    </message>
    <message>
        <source>Please enter your name in kana, or leave it empty.</source>
        <translation>Silakan masukkan nama Anda dalam huruf kana, atau biarkan kosong.</translation>
    </message>
    <message>
        <source>Please enter a phone number with digits only, or leave it empty.</source>
        <translation>Silakan masukkan nomor telepon dengan angka saja, atau biarkan kosong.</translation>
    </message>
    <message>
        <source>Please enter the number as 5 digits, a hyphen, then up to 8 digits.</source>
        <translation>Silakan masukkan nomor sebagai 5 angka, tanda hubung, lalu sampai 8 angka.</translation>
    </message>
    <message>
        <source>Please make the note shorter (500 characters at most).</source>
        <translation>Silakan persingkat catatan (maksimal 500 karakter).</translation>
    </message>
    <message>
        <source>Please enter your current password.</source>
        <translation>Silakan masukkan kata sandi Anda saat ini.</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Page</source>
        <translation>Halaman</translation>
    </message>
</context>
<context>
    <name>PasswordEdit</name>
    <message>
        <source>Hide</source>
        <translation>Sembunyikan</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tampilkan</translation>
    </message>
    <message>
        <source>Hide the password</source>
        <translation>Sembunyikan kata sandi</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>Tampilkan kata sandi</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Please use at least 10 characters.</source>
        <translation>Silakan gunakan minimal 10 karakter.</translation>
    </message>
    <message>
        <source>Please do not use your e-mail address as the password.</source>
        <translation>Jangan gunakan alamat email Anda sebagai kata sandi.</translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation>Buat akun</translation>
    </message>
    <message>
        <source>Fill in your details. Fields marked (optional) can be left empty. We will send you an e-mail with a link to finish the registration.</source>
        <translation>Isi data Anda. Kolom bertanda (opsional) boleh dikosongkan. Kami akan mengirim email berisi tautan untuk menyelesaikan pendaftaran.</translation>
    </message>
    <message>
        <source>&amp;Name (as registered at Hello Work)</source>
        <translation>&amp;Nama (sesuai pendaftaran di Hello Work)</translation>
    </message>
    <message>
        <source>Name in &amp;kana (optional)</source>
        <translation>Nama dalam huruf &amp;kana (opsional)</translation>
    </message>
    <message>
        <source>Example: ハロー タロウ</source>
        <translation>Contoh: ハロー タロウ</translation>
    </message>
    <message>
        <source>&amp;E-mail address</source>
        <translation>Alamat &amp;email</translation>
    </message>
    <message>
        <source>Example: name@example.jp</source>
        <translation>Contoh: name@example.jp</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Kata &amp;sandi</translation>
    </message>
    <message>
        <source>At least 10 characters, not your e-mail address, not a common word. Tip: three or four words you can remember, like &apos;blue tea morning walk&apos;.</source>
        <translation>Minimal 10 karakter, bukan alamat email Anda, bukan kata yang umum. Tips: tiga atau empat kata yang mudah Anda ingat, seperti &apos;teh biru jalan pagi&apos;.</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>Kata sandi &amp;lagi</translation>
    </message>
    <message>
        <source>Type the same password again.</source>
        <translation>Ketik kata sandi yang sama sekali lagi.</translation>
    </message>
    <message>
        <source>&amp;Job-seeker number (optional)</source>
        <translation>Nomor &amp;pencari kerja (求職番号) (opsional)</translation>
    </message>
    <message>
        <source>It is on your Hello Work card (求職番号): 5 digits, a hyphen, then up to 8 digits, for example 12345-12345678. Full-width digits are fine.</source>
        <translation>Nomor ini ada di kartu Hello Work Anda (求職番号): 5 angka, tanda hubung, lalu sampai 8 angka, misalnya 12345-12345678. Angka lebar penuh (全角) juga boleh.</translation>
    </message>
    <message>
        <source>P&amp;hone number (optional)</source>
        <translation>Nomor &amp;telepon (opsional)</translation>
    </message>
    <message>
        <source>Example: 090-1234-5678</source>
        <translation>Contoh: 090-1234-5678</translation>
    </message>
    <message>
        <source>A&amp;ddress (optional)</source>
        <translation>&amp;Alamat (opsional)</translation>
    </message>
    <message>
        <source>Create my &amp;account</source>
        <translation>Buat &amp;akun saya</translation>
    </message>
    <message>
        <source>I already have an account: &amp;sign in</source>
        <translation>Saya sudah punya akun: &amp;masuk</translation>
    </message>
    <message>
        <source>Please enter your name.</source>
        <translation>Silakan masukkan nama Anda.</translation>
    </message>
    <message>
        <source>Please enter an e-mail address like name@example.jp.</source>
        <translation>Silakan masukkan alamat email seperti name@example.jp.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Kedua kata sandi tidak sama.</translation>
    </message>
</context>
<context>
    <name>ReminderNotifier</name>
    <message>
        <source>Your counselling session is tomorrow</source>
        <translation>Sesi konsultasi Anda besok</translation>
    </message>
    <message>
        <source>{when}, {office}. Please check your device before the session.</source>
        <translation>{when}, {office}. Silakan periksa perangkat Anda sebelum sesi.</translation>
    </message>
    <message>
        <source>Check my device now</source>
        <translation>Periksa perangkat saya sekarang</translation>
    </message>
    <message>
        <source>Your session starts in 30 minutes</source>
        <translation>Sesi Anda dimulai dalam 30 menit</translation>
    </message>
    <message>
        <source>{when}, {office}. Check your camera and microphone now.</source>
        <translation>{when}, {office}. Periksa kamera dan mikrofon Anda sekarang.</translation>
    </message>
    <message>
        <source>You can join your session now</source>
        <translation>Anda dapat bergabung ke sesi sekarang</translation>
    </message>
    <message>
        <source>{when}, {office}. Open the app and press Join.</source>
        <translation>{when}, {office}. Buka aplikasi dan tekan Bergabung.</translation>
    </message>
    <message>
        <source>Go to Join</source>
        <translation>Ke halaman Bergabung</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Your settings could not be saved. Check that the disk is not full, then try again.</source>
        <translation>Pengaturan Anda tidak dapat disimpan. Periksa apakah disk tidak penuh, lalu coba lagi.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Pengingat</translation>
    </message>
    <message>
        <source>Remind me the &amp;day before my session</source>
        <translation>Ingatkan saya se&amp;hari sebelum sesi saya</translation>
    </message>
    <message>
        <source>Remind me &amp;30 minutes before, to check my device</source>
        <translation>Ingatkan saya &amp;30 menit sebelumnya, untuk memeriksa perangkat</translation>
    </message>
    <message>
        <source>Tell me when I can &amp;join</source>
        <translation>Beri tahu saya saat saya bisa &amp;bergabung</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when the window is closed (for reminders)</source>
        <translation>&amp;Tetap berjalan di tray saat jendela ditutup (untuk pengingat)</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>Alamat &amp;server:</translation>
    </message>
    <message>
        <source>Use this &amp;address</source>
        <translation>Gunakan &amp;alamat ini</translation>
    </message>
    <message>
        <source>Change the server address only if your Hello Work office asks you to.</source>
        <translation>Ubah alamat server hanya jika kantor Hello Work Anda memintanya.</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostic info for the help desk</source>
        <translation>&amp;Salin info diagnostik untuk layanan bantuan</translation>
    </message>
    <message>
        <source>Right now the app is using {url}.</source>
        <translation>Saat ini aplikasi memakai {url}.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tersimpan.</translation>
    </message>
    <message>
        <source>This does not look like a web address. Please check it and try again.</source>
        <translation>Ini tidak tampak seperti alamat web. Silakan periksa dan coba lagi.</translation>
    </message>
    <message>
        <source>Saved. The app will use this address the next time it starts.</source>
        <translation>Tersimpan. Aplikasi akan memakai alamat ini saat dibuka berikutnya.</translation>
    </message>
    <message>
        <source>Diagnostic info copied. You can paste it into a mail to the help desk.</source>
        <translation>Info diagnostik telah disalin. Anda dapat menempelkannya ke email untuk layanan bantuan.</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Sign in with the e-mail address and password you registered with.</source>
        <translation>Masuk dengan alamat email dan kata sandi yang Anda daftarkan.</translation>
    </message>
    <message>
        <source>Demo: the demo account {email} is already filled in.</source>
        <translation>Demo: akun demo {email} sudah diisi.</translation>
    </message>
    <message>
        <source>&amp;E-mail address</source>
        <translation>Alamat &amp;email</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Kata &amp;sandi</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Masuk</translation>
    </message>
    <message>
        <source>&amp;Create an account</source>
        <translation>&amp;Buat akun</translation>
    </message>
    <message>
        <source>&amp;Forgot your password?</source>
        <translation>&amp;Lupa kata sandi?</translation>
    </message>
    <message>
        <source>Your account and your personal data are deleted. Thank you for using the service.</source>
        <translation>Akun dan data pribadi Anda sudah dihapus. Terima kasih telah memakai layanan ini.</translation>
    </message>
    <message>
        <source>Please enter your e-mail address.</source>
        <translation>Silakan masukkan alamat email Anda.</translation>
    </message>
    <message>
        <source>Please enter your password.</source>
        <translation>Silakan masukkan kata sandi Anda.</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Apa yang harus dilakukan sekarang</translation>
    </message>
</context>
<context>
    <name>SlotCalendar</name>
    <message>
        <source>Calendar: days in bold have free times</source>
        <translation>Kalender: hari yang dicetak tebal memiliki waktu kosong</translation>
    </message>
    <message>
        <source>Free times on the chosen day</source>
        <translation>Waktu kosong pada hari yang dipilih</translation>
    </message>
    <message numerus="yes">
        <source>%n free time(s)</source>
        <translation>
            <numerusform>%n waktu kosong</numerusform>
        </translation>
    </message>
    <message>
        <source>You already have a session on this day. Only one session a day is possible.</source>
        <translation>Anda sudah punya sesi pada hari ini. Hanya satu sesi per hari.</translation>
    </message>
    <message>
        <source>Choose a time:</source>
        <translation>Pilih waktu:</translation>
    </message>
    <message>
        <source>Looking for free times…</source>
        <translation>Mencari waktu kosong…</translation>
    </message>
    <message>
        <source>No free times on this day. Days in bold have free times.</source>
        <translation>Tidak ada waktu kosong pada hari ini. Hari yang dicetak tebal memiliki waktu kosong.</translation>
    </message>
    <message>
        <source>{start} – {end}   ({places})</source>
        <translation>{start} – {end}   ({places})</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) left</source>
        <translation>
            <numerusform>sisa %n tempat</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusRow</name>
    <message>
        <source>OK</source>
        <translation>Baik</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Perlu perhatian</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>Could not check</source>
        <translation>Tidak dapat diperiksa</translation>
    </message>
    <message>
        <source>What to do: {remedy}</source>
        <translation>Yang harus dilakukan: {remedy}</translation>
    </message>
    <message>
        <source>Open the &amp;setting</source>
        <translation>Buka &amp;pengaturan</translation>
    </message>
    <message>
        <source>More &amp;information</source>
        <translation>Informasi &amp;lebih lanjut</translation>
    </message>
</context>
<context>
    <name>TermsPage</name>
    <message>
        <source>Terms of use</source>
        <translation>Ketentuan penggunaan</translation>
    </message>
    <message>
        <source>I have read the terms of use and I &amp;agree to them.</source>
        <translation>Saya telah membaca ketentuan penggunaan dan saya &amp;setuju.</translation>
    </message>
    <message>
        <source>The sessions take place in Zoom. Please also read Zoom&apos;s &lt;a href=&quot;{terms}&quot;&gt;terms of service&lt;/a&gt; and &lt;a href=&quot;{privacy}&quot;&gt;privacy statement&lt;/a&gt;.</source>
        <translation>Sesi berlangsung di Zoom. Silakan baca juga &lt;a href=&quot;{terms}&quot;&gt;ketentuan layanan&lt;/a&gt; dan &lt;a href=&quot;{privacy}&quot;&gt;pernyataan privasi&lt;/a&gt; Zoom.</translation>
    </message>
    <message>
        <source>I accept &amp;Zoom&apos;s terms of service and privacy statement.</source>
        <translation>Saya menerima ketentuan layanan dan pernyataan privasi &amp;Zoom.</translation>
    </message>
    <message>
        <source>Agree and &amp;continue</source>
        <translation>Setuju dan &amp;lanjutkan</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Coba lagi</translation>
    </message>
    <message>
        <source>Terms of use text</source>
        <translation>Teks ketentuan penggunaan</translation>
    </message>
    <message>
        <source>Loading the terms of use…</source>
        <translation>Memuat ketentuan penggunaan…</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;Version {version}, in effect from {date}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;Versi {version}, berlaku mulai {date}</translation>
    </message>
    <message>
        <source>The terms of use have changed since you last agreed. Please read them and agree again.</source>
        <translation>Ketentuan penggunaan telah berubah sejak terakhir kali Anda setuju. Silakan baca dan setujui lagi.</translation>
    </message>
    <message>
        <source>What changed: {summary}</source>
        <translation>Yang berubah: {summary}</translation>
    </message>
    <message>
        <source>✓ You have read to the end.</source>
        <translation>✓ Anda sudah membaca sampai akhir.</translation>
    </message>
    <message>
        <source>Please read the terms to the end (scroll down).</source>
        <translation>Silakan baca ketentuan sampai akhir (gulir ke bawah).</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Hello Work online counselling</source>
        <translation>Konsultasi online Hello Work</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <source>&amp;Check my device</source>
        <translation>&amp;Periksa perangkat saya</translation>
    </message>
    <message>
        <source>My &amp;bookings</source>
        <translation>&amp;Reservasi saya</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar dari aplikasi</translation>
    </message>
</context>
<context>
    <name>UpdatePrompt</name>
    <message>
        <source>A new version of this app ({version}) is available.</source>
        <translation>Versi baru aplikasi ini ({version}) tersedia.</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Unduh</translation>
    </message>
    <message>
        <source>Please update the app</source>
        <translation>Silakan perbarui aplikasi</translation>
    </message>
    <message>
        <source>This version of the app is too old to use the service. Please download and install the new version. Your bookings are kept.</source>
        <translation>Versi aplikasi ini terlalu lama untuk memakai layanan. Silakan unduh dan pasang versi baru. Reservasi Anda tetap tersimpan.</translation>
    </message>
    <message>
        <source>&amp;Download the new version</source>
        <translation>&amp;Unduh versi baru</translation>
    </message>
</context>
<context>
    <name>VerifySentPage</name>
    <message>
        <source>Check your e-mail</source>
        <translation>Periksa email Anda</translation>
    </message>
    <message>
        <source>One more step: open the link in your e-mail</source>
        <translation>Satu langkah lagi: buka tautan di email Anda</translation>
    </message>
    <message>
        <source>We sent an e-mail to {email}.</source>
        <translation>Kami telah mengirim email ke {email}.</translation>
    </message>
    <message>
        <source>Open the link in it to finish your registration.</source>
        <translation>Buka tautan di dalamnya untuk menyelesaikan pendaftaran Anda.</translation>
    </message>
    <message>
        <source>We sent you an e-mail. Open the link in it to finish your registration.</source>
        <translation>Kami telah mengirim email kepada Anda. Buka tautan di dalamnya untuk menyelesaikan pendaftaran Anda.</translation>
    </message>
    <message>
        <source>• The link works for 24 hours.
• No e-mail after a few minutes? Look in the spam or junk folder.
• After opening the link, come back here and sign in.</source>
        <translation>• Tautan berlaku selama 24 jam.
• Belum ada email setelah beberapa menit? Lihat folder spam atau sampah.
• Setelah membuka tautan, kembali ke sini dan masuk.</translation>
    </message>
    <message>
        <source>Send the e-mail &amp;again</source>
        <translation>Kirim email &amp;lagi</translation>
    </message>
    <message>
        <source>&amp;Register again</source>
        <translation>&amp;Daftar ulang</translation>
    </message>
    <message>
        <source>I opened the link: &amp;sign in</source>
        <translation>Saya sudah membuka tautan: &amp;masuk</translation>
    </message>
    <message>
        <source>We sent the e-mail again at {time}. Please look for the newest one.</source>
        <translation>Kami mengirim email lagi pada {time}. Silakan cari email yang terbaru.</translation>
    </message>
</context>
</TS>
