<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="my_MM" sourcelanguage="en_US">
<context>
    <name>AccountPage</name>
    <message>
        <source>My account</source>
        <translation>ကျွန်ုပ်၏ အကောင့်</translation>
    </message>
    <message>
        <source>It has been a while since you changed your password. To keep your account safe, please choose a new one below.</source>
        <translation>စကားဝှက်ကို မပြောင်းတာ ကြာပါပြီ။ အကောင့် လုံခြုံစေရန် အောက်တွင် စကားဝှက်အသစ် ရွေးပါ။</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>နောက်မှ(&amp;L)</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>သင့်အချက်အလက်များ</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>အကောင့်မှ ထွက်ရန်(&amp;O)</translation>
    </message>
    <message>
        <source>Change your password</source>
        <translation>စကားဝှက် ပြောင်းရန်</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>လက်ရှိ စကားဝှက်(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>စကားဝှက်အသစ်(&amp;N)</translation>
    </message>
    <message>
        <source>At least 10 characters, not your e-mail address, not a common word.</source>
        <translation>အနည်းဆုံး စာလုံး ၁၀ လုံး၊ သင့်အီးမေးလ်လိပ်စာ မဟုတ်ရ၊ အသုံးများသော စကားလုံး မဟုတ်ရ။</translation>
    </message>
    <message>
        <source>New password &amp;again</source>
        <translation>စကားဝှက်အသစ် နောက်တစ်ကြိမ်(&amp;A)</translation>
    </message>
    <message>
        <source>C&amp;hange password</source>
        <translation>စကားဝှက် ပြောင်းရန်(&amp;H)</translation>
    </message>
    <message>
        <source>Language and reminders</source>
        <translation>ဘာသာစကားနှင့် သတိပေးချက်များ</translation>
    </message>
    <message>
        <source>&amp;Language of the app</source>
        <translation>အက်ပ်၏ ဘာသာစကား(&amp;L)</translation>
    </message>
    <message>
        <source>Remind me about my session:</source>
        <translation>ကျွန်ုပ်၏ ဆွေးနွေးမှုအကြောင်း သတိပေးရန်:</translation>
    </message>
    <message>
        <source>The day &amp;before</source>
        <translation>တစ်ရက်ကြိုတင်၍(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;30 minutes before</source>
        <translation>မိနစ် ၃၀ ကြိုတင်၍(&amp;3)</translation>
    </message>
    <message>
        <source>When I can &amp;join</source>
        <translation>ပါဝင်နိုင်သည့်အချိန်(&amp;J)</translation>
    </message>
    <message>
        <source>Delete your account</source>
        <translation>အကောင့်ကို ဖျက်ရန်</translation>
    </message>
    <message>
        <source>This deletes your registration and personal data and cancels your future sessions. It cannot be undone. To use the service again, you would register again. Enter your password to confirm.</source>
        <translation>ဤလုပ်ဆောင်ချက်သည် သင့်စာရင်းသွင်းမှုနှင့် ကိုယ်ရေးအချက်အလက်များကို ဖျက်ပြီး နောက်လာမည့် ဆွေးနွေးမှုများကို ပယ်ဖျက်ပါမည်။ ပြန်ပြင်၍ မရပါ။ ဝန်ဆောင်မှုကို ထပ်သုံးလိုပါက ထပ်မံ စာရင်းသွင်းရပါမည်။ အတည်ပြုရန် စကားဝှက်ကို ရိုက်ထည့်ပါ။</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>စကားဝှက်(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Delete my account…</source>
        <translation>ကျွန်ုပ်၏ အကောင့်ကို ဖျက်ရန်(&amp;D)…</translation>
    </message>
    <message>
        <source>Name: {name}</source>
        <translation>အမည်: {name}</translation>
    </message>
    <message>
        <source>E-mail: {email}</source>
        <translation>အီးမေးလ်: {email}</translation>
    </message>
    <message>
        <source>Job-seeker number: {number}</source>
        <translation>အလုပ်ရှာဖွေသူ နံပါတ်: {number}</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(မဖော်ပြထားပါ)</translation>
    </message>
    <message>
        <source>Password last changed: {date}</source>
        <translation>စကားဝှက် နောက်ဆုံးပြောင်းသည့်ရက်: {date}</translation>
    </message>
    <message>
        <source>Please enter your current password.</source>
        <translation>လက်ရှိ စကားဝှက်ကို ရိုက်ထည့်ပါ။</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>စကားဝှက်အသစ် နှစ်ခု မတူပါ။</translation>
    </message>
    <message>
        <source>Your password is changed. Other computers signed in to your account are signed out.</source>
        <translation>စကားဝှက် ပြောင်းပြီးပါပြီ။ သင့်အကောင့်ဖြင့် ဝင်ထားသော အခြားကွန်ပျူတာများမှ အကောင့်ထွက်ပြီးပါပြီ။</translation>
    </message>
    <message>
        <source>Please enter your password to confirm.</source>
        <translation>အတည်ပြုရန် စကားဝှက်ကို ရိုက်ထည့်ပါ။</translation>
    </message>
    <message>
        <source>Delete your account?</source>
        <translation>အကောင့်ကို ဖျက်မလား?</translation>
    </message>
    <message>
        <source>Do you really want to delete your account?</source>
        <translation>သင့်အကောင့်ကို တကယ် ဖျက်လိုပါသလား?</translation>
    </message>
    <message>
        <source>Your future sessions will be cancelled. This cannot be undone.</source>
        <translation>နောက်လာမည့် ဆွေးနွေးမှုများ ပယ်ဖျက်ခံရပါမည်။ ပြန်ပြင်၍ မရပါ။</translation>
    </message>
    <message>
        <source>&amp;Yes, delete my account</source>
        <translation>ဟုတ်ကဲ့၊ ကျွန်ုပ်၏ အကောင့်ကို ဖျက်ပါ(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No, keep it</source>
        <translation>မဟုတ်ပါ၊ ဆက်ထားပါ(&amp;N)</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation>တစ်ခုခု မှားယွင်းသွားပါသည်။ ထပ်ကြိုးစားပါ။</translation>
    </message>
    <message>
        <source>This server address is not safe. It must start with https://. Please check the address your Hello Work office gave you.</source>
        <translation>ဤဆာဗာ လိပ်စာသည် မလုံခြုံပါ။ https:// ဖြင့် စရပါမည်။ Hello Work ရုံးမှ ပေးသော လိပ်စာကို စစ်ဆေးပါ။</translation>
    </message>
    <message>
        <source>Could not reach the service. Please check your internet connection and try again.</source>
        <translation>ဝန်ဆောင်မှုသို့ ချိတ်ဆက်၍ မရပါ။ အင်တာနက် ချိတ်ဆက်မှုကို စစ်ဆေးပြီး ထပ်ကြိုးစားပါ။</translation>
    </message>
    <message>
        <source>The connection is not secure, so the app stopped. Check that your PC&apos;s date and time are correct, or try another network.</source>
        <translation>ချိတ်ဆက်မှု မလုံခြုံသဖြင့် အက်ပ် ရပ်သွားပါသည်။ ကွန်ပျူတာ၏ ရက်စွဲနှင့် အချိန် မှန်ကန်ကြောင်း စစ်ဆေးပါ၊ သို့မဟုတ် အခြားကွန်ရက်ကို သုံးကြည့်ပါ။</translation>
    </message>
    <message>
        <source>The service is busy or under maintenance. Please try again in a few minutes.</source>
        <translation>ဝန်ဆောင်မှု အလုပ်များနေသည် သို့မဟုတ် ပြုပြင်ထိန်းသိမ်းနေပါသည်။ မိနစ်အနည်းငယ်အကြာတွင် ထပ်ကြိုးစားပါ။</translation>
    </message>
    <message>
        <source>The service gave an answer the app does not understand. Please check the server address, or update the app.</source>
        <translation>ဝန်ဆောင်မှုမှ အက်ပ် နားမလည်သော အဖြေ ပြန်ပေးပါသည်။ ဆာဗာ လိပ်စာကို စစ်ဆေးပါ၊ သို့မဟုတ် အက်ပ်ကို အပ်ဒိတ်လုပ်ပါ။</translation>
    </message>
</context>
<context>
    <name>Booking</name>
    <message>
        <source>Booked</source>
        <translation>ချိန်းဆိုပြီး</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ပယ်ဖျက်ပြီး</translation>
    </message>
    <message>
        <source>Cancelled by the office</source>
        <translation>ရုံးမှ ပယ်ဖျက်ခဲ့သည်</translation>
    </message>
    <message>
        <source>Missed (you did not join)</source>
        <translation>မတက်ရောက်ခဲ့ (သင် မပါဝင်ခဲ့ပါ)</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>တက်ရောက်ခဲ့သည်</translation>
    </message>
    <message>
        <source>Unknown status. Please refresh.</source>
        <translation>အခြေအနေ မသိရပါ။ စာမျက်နှာကို ပြန်ဖွင့်ပါ။</translation>
    </message>
    <message>
        <source>Online job counselling with {office}.</source>
        <translation>{office} နှင့် အွန်လိုင်း အလုပ်အကိုင် အကြံပေး ဆွေးနွေးမှု။</translation>
    </message>
    <message>
        <source>Open the hwclient app and press Join from 10 minutes before the start.</source>
        <translation>hwclient အက်ပ်ကို ဖွင့်ပြီး စတင်ချိန် မိနစ် ၁၀ အလိုမှစ၍ “ဆွေးနွေးမှုတွင် ပါဝင်ရန်” ကို နှိပ်ပါ။</translation>
    </message>
    <message>
        <source>Have your job-seeker number ready.</source>
        <translation>သင့် အလုပ်ရှာဖွေသူ နံပါတ်ကို အဆင်သင့် ထားပါ။</translation>
    </message>
    <message>
        <source>To cancel on the day or if you have trouble, phone the office: {phone}</source>
        <translation>ထိုနေ့တွင် ပယ်ဖျက်ရန် သို့မဟုတ် အခက်အခဲရှိပါက ရုံးသို့ ဖုန်းဆက်ပါ: {phone}</translation>
    </message>
    <message>
        <source>Hello Work online counselling</source>
        <translation>Hello Work အွန်လိုင်း ဆွေးနွေးမှု</translation>
    </message>
    <message>
        <source>{office} (online, Zoom)</source>
        <translation>{office} (အွန်လိုင်း၊ Zoom)</translation>
    </message>
    <message>
        <source>Your counselling session starts in 30 minutes.</source>
        <translation>သင့်ဆွေးနွေးမှု မိနစ် ၃၀ အကြာတွင် စတင်ပါမည်။</translation>
    </message>
</context>
<context>
    <name>BookingCard</name>
    <message>
        <source>Office: {office}</source>
        <translation>ရုံး: {office}</translation>
    </message>
    <message>
        <source>Office phone: {phone}</source>
        <translation>ရုံး ဖုန်း: {phone}</translation>
    </message>
    <message>
        <source>With you: {who}</source>
        <translation>အတူရှိမည့်သူ: {who}</translation>
    </message>
    <message>
        <source>Reason from the office: {reason}</source>
        <translation>ရုံးမှ ပေးသော အကြောင်းရင်း: {reason}</translation>
    </message>
    <message>
        <source>&amp;Cancel this session</source>
        <translation>ဤဆွေးနွေးမှုကို ပယ်ဖျက်ရန်(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel the session on {when}</source>
        <translation>{when} ဆွေးနွေးမှုကို ပယ်ဖျက်ရန်</translation>
    </message>
    <message>
        <source>Add to ca&amp;lendar</source>
        <translation>ပြက္ခဒိန်သို့ ထည့်ရန်(&amp;L)</translation>
    </message>
    <message>
        <source>The session has started, so it cannot be cancelled in the app. To cancel or if you have trouble, please phone the office: {phone}</source>
        <translation>ဆွေးနွေးမှု စတင်ပြီးဖြစ်သဖြင့် အက်ပ်တွင် ပယ်ဖျက်၍ မရတော့ပါ။ ပယ်ဖျက်ရန် သို့မဟုတ် အခက်အခဲရှိပါက ရုံးသို့ ဖုန်းဆက်ပါ: {phone}</translation>
    </message>
    <message>
        <source>(see your Hello Work card)</source>
        <translation>(သင့် Hello Work ကတ်ကို ကြည့်ပါ)</translation>
    </message>
</context>
<context>
    <name>BookingPage</name>
    <message>
        <source>{name} (your office)</source>
        <translation>{name} (သင့်ရုံး)</translation>
    </message>
    <message>
        <source>{prefecture} · Phone {phone}</source>
        <translation>{prefecture} · ဖုန်း {phone}</translation>
    </message>
    <message>
        <source>Languages: {languages}</source>
        <translation>ဘာသာစကားများ: {languages}</translation>
    </message>
    <message>
        <source>Book a session</source>
        <translation>ဆွေးနွေးမှု ချိန်းဆိုရန်</translation>
    </message>
    <message>
        <source>Choose the Hello Work office for your online session.</source>
        <translation>အွန်လိုင်း ဆွေးနွေးမှုအတွက် Hello Work ရုံးကို ရွေးပါ။</translation>
    </message>
    <message>
        <source>Choose a day, then a time. Days in bold have free times. Times are Japan time.</source>
        <translation>ရက်ကို ရွေးပြီးနောက် အချိန်ကို ရွေးပါ။ စာလုံးထူဖြင့် ပြထားသော ရက်များတွင် ရနိုင်သော အချိန်များ ရှိပါသည်။ အချိန်များသည် ဂျပန် စံတော်ချိန် ဖြစ်ပါသည်။</translation>
    </message>
    <message>
        <source>&amp;Note for the counsellor (optional), for example what you want to talk about:</source>
        <translation>အကြံပေးပုဂ္ဂိုလ်အတွက် မှတ်ချက် (မဖြစ်မနေ မဟုတ်)၊ ဥပမာ ဆွေးနွေးလိုသည့် အကြောင်းအရာ(&amp;N):</translation>
    </message>
    <message>
        <source>Please check the details. You can cancel in the app until the session starts.</source>
        <translation>အသေးစိတ်ကို စစ်ဆေးပါ။ ဆွေးနွေးမှု မစမီအထိ အက်ပ်တွင် ပယ်ဖျက်နိုင်ပါသည်။</translation>
    </message>
    <message>
        <source>&lt; &amp;Previous step</source>
        <translation>&lt; ယခင်အဆင့်(&amp;P)</translation>
    </message>
    <message>
        <source>Add to my &amp;calendar</source>
        <translation>ကျွန်ုပ်၏ ပြက္ခဒိန်သို့ ထည့်ရန်(&amp;C)</translation>
    </message>
    <message>
        <source>See &amp;my bookings</source>
        <translation>ကျွန်ုပ်၏ ချိန်းဆိုမှုများကို ကြည့်ရန်(&amp;M)</translation>
    </message>
    <message>
        <source>Step 1 of 4: choose an office</source>
        <translation>အဆင့် ၁/၄: ရုံးကို ရွေးပါ</translation>
    </message>
    <message>
        <source>Step 2 of 4: choose a day and time</source>
        <translation>အဆင့် ၂/၄: ရက်နှင့် အချိန်ကို ရွေးပါ</translation>
    </message>
    <message>
        <source>Step 3 of 4: who will be with you</source>
        <translation>အဆင့် ၃/၄: သင်နှင့်အတူ ရှိမည့်သူ</translation>
    </message>
    <message>
        <source>Step 4 of 4: check and book</source>
        <translation>အဆင့် ၄/၄: စစ်ဆေးပြီး ချိန်းဆိုပါ</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>ချိန်းဆိုပြီးပါပြီ</translation>
    </message>
    <message>
        <source>&amp;Book this session</source>
        <translation>ဤဆွေးနွေးမှုကို ချိန်းဆိုရန်(&amp;B)</translation>
    </message>
    <message>
        <source>Go to &amp;home</source>
        <translation>ပင်မစာမျက်နှာသို့(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>ရှေ့သို့ &gt;(&amp;N)</translation>
    </message>
    <message>
        <source>{count} / {limit} characters</source>
        <translation>စာလုံး {count} / {limit}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(မရှိပါ)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>အချိန်</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>ရုံး</translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation>ရုံး ဖုန်း</translation>
    </message>
    <message>
        <source>With you</source>
        <translation>အတူရှိမည့်သူ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>မှတ်ချက်</translation>
    </message>
    <message>
        <source>There are no other free times on {day}. Please choose another day.</source>
        <translation>{day} တွင် အခြား ရနိုင်သော အချိန် မရှိပါ။ အခြားရက်ကို ရွေးပါ။</translation>
    </message>
    <message>
        <source>✓ Your session is booked.</source>
        <translation>✓ သင့်ဆွေးနွေးမှုကို ချိန်းဆိုပြီးပါပြီ။</translation>
    </message>
    <message>
        <source>{when}
{office}

We also sent you an e-mail. On the day, open this app and press Join from 10 minutes before the start.</source>
        <translation>{when}
{office}

အီးမေးလ်လည်း ပို့ထားပါသည်။ ထိုနေ့တွင် ဤအက်ပ်ကို ဖွင့်ပြီး စတင်ချိန် မိနစ် ၁၀ အလိုမှစ၍ “ဆွေးနွေးမှုတွင် ပါဝင်ရန်” ကို နှိပ်ပါ။</translation>
    </message>
    <message>
        <source>✓ Saved. Open the file to add the session to your calendar: {path}</source>
        <translation>✓ သိမ်းပြီးပါပြီ။ ဆွေးနွေးမှုကို ပြက္ခဒိန်သို့ ထည့်ရန် ဤဖိုင်ကို ဖွင့်ပါ: {path}</translation>
    </message>
</context>
<context>
    <name>BookingsPage</name>
    <message>
        <source>My bookings</source>
        <translation>ကျွန်ုပ်၏ ချိန်းဆိုမှုများ</translation>
    </message>
    <message>
        <source>&amp;Upcoming</source>
        <translation>လာမည့်(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Past</source>
        <translation>ပြီးခဲ့သော(&amp;P)</translation>
    </message>
    <message>
        <source>You have no upcoming sessions.</source>
        <translation>လာမည့် ဆွေးနွေးမှု မရှိပါ။</translation>
    </message>
    <message>
        <source>No past sessions yet.</source>
        <translation>ပြီးခဲ့သော ဆွေးနွေးမှု မရှိသေးပါ။</translation>
    </message>
    <message>
        <source>&amp;Book a session</source>
        <translation>ဆွေးနွေးမှု ချိန်းဆိုရန်(&amp;B)</translation>
    </message>
    <message>
        <source>Cancel the session?</source>
        <translation>ဆွေးနွေးမှုကို ပယ်ဖျက်မလား?</translation>
    </message>
    <message>
        <source>Do you want to cancel your session on {when}?</source>
        <translation>{when} ဆွေးနွေးမှုကို ပယ်ဖျက်လိုပါသလား?</translation>
    </message>
    <message>
        <source>You can book another time afterwards.</source>
        <translation>ပြီးနောက် အခြားအချိန်ကို ထပ်ချိန်းဆိုနိုင်ပါသည်။</translation>
    </message>
    <message>
        <source>&amp;Yes, cancel it</source>
        <translation>ဟုတ်ကဲ့၊ ပယ်ဖျက်ပါ(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No, keep it</source>
        <translation>မဟုတ်ပါ၊ ဆက်ထားပါ(&amp;N)</translation>
    </message>
    <message>
        <source>Your session on {when} is cancelled.</source>
        <translation>{when} ဆွေးနွေးမှုကို ပယ်ဖျက်ပြီးပါပြီ။</translation>
    </message>
    <message>
        <source>Saved. Open the file to add the session to your calendar: {path}</source>
        <translation>သိမ်းပြီးပါပြီ။ ဆွေးနွေးမှုကို ပြက္ခဒိန်သို့ ထည့်ရန် ဤဖိုင်ကို ဖွင့်ပါ: {path}</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Save to your calendar</source>
        <translation>ပြက္ခဒိန်သို့ သိမ်းရန်</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>ပြက္ခဒိန် ဖိုင်များ (*.ics)</translation>
    </message>
    <message>
        <source>The file could not be saved there. Please choose another folder.</source>
        <translation>ထိုနေရာတွင် ဖိုင်ကို သိမ်း၍ မရပါ။ အခြားဖိုင်တွဲကို ရွေးပါ။</translation>
    </message>
</context>
<context>
    <name>CameraPreview</name>
    <message>
        <source>Camera picture</source>
        <translation>ကင်မရာ ပုံ</translation>
    </message>
    <message>
        <source>The camera picture will appear here.</source>
        <translation>ကင်မရာ ပုံ ဤနေရာတွင် ပေါ်လာပါမည်။</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>ကင်မရာကို ဖွင့်နေသည်…</translation>
    </message>
    <message>
        <source>No camera found. Connect a webcam, or use a PC with a built-in camera, then press Check again.</source>
        <translation>ကင်မရာ မတွေ့ပါ။ ဝက်ဘ်ကင်မရာ တပ်ပါ သို့မဟုတ် ကင်မရာပါသော ကွန်ပျူတာကို သုံးပါ၊ ထို့နောက် “ပြန်စစ်ရန်” ကို နှိပ်ပါ။</translation>
    </message>
    <message>
        <source>This app is not allowed to use the camera. Allow it in your PC&apos;s privacy settings, then press Check again.</source>
        <translation>ဤအက်ပ်ကို ကင်မရာ သုံးခွင့် မပေးထားပါ။ ကွန်ပျူတာ၏ ကိုယ်ရေးလုံခြုံမှု ဆက်တင်တွင် ခွင့်ပြုပြီး “ပြန်စစ်ရန်” ကို နှိပ်ပါ။</translation>
    </message>
    <message>
        <source>The camera could not be started. It may be in use by another app (for example Zoom or Teams). Close that app, then press Check again.</source>
        <translation>ကင်မရာကို ဖွင့်၍ မရပါ။ အခြားအက်ပ် (ဥပမာ Zoom သို့မဟုတ် Teams) က သုံးနေနိုင်ပါသည်။ ထိုအက်ပ်ကို ပိတ်ပြီး “ပြန်စစ်ရန်” ကို နှိပ်ပါ။</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>Unknown check: %1. Known checks: %2.</source>
        <translation>မသိသော စစ်ဆေးချက်: %1။ သိထားသော စစ်ဆေးချက်များ: %2။</translation>
    </message>
    <message>
        <source>The device check could not run. Please try again.</source>
        <translation>စက်ပစ္စည်း စစ်ဆေးခြင်းကို လုပ်ဆောင်၍ မရပါ။ ထပ်ကြိုးစားပါ။</translation>
    </message>
    <message>
        <source>The file %1 could not be opened.</source>
        <translation>ဖိုင် %1 ကို ဖွင့်၍ မရပါ။</translation>
    </message>
    <message>
        <source>%1 is not a diagnostics bundle (it is not a zip file).</source>
        <translation>%1 သည် စစ်ဆေးချက် ဖိုင်အစုံ မဟုတ်ပါ (zip ဖိုင် မဟုတ်ပါ)။</translation>
    </message>
    <message>
        <source>%1 is not a diagnostics bundle from this app.</source>
        <translation>%1 သည် ဤအက်ပ်၏ စစ်ဆေးချက် ဖိုင်အစုံ မဟုတ်ပါ။</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of this app. Update the app to read it.</source>
        <translation>%1 ကို ဤအက်ပ်၏ ဗားရှင်းအသစ်ဖြင့် ပြုလုပ်ထားပါသည်။ ဖတ်ရန် အက်ပ်ကို အပ်ဒိတ်လုပ်ပါ။</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read. Ask for a new bundle.</source>
        <translation>%1 ပျက်စီးနေသဖြင့် ဖတ်၍ မရပါ။ ဖိုင်အစုံ အသစ် တောင်းပါ။</translation>
    </message>
    <message>
        <source>The diagnostics bundle could not be saved to %1: %2</source>
        <translation>စစ်ဆေးချက် ဖိုင်အစုံကို %1 တွင် သိမ်း၍ မရပါ: %2</translation>
    </message>
    <message>
        <source>Diagnostics bundle saved: %1</source>
        <translation>စစ်ဆေးချက် ဖိုင်အစုံ သိမ်းပြီးပါပြီ: %1</translation>
    </message>
    <message>
        <source>No server is set, so the report was not sent.</source>
        <translation>ဆာဗာ သတ်မှတ်ထားခြင်း မရှိသဖြင့် အစီရင်ခံစာကို မပို့ရသေးပါ။</translation>
    </message>
    <message>
        <source>Sign in with the app first, then send the report again.</source>
        <translation>အက်ပ်တွင် အကောင့်ဝင်ပြီးမှ အစီရင်ခံစာကို ထပ်ပို့ပါ။</translation>
    </message>
    <message>
        <source>The report could not be sent. Check the connection and try again.</source>
        <translation>အစီရင်ခံစာကို ပို့၍ မရပါ။ ချိတ်ဆက်မှုကို စစ်ဆေးပြီး ထပ်ကြိုးစားပါ။</translation>
    </message>
    <message>
        <source>Report sent (number %1).</source>
        <translation>အစီရင်ခံစာ ပို့ပြီးပါပြီ (နံပါတ် %1)။</translation>
    </message>
    <message>
        <source>Virus protection is turned off.</source>
        <translation>ဗိုင်းရပ်စ် ကာကွယ်ရေး ပိတ်ထားပါသည်။</translation>
    </message>
    <message>
        <source>Virus protection is turned off: %1.</source>
        <translation>ဗိုင်းရပ်စ် ကာကွယ်ရေး ပိတ်ထားပါသည်: %1။</translation>
    </message>
    <message>
        <source>Open your virus protection and turn real-time protection on.</source>
        <translation>ဗိုင်းရပ်စ် ကာကွယ်ရေး ဆော့ဖ်ဝဲကို ဖွင့်ပြီး အချိန်နှင့်တပြေးညီ ကာကွယ်မှု (real-time protection) ကို ဖွင့်ပါ။</translation>
    </message>
    <message>
        <source>The virus definitions of %1 are out of date.</source>
        <translation>%1 ၏ ဗိုင်းရပ်စ် အချက်အလက်များ ခေတ်မမီတော့ပါ။</translation>
    </message>
    <message>
        <source>Open your virus protection and choose to check for updates.</source>
        <translation>ဗိုင်းရပ်စ် ကာကွယ်ရေး ဆော့ဖ်ဝဲကို ဖွင့်ပြီး အပ်ဒိတ် ရှာရန် ကို ရွေးပါ။</translation>
    </message>
    <message>
        <source>%1 is on and up to date.</source>
        <translation>%1 ဖွင့်ထားပြီး နောက်ဆုံးဗားရှင်း ဖြစ်ပါသည်။</translation>
    </message>
    <message>
        <source>Gatekeeper, the Mac&apos;s protection against harmful apps, is turned off.</source>
        <translation>Mac ကို အန္တရာယ်ရှိသော အက်ပ်များမှ ကာကွယ်ပေးသည့် Gatekeeper ပိတ်ထားပါသည်။</translation>
    </message>
    <message>
        <source>Ask someone you trust to turn it back on (Terminal: sudo spctl --master-enable).</source>
        <translation>ယုံကြည်ရသူ တစ်ဦးကို ပြန်ဖွင့်ပေးရန် ပြောပါ (Terminal: sudo spctl --master-enable)။</translation>
    </message>
    <message>
        <source>The Mac&apos;s built-in malware data was last updated %1 days ago.</source>
        <translation>Mac ၏ မူလပါ အန္တရာယ်ရှိ ဆော့ဖ်ဝဲ ကာကွယ်ရေး အချက်အလက်များကို လွန်ခဲ့သော %1 ရက်က နောက်ဆုံး အပ်ဒိတ်လုပ်ခဲ့ပါသည်။</translation>
    </message>
    <message>
        <source>Open Software Update and install the updates.</source>
        <translation>Software Update ကို ဖွင့်ပြီး အပ်ဒိတ်များကို ထည့်သွင်းပါ။</translation>
    </message>
    <message>
        <source>The Mac&apos;s built-in protection (Gatekeeper and XProtect) is on.</source>
        <translation>Mac ၏ မူလပါ ကာကွယ်ရေး (Gatekeeper နှင့် XProtect) ဖွင့်ထားပါသည်။</translation>
    </message>
    <message>
        <source>No virus scanner was found that this app can check.</source>
        <translation>ဤအက်ပ် စစ်ဆေးနိုင်သော ဗိုင်းရပ်စ် ကာကွယ်ရေး ဆော့ဖ်ဝဲ မတွေ့ပါ။</translation>
    </message>
    <message>
        <source>Update them (for example with: sudo freshclam).</source>
        <translation>၎င်းတို့ကို အပ်ဒိတ်လုပ်ပါ (ဥပမာ: sudo freshclam)။</translation>
    </message>
    <message>
        <source>This app (version %1) is too old to use the service.</source>
        <translation>ဤအက်ပ် (ဗားရှင်း %1) သည် ဝန်ဆောင်မှုကို သုံးရန် အလွန်ဟောင်းနေပါသည်။</translation>
    </message>
    <message>
        <source>Download and install the new version %1.</source>
        <translation>ဗားရှင်းအသစ် %1 ကို ဒေါင်းလုဒ်လုပ်ပြီး ထည့်သွင်းပါ။</translation>
    </message>
    <message>
        <source>A new version of this app is available: %1.</source>
        <translation>ဤအက်ပ်၏ ဗားရှင်းအသစ် ရနိုင်ပါပြီ: %1။</translation>
    </message>
    <message>
        <source>This app is up to date (version %1).</source>
        <translation>ဤအက်ပ်သည် နောက်ဆုံးဗားရှင်း ဖြစ်ပါသည် (ဗားရှင်း %1)။</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>ကင်မရာ</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>မိုက်ခရိုဖုန်း</translation>
    </message>
    <message>
        <source>Speakers or headphones</source>
        <translation>စပီကာ သို့မဟုတ် နားကြပ်</translation>
    </message>
    <message>
        <source>Operating system and updates</source>
        <translation>စနစ် (OS) နှင့် အပ်ဒိတ်များ</translation>
    </message>
    <message>
        <source>Virus protection</source>
        <translation>ဗိုင်းရပ်စ် ကာကွယ်ရေး</translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation>ဖိုင်ယာဝေါလ်</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>ကွန်ရက်</translation>
    </message>
    <message>
        <source>Connection to the service and Zoom</source>
        <translation>ဝန်ဆောင်မှုနှင့် Zoom သို့ ချိတ်ဆက်မှု</translation>
    </message>
    <message>
        <source>Zoom app</source>
        <translation>Zoom အက်ပ်</translation>
    </message>
    <message>
        <source>This app</source>
        <translation>ဤအက်ပ်</translation>
    </message>
    <message>
        <source>Recording and file-sharing programs</source>
        <translation>အသံ/ရုပ်ပုံ ဖမ်းယူသည့် နှင့် ဖိုင်မျှဝေသည့် ပရိုဂရမ်များ</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>လျှပ်စစ်ဓာတ်အား</translation>
    </message>
    <message>
        <source>Computer load</source>
        <translation>ကွန်ပျူတာ ဝန်ပိမှု</translation>
    </message>
    <message>
        <source>This could not be checked on this computer.</source>
        <translation>ဤကွန်ပျူတာတွင် ဤအရာကို စစ်ဆေး၍ မရပါ။</translation>
    </message>
    <message>
        <source>The check timed out before this computer answered.</source>
        <translation>ဤကွန်ပျူတာက မဖြေမီ စစ်ဆေးချိန် ကုန်သွားပါသည်။</translation>
    </message>
    <message>
        <source>The tool needed for this check is not on this computer.</source>
        <translation>ဤစစ်ဆေးမှုအတွက် လိုအပ်သော ကိရိယာ ဤကွန်ပျူတာတွင် မရှိပါ။</translation>
    </message>
    <message>
        <source>The answer from this computer could not be read.</source>
        <translation>ဤကွန်ပျူတာ၏ အဖြေကို ဖတ်၍ မရပါ။</translation>
    </message>
    <message>
        <source>The counselling service cannot be reached.</source>
        <translation>အကြံပေး ဆွေးနွေးမှု ဝန်ဆောင်မှုသို့ ချိတ်ဆက်၍ မရပါ။</translation>
    </message>
    <message>
        <source>Zoom cannot be reached.</source>
        <translation>Zoom သို့ ချိတ်ဆက်၍ မရပါ။</translation>
    </message>
    <message>
        <source>Check that the internet works (open a web page). At work or school, a network filter may block it: ask the administrator.</source>
        <translation>အင်တာနက် အလုပ်လုပ်ကြောင်း စစ်ဆေးပါ (ဝက်ဘ်စာမျက်နှာ တစ်ခု ဖွင့်ကြည့်ပါ)။ အလုပ်ခွင် သို့မဟုတ် ကျောင်းတွင် ကွန်ရက် စစ်ထုတ်မှုက ပိတ်ထားနိုင်ပါသည်: စီမံခန့်ခွဲသူကို မေးပါ။</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is off by about %1 minutes.</source>
        <translation>ဤကွန်ပျူတာ၏ နာရီသည် မိနစ် %1 ခန့် လွဲနေပါသည်။</translation>
    </message>
    <message>
        <source>Turn on &quot;Set time automatically&quot; in the date and time settings.</source>
        <translation>ရက်စွဲနှင့် အချိန် ဆက်တင်တွင် &quot;အချိန်ကို အလိုအလျောက် သတ်မှတ်ရန်&quot; ကို ဖွင့်ပါ။</translation>
    </message>
    <message>
        <source>The connection is slow (%1 ms).</source>
        <translation>ချိတ်ဆက်မှု နှေးနေပါသည် (%1 ms)။</translation>
    </message>
    <message>
        <source>Move closer to the Wi-Fi router or use a network cable.</source>
        <translation>Wi-Fi ရောက်တာ အနီးသို့ ရွှေ့ပါ သို့မဟုတ် ကွန်ရက်ကြိုး သုံးပါ။</translation>
    </message>
    <message>
        <source>The service and Zoom can be reached, and the clock is right.</source>
        <translation>ဝန်ဆောင်မှုနှင့် Zoom သို့ ချိတ်ဆက်နိုင်ပြီး နာရီလည်း မှန်ပါသည်။</translation>
    </message>
    <message>
        <source>Zoom can be reached, and the clock is right.</source>
        <translation>Zoom သို့ ချိတ်ဆက်နိုင်ပြီး နာရီလည်း မှန်ပါသည်။</translation>
    </message>
    <message>
        <source>No camera was found.</source>
        <translation>ကင်မရာ မတွေ့ပါ။</translation>
    </message>
    <message>
        <source>Connect a webcam, or check that the built-in camera is switched on (some laptops have a switch or a key for it). Then check again.</source>
        <translation>ဝက်ဘ်ကင်မရာ တပ်ပါ၊ သို့မဟုတ် မူလပါ ကင်မရာ ဖွင့်ထားကြောင်း စစ်ဆေးပါ (လက်ပ်တော့ အချို့တွင် ၎င်းအတွက် ခလုတ် သို့မဟုတ် ကီး ရှိပါသည်)။ ထို့နောက် ပြန်စစ်ပါ။</translation>
    </message>
    <message>
        <source>A camera was found: %1. The picture is tested in the app.</source>
        <translation>ကင်မရာ တွေ့ပါသည်: %1။ ပုံကို အက်ပ်ထဲတွင် စမ်းသပ်ပါသည်။</translation>
    </message>
    <message>
        <source>This computer does not allow apps to use the camera.</source>
        <translation>ဤကွန်ပျူတာက အက်ပ်များကို ကင်မရာ သုံးခွင့် မပေးပါ။</translation>
    </message>
    <message>
        <source>Open the camera privacy setting, allow apps (and this app) to use the camera, then check again.</source>
        <translation>ကင်မရာ၏ ကိုယ်ရေးလုံခြုံမှု ဆက်တင်ကို ဖွင့်ပြီး အက်ပ်များ (နှင့် ဤအက်ပ်) ကို ကင်မရာ သုံးခွင့်ပြုပါ၊ ထို့နောက် ပြန်စစ်ပါ။</translation>
    </message>
    <message>
        <source>Another app is using the camera.</source>
        <translation>အခြားအက်ပ် တစ်ခုက ကင်မရာကို သုံးနေပါသည်။</translation>
    </message>
    <message>
        <source>Close other apps that may use the camera (Zoom, Teams, Skype, LINE, a browser tab), then check again.</source>
        <translation>ကင်မရာကို သုံးနိုင်သော အခြားအက်ပ်များ (Zoom, Teams, Skype, LINE, ဘရောက်ဇာ တဘ်) ကို ပိတ်ပြီး ပြန်စစ်ပါ။</translation>
    </message>
    <message>
        <source>The camera works.</source>
        <translation>ကင်မရာ အလုပ်လုပ်ပါသည်။</translation>
    </message>
    <message>
        <source>The camera did not send a picture.</source>
        <translation>ကင်မရာမှ ပုံ မပို့ပါ။</translation>
    </message>
    <message>
        <source>Check that the lens is not covered, unplug the camera and plug it in again, or restart the computer. Then check again.</source>
        <translation>မှန်ဘီလူး ဖုံးမထားကြောင်း စစ်ဆေးပါ၊ ကင်မရာကို ဖြုတ်ပြီး ပြန်တပ်ပါ၊ သို့မဟုတ် ကွန်ပျူတာကို ပြန်စတင်ပါ။ ထို့နောက် ပြန်စစ်ပါ။</translation>
    </message>
    <message>
        <source>Found: %1.</source>
        <translation>တွေ့ပါသည်: %1။</translation>
    </message>
    <message>
        <source>No microphone was found.</source>
        <translation>မိုက်ခရိုဖုန်း မတွေ့ပါ။</translation>
    </message>
    <message>
        <source>Connect a headset or microphone, or allow microphone use in the privacy settings. Then check again.</source>
        <translation>မိုက်ပါသော နားကြပ် သို့မဟုတ် မိုက်ခရိုဖုန်း တပ်ပါ၊ သို့မဟုတ် ကိုယ်ရေးလုံခြုံမှု ဆက်တင်တွင် မိုက်ခရိုဖုန်း သုံးခွင့်ပြုပါ။ ထို့နောက် ပြန်စစ်ပါ။</translation>
    </message>
    <message>
        <source>No speakers or headphones were found.</source>
        <translation>စပီကာ သို့မဟုတ် နားကြပ် မတွေ့ပါ။</translation>
    </message>
    <message>
        <source>Connect headphones or speakers, or turn the sound on. Then check again.</source>
        <translation>နားကြပ် သို့မဟုတ် စပီကာ တပ်ပါ၊ သို့မဟုတ် အသံကို ဖွင့်ပါ။ ထို့နောက် ပြန်စစ်ပါ။</translation>
    </message>
    <message>
        <source>The firewall is on.</source>
        <translation>ဖိုင်ယာဝေါလ် ဖွင့်ထားပါသည်။</translation>
    </message>
    <message>
        <source>The firewall is off for these networks: %1.</source>
        <translation>ဤကွန်ရက်များအတွက် ဖိုင်ယာဝေါလ် ပိတ်ထားပါသည်: %1။</translation>
    </message>
    <message>
        <source>Open the firewall settings and turn the firewall on.</source>
        <translation>ဖိုင်ယာဝေါလ် ဆက်တင်ကို ဖွင့်ပြီး ဖိုင်ယာဝေါလ်ကို ဖွင့်ပါ။</translation>
    </message>
    <message>
        <source>The Mac&apos;s firewall is off.</source>
        <translation>Mac ၏ ဖိုင်ယာဝေါလ် ပိတ်ထားပါသည်။</translation>
    </message>
    <message>
        <source>Open the Network settings, choose Firewall and turn it on.</source>
        <translation>Network ဆက်တင်ကို ဖွင့်ပါ၊ Firewall ကို ရွေးပြီး ဖွင့်ပါ။</translation>
    </message>
    <message>
        <source>No firewall was found that this app can check.</source>
        <translation>ဤအက်ပ် စစ်ဆေးနိုင်သော ဖိုင်ယာဝေါလ် မတွေ့ပါ။</translation>
    </message>
    <message>
        <source>This computer is not connected to a network.</source>
        <translation>ဤကွန်ပျူတာသည် မည်သည့် ကွန်ရက်နှင့်မျှ ချိတ်ဆက်မထားပါ။</translation>
    </message>
    <message>
        <source>Connect to your home Wi-Fi or plug in a network cable, then check again.</source>
        <translation>အိမ်၏ Wi-Fi နှင့် ချိတ်ဆက်ပါ သို့မဟုတ် ကွန်ရက်ကြိုး တပ်ပါ၊ ထို့နောက် ပြန်စစ်ပါ။</translation>
    </message>
    <message>
        <source>This Wi-Fi has no password or uses old, unsafe protection.</source>
        <translation>ဤ Wi-Fi တွင် စကားဝှက် မရှိပါ သို့မဟုတ် ဟောင်းပြီး မလုံခြုံသော ကာကွယ်မှုကို သုံးထားပါသည်။</translation>
    </message>
    <message>
        <source>Use your home Wi-Fi with a password (WPA2 or WPA3) or a network cable.</source>
        <translation>စကားဝှက်ပါသော အိမ်၏ Wi-Fi (WPA2 သို့မဟုတ် WPA3) သို့မဟုတ် ကွန်ရက်ကြိုးကို သုံးပါ။</translation>
    </message>
    <message>
        <source>This Wi-Fi uses weak protection.</source>
        <translation>ဤ Wi-Fi သည် အားနည်းသော ကာကွယ်မှုကို သုံးထားပါသည်။</translation>
    </message>
    <message>
        <source>If it is your router, set it to WPA2 or WPA3 (AES).</source>
        <translation>ရောက်တာသည် သင့်ပိုင်ဖြစ်ပါက WPA2 သို့မဟုတ် WPA3 (AES) သို့ ပြောင်းသတ်မှတ်ပါ။</translation>
    </message>
    <message>
        <source>This looks like a free or public Wi-Fi hotspot.</source>
        <translation>ဤကွန်ရက်သည် အခမဲ့ သို့မဟုတ် အများသုံး Wi-Fi ဖြစ်ပုံရပါသည်။</translation>
    </message>
    <message>
        <source>Counselling is private: use your home network, not a public one.</source>
        <translation>ဆွေးနွေးမှုသည် လျှို့ဝှက်ချက် ဖြစ်ပါသည်: အများသုံး ကွန်ရက် မဟုတ်ဘဲ အိမ်၏ ကွန်ရက်ကို သုံးပါ။</translation>
    </message>
    <message>
        <source>Windows treats this network as a public network.</source>
        <translation>Windows က ဤကွန်ရက်ကို အများသုံး ကွန်ရက် (Public) အဖြစ် သတ်မှတ်ထားပါသည်။</translation>
    </message>
    <message>
        <source>If you are at a café, station or hotel, go home first. At home, you can set this network to Private.</source>
        <translation>ကော်ဖီဆိုင်၊ ဘူတာ သို့မဟုတ် ဟိုတယ်တွင် ရှိနေပါက အရင် အိမ်ပြန်ပါ။ အိမ်တွင် ဤကွန်ရက်ကို Private အဖြစ် သတ်မှတ်နိုင်ပါသည်။</translation>
    </message>
    <message>
        <source>Connected by cable.</source>
        <translation>ကြိုးဖြင့် ချိတ်ဆက်ထားပါသည်။</translation>
    </message>
    <message>
        <source>Connected by Wi-Fi.</source>
        <translation>Wi-Fi ဖြင့် ချိတ်ဆက်ထားပါသည်။</translation>
    </message>
    <message>
        <source>Connected by mobile data. A 30-minute video call uses a lot of data.</source>
        <translation>မိုဘိုင်းဒေတာဖြင့် ချိတ်ဆက်ထားပါသည်။ မိနစ် ၃၀ ဗီဒီယိုခေါ်ဆိုမှုသည် ဒေတာ များစွာ ကုန်ပါသည်။</translation>
    </message>
    <message>
        <source>Connected through a VPN.</source>
        <translation>VPN မှတစ်ဆင့် ချိတ်ဆက်ထားပါသည်။</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>ချိတ်ဆက်ထားပါသည်။</translation>
    </message>
    <message>
        <source>%1 no longer gets security updates.</source>
        <translation>%1 သည် လုံခြုံရေး အပ်ဒိတ်များ မရတော့ပါ။</translation>
    </message>
    <message>
        <source>Update to a newer version. Open the update settings to start.</source>
        <translation>ဗားရှင်းအသစ်သို့ အပ်ဒိတ်လုပ်ပါ။ စတင်ရန် အပ်ဒိတ် ဆက်တင်ကို ဖွင့်ပါ။</translation>
    </message>
    <message>
        <source>%1 is a current version.</source>
        <translation>%1 သည် လက်ရှိ ဗားရှင်း ဖြစ်ပါသည်။</translation>
    </message>
    <message>
        <source>%1: its support dates are not known yet.</source>
        <translation>%1: ၎င်း၏ ပံ့ပိုးမှု ရက်စွဲများကို မသိရသေးပါ။</translation>
    </message>
    <message>
        <source>%1 probably no longer gets security updates.</source>
        <translation>%1 သည် လုံခြုံရေး အပ်ဒိတ်များ မရတော့ဟု ထင်ရပါသည်။</translation>
    </message>
    <message>
        <source>%1 stopped getting security updates on %2.</source>
        <translation>%1 သည် %2 တွင် လုံခြုံရေး အပ်ဒိတ်များ ရပ်သွားပါသည်။</translation>
    </message>
    <message>
        <source>%1 gets security updates only until %2.</source>
        <translation>%1 သည် %2 အထိသာ လုံခြုံရေး အပ်ဒိတ်များ ရပါမည်။</translation>
    </message>
    <message>
        <source>Plan to update to a newer version before then.</source>
        <translation>ထိုရက်မတိုင်မီ ဗားရှင်းအသစ်သို့ အပ်ဒိတ်လုပ်ရန် စီစဉ်ပါ။</translation>
    </message>
    <message>
        <source>%1 is supported until %2.</source>
        <translation>%1 ကို %2 အထိ ပံ့ပိုးပါသည်။</translation>
    </message>
    <message>
        <source>%1 is a server system, not a PC system.</source>
        <translation>%1 သည် ဆာဗာ စနစ် ဖြစ်ပြီး ကွန်ပျူတာ (PC) စနစ် မဟုတ်ပါ။</translation>
    </message>
    <message>
        <source>Use a PC with Windows 11 or a Mac if you can.</source>
        <translation>ဖြစ်နိုင်ပါက Windows 11 ပါသော ကွန်ပျူတာ သို့မဟုတ် Mac ကို သုံးပါ။</translation>
    </message>
    <message>
        <source>Open Windows Update and install the updates.</source>
        <translation>Windows Update ကို ဖွင့်ပြီး အပ်ဒိတ်များကို ထည့်သွင်းပါ။</translation>
    </message>
    <message>
        <source>The last update was installed %1 days ago.</source>
        <translation>နောက်ဆုံး အပ်ဒိတ်ကို လွန်ခဲ့သော %1 ရက်က ထည့်သွင်းခဲ့ပါသည်။</translation>
    </message>
    <message>
        <source>%1 has updates waiting to be installed.</source>
        <translation>%1 တွင် ထည့်သွင်းရန် စောင့်နေသော အပ်ဒိတ်များ ရှိပါသည်။</translation>
    </message>
    <message>
        <source>%1: this app cannot tell whether it still gets security updates.</source>
        <translation>%1: လုံခြုံရေး အပ်ဒိတ်များ ရနေဆဲ ဟုတ်မဟုတ် ဤအက်ပ်က မသိနိုင်ပါ။</translation>
    </message>
    <message>
        <source>Install your system&apos;s updates regularly.</source>
        <translation>သင့်စနစ်၏ အပ်ဒိတ်များကို ပုံမှန် ထည့်သွင်းပါ။</translation>
    </message>
    <message>
        <source>No battery: the computer runs on mains power.</source>
        <translation>ဘက်ထရီ မရှိပါ: ကွန်ပျူတာသည် ပလပ်ပေါက်မှ လျှပ်စစ်ဖြင့် အလုပ်လုပ်ပါသည်။</translation>
    </message>
    <message>
        <source>The power cable is connected.</source>
        <translation>အားသွင်းကြိုး တပ်ထားပါသည်။</translation>
    </message>
    <message>
        <source>The battery is low (%1 %).</source>
        <translation>ဘက်ထရီ အားနည်းနေပါသည် (%1 %)။</translation>
    </message>
    <message>
        <source>Connect the power cable before the session.</source>
        <translation>ဆွေးနွေးမှု မစမီ အားသွင်းကြိုးကို တပ်ပါ။</translation>
    </message>
    <message>
        <source>Running on battery. Connecting the power cable for the session is safer.</source>
        <translation>ဘက်ထရီဖြင့် အလုပ်လုပ်နေပါသည်။ ဆွေးနွေးမှုအတွက် အားသွင်းကြိုး တပ်ထားခြင်းက ပိုစိတ်ချရပါသည်။</translation>
    </message>
    <message>
        <source>The processor is very busy (%1 %).</source>
        <translation>ပရိုဆက်ဆာ အလွန် အလုပ်များနေပါသည် (%1 %)။</translation>
    </message>
    <message>
        <source>Memory is nearly full (%1 %).</source>
        <translation>မှတ်ဉာဏ် ပြည့်လုနီးပါ ဖြစ်နေပါသည် (%1 %)။</translation>
    </message>
    <message>
        <source>Close programs and browser tabs you do not need, then check again.</source>
        <translation>မလိုအပ်သော ပရိုဂရမ်များနှင့် ဘရောက်ဇာ တဘ်များကို ပိတ်ပြီး ပြန်စစ်ပါ။</translation>
    </message>
    <message>
        <source>The computer has enough free capacity.</source>
        <translation>ကွန်ပျူတာတွင် လုံလောက်သော စွမ်းရည် ကျန်ပါသည်။</translation>
    </message>
    <message>
        <source>A file-sharing (P2P) program is running: %1.</source>
        <translation>ဖိုင်မျှဝေသည့် (P2P) ပရိုဂရမ် ဖွင့်ထားပါသည်: %1။</translation>
    </message>
    <message>
        <source>Quit it and, if you can, uninstall it. Then check again.</source>
        <translation>၎င်းကို ပိတ်ပါ၊ ဖြစ်နိုင်ပါက ဖြုတ်ပစ်ပါ။ ထို့နောက် ပြန်စစ်ပါ။</translation>
    </message>
    <message>
        <source>A screen recording program is running: %1.</source>
        <translation>မျက်နှာပြင် ဖမ်းယူသည့် ပရိုဂရမ် ဖွင့်ထားပါသည်: %1။</translation>
    </message>
    <message>
        <source>Recording the counselling is not allowed. Quit the program before the session.</source>
        <translation>ဆွေးနွေးမှုကို အသံ/ရုပ်ပုံ ဖမ်းယူခွင့် မရှိပါ။ ဆွေးနွေးမှု မစမီ ပရိုဂရမ်ကို ပိတ်ပါ။</translation>
    </message>
    <message>
        <source>No recording or file-sharing programs are running.</source>
        <translation>အသံ/ရုပ်ပုံ ဖမ်းယူသည့် သို့မဟုတ် ဖိုင်မျှဝေသည့် ပရိုဂရမ် ဖွင့်မထားပါ။</translation>
    </message>
    <message>
        <source>The Zoom app is not installed.</source>
        <translation>Zoom အက်ပ်ကို ထည့်သွင်းမထားပါ။</translation>
    </message>
    <message>
        <source>Install Zoom Workplace from zoom.us, then check again.</source>
        <translation>zoom.us မှ Zoom Workplace ကို ထည့်သွင်းပြီး ပြန်စစ်ပါ။</translation>
    </message>
    <message>
        <source>Zoom is installed, but its version could not be read.</source>
        <translation>Zoom ကို ထည့်သွင်းထားသော်လည်း ၎င်း၏ ဗားရှင်းကို ဖတ်၍ မရပါ။</translation>
    </message>
    <message>
        <source>Open Zoom once before the session so it can update itself.</source>
        <translation>Zoom ကိုယ်တိုင် အပ်ဒိတ်လုပ်နိုင်ရန် ဆွေးနွေးမှု မစမီ တစ်ကြိမ် ဖွင့်ထားပါ။</translation>
    </message>
    <message>
        <source>Zoom %1 is too old to join meetings (needs %2 or newer).</source>
        <translation>Zoom %1 သည် အစည်းအဝေးများသို့ ဝင်ရန် အလွန်ဟောင်းနေပါသည် (%2 သို့မဟုတ် ပိုသစ်သော ဗားရှင်း လိုအပ်ပါသည်)။</translation>
    </message>
    <message>
        <source>Open Zoom and choose Check for Updates, or install it again from zoom.us.</source>
        <translation>Zoom ကို ဖွင့်ပြီး Check for Updates ကို ရွေးပါ၊ သို့မဟုတ် zoom.us မှ ပြန်ထည့်သွင်းပါ။</translation>
    </message>
    <message>
        <source>Zoom %1 is installed.</source>
        <translation>Zoom %1 ထည့်သွင်းထားပါသည်။</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>အဆင်ပြေ</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>သတိပြုရန်</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>ပြဿနာ</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>မသိရ</translation>
    </message>
    <message>
        <source>Device check, %1 (hwclient %2, %3)</source>
        <translation>စက်ပစ္စည်း စစ်ဆေးခြင်း၊ %1 (hwclient %2, %3)</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>ရလဒ်: %1</translation>
    </message>
</context>
<context>
    <name>Companions</name>
    <message>
        <source>No one: I will be alone in a private room.</source>
        <translation>မည်သူမျှ မရှိပါ: သီးသန့်အခန်းတွင် တစ်ယောက်တည်း ရှိပါမည်။</translation>
    </message>
    <message>
        <source>a family member</source>
        <translation>မိသားစုဝင်</translation>
    </message>
    <message>
        <source>a support worker</source>
        <translation>ကူညီစောင့်ရှောက်ရေး ဝန်ထမ်း</translation>
    </message>
    <message>
        <source>an interpreter</source>
        <translation>စကားပြန်</translation>
    </message>
    <message>
        <source>a carer</source>
        <translation>ပြုစုစောင့်ရှောက်သူ</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>အခြားသူ</translation>
    </message>
</context>
<context>
    <name>CompanionsEditor</name>
    <message>
        <source>Please be in a private room during the session. If someone will be with you, tick who it is, so the counsellor knows:</source>
        <translation>ဆွေးနွေးမှုအတွင်း သီးသန့်အခန်းတွင် ရှိနေပါ။ တစ်စုံတစ်ယောက် သင်နှင့်အတူ ရှိမည်ဆိုပါက အကြံပေးပုဂ္ဂိုလ် သိစေရန် မည်သူဖြစ်ကြောင်း အမှန်ခြစ်ပါ:</translation>
    </message>
    <message>
        <source>A &amp;family member</source>
        <translation>မိသားစုဝင်(&amp;F)</translation>
    </message>
    <message>
        <source>A &amp;support worker</source>
        <translation>ကူညီစောင့်ရှောက်ရေး ဝန်ထမ်း(&amp;S)</translation>
    </message>
    <message>
        <source>An &amp;interpreter, for this language:</source>
        <translation>စကားပြန်၊ ဤဘာသာစကားအတွက်(&amp;I):</translation>
    </message>
    <message>
        <source>A &amp;carer</source>
        <translation>ပြုစုစောင့်ရှောက်သူ(&amp;C)</translation>
    </message>
    <message>
        <source>Someone &amp;else (please say who):</source>
        <translation>အခြားသူ (မည်သူဖြစ်ကြောင်း ရေးပါ)(&amp;E):</translation>
    </message>
    <message>
        <source>Language of the interpreter</source>
        <translation>စကားပြန်၏ ဘာသာစကား</translation>
    </message>
    <message>
        <source>Who else will be with you</source>
        <translation>သင်နှင့်အတူ ရှိမည့် အခြားသူ</translation>
    </message>
    <message>
        <source>For example: a friend</source>
        <translation>ဥပမာ: သူငယ်ချင်း</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <source>Starting now</source>
        <translation>ယခု စတင်နေပါပြီ</translation>
    </message>
    <message>
        <source>Starts in {time}</source>
        <translation>{time} အကြာတွင် စတင်ပါမည်</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n ရက်</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n နာရီ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n မိနစ်</numerusform>
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
        <translation>ဤအက်ပ် ဗားရှင်းတွင် သရုပ်ပြ မပါဝင်ပါ။ Hello Work ရုံးမှ ပေးသော ဆာဗာ လိပ်စာကို သုံးပါ။</translation>
    </message>
</context>
<context>
    <name>DemoMailbox</name>
    <message>
        <source>Demo mailbox</source>
        <translation>သရုပ်ပြ စာတိုက်ပုံး</translation>
    </message>
    <message>
        <source>In the demo, mails are not really sent. They appear here instead. Select a mail to read it, and click its link to continue.</source>
        <translation>သရုပ်ပြတွင် အီးမေးလ်များကို တကယ် မပို့ပါ။ ဤနေရာတွင် ပေါ်လာပါမည်။ ဖတ်ရန် အီးမေးလ် တစ်စောင်ကို ရွေးပြီး ဆက်လုပ်ရန် ၎င်း၏ လင့်ခ်ကို နှိပ်ပါ။</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>အချိန်</translation>
    </message>
    <message>
        <source>To</source>
        <translation>လက်ခံသူ</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>ခေါင်းစဉ်</translation>
    </message>
    <message>
        <source>Mails, newest first</source>
        <translation>အီးမေးလ်များ၊ အသစ်ဆုံး အရင်</translation>
    </message>
    <message>
        <source>Text of the selected mail</source>
        <translation>ရွေးထားသော အီးမေးလ်၏ စာသား</translation>
    </message>
    <message>
        <source>No mails yet. Register an account to receive one.</source>
        <translation>အီးမေးလ် မရှိသေးပါ။ အီးမေးလ် ရရန် အကောင့် ဖွင့်ပါ။</translation>
    </message>
    <message>
        <source>This mail has no text.</source>
        <translation>ဤအီးမေးလ်တွင် စာသား မရှိပါ။</translation>
    </message>
    <message>
        <source>Completing your registration…</source>
        <translation>စာရင်းသွင်းမှုကို ပြီးဆုံးအောင် လုပ်နေသည်…</translation>
    </message>
    <message>
        <source>Your registration is complete. You can sign in now.</source>
        <translation>စာရင်းသွင်းမှု ပြီးဆုံးပါပြီ။ ယခု အကောင့်ဝင်နိုင်ပါပြီ။</translation>
    </message>
</context>
<context>
    <name>DeviceCheckPage</name>
    <message>
        <source>Check my device</source>
        <translation>ကျွန်ုပ်၏ စက်ပစ္စည်းကို စစ်ဆေးရန်</translation>
    </message>
    <message>
        <source>Let&apos;s check that your PC is ready for a video session. You should see yourself, the bar should move when you speak, and you should hear the test sound.</source>
        <translation>သင့်ကွန်ပျူတာ ဗီဒီယို ဆွေးနွေးမှုအတွက် အဆင်သင့် ဖြစ်မဖြစ် စစ်ဆေးကြပါစို့။ သင့်ကိုယ်သင် မြင်ရမည်၊ စကားပြောသည့်အခါ ဘားတန်း လှုပ်ရမည်၊ စမ်းသပ်အသံကို ကြားရမည် ဖြစ်ပါသည်။</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>မိုက်ခရိုဖုန်း</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>မိုက်ခရိုဖုန်း အသံအဆင့်</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>စပီကာ</translation>
    </message>
    <message>
        <source>&amp;Play test sound</source>
        <translation>စမ်းသပ်အသံ ဖွင့်ရန်(&amp;P)</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>ပြန်စစ်ရန်(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>ဆက်လုပ်ရန်(&amp;C)</translation>
    </message>
    <message>
        <source>No microphone found. Connect a headset or a microphone.</source>
        <translation>မိုက်ခရိုဖုန်း မတွေ့ပါ။ မိုက်ပါသော နားကြပ် သို့မဟုတ် မိုက်ခရိုဖုန်း တပ်ပါ။</translation>
    </message>
    <message>
        <source>We can hear you.</source>
        <translation>သင့်အသံကို ကြားရပါသည်။</translation>
    </message>
    <message>
        <source>Say something: the bar should move.</source>
        <translation>တစ်ခုခု ပြောကြည့်ပါ: ဘားတန်း လှုပ်ရပါမည်။</translation>
    </message>
    <message>
        <source>The microphone could not be started. Close other apps using it.</source>
        <translation>မိုက်ခရိုဖုန်းကို ဖွင့်၍ မရပါ။ ၎င်းကို သုံးနေသော အခြားအက်ပ်များကို ပိတ်ပါ။</translation>
    </message>
    <message>
        <source>No speakers found. Connect speakers or headphones.</source>
        <translation>စပီကာ မတွေ့ပါ။ စပီကာ သို့မဟုတ် နားကြပ် တပ်ပါ။</translation>
    </message>
    <message>
        <source>Did you hear a chime? If not, turn up the volume and play it again.</source>
        <translation>ခေါင်းလောင်းသံ ကြားရပါသလား? မကြားရပါက အသံကို ချဲ့ပြီး ထပ်ဖွင့်ပါ။</translation>
    </message>
    <message>
        <source>Press the button: you should hear a short chime.</source>
        <translation>ခလုတ်ကို နှိပ်ပါ: ခေါင်းလောင်းသံ တိုတို ကြားရပါမည်။</translation>
    </message>
    <message numerus="yes">
        <source>Checking your PC… %n of %1 done.</source>
        <translation>
            <numerusform>သင့်ကွန်ပျူတာကို စစ်ဆေးနေသည်… %1 ခုအနက် %n ခု ပြီးပါပြီ။</numerusform>
        </translation>
    </message>
    <message>
        <source>The check is finished.</source>
        <translation>စစ်ဆေးမှု ပြီးပါပြီ။</translation>
    </message>
    <message>
        <source>Some things must be fixed before your session. See the steps below.</source>
        <translation>ဆွေးနွေးမှု မစမီ ပြင်ရန် အချို့ ရှိပါသည်။ အောက်ပါ အဆင့်များကို ကြည့်ပါ။</translation>
    </message>
    <message>
        <source>Your PC can be used, but some things need attention.</source>
        <translation>သင့်ကွန်ပျူတာကို သုံးနိုင်သော်လည်း အချို့ကို ဂရုပြုရန် လိုပါသည်။</translation>
    </message>
    <message>
        <source>Your PC is ready for the session.</source>
        <translation>သင့်ကွန်ပျူတာ ဆွေးနွေးမှုအတွက် အဆင်သင့် ဖြစ်ပါပြီ။</translation>
    </message>
    <message>
        <source>The result was sent to your Hello Work office.</source>
        <translation>ရလဒ်ကို သင့် Hello Work ရုံးသို့ ပို့ပြီးပါပြီ။</translation>
    </message>
</context>
<context>
    <name>ForgotPage</name>
    <message>
        <source>Forgot your password?</source>
        <translation>စကားဝှက် မေ့သွားပါသလား?</translation>
    </message>
    <message>
        <source>For your safety, passwords are not reset by e-mail, and accounts are not issued again. Please phone your Hello Work office. They will check who you are and help you.</source>
        <translation>သင့်လုံခြုံရေးအတွက် စကားဝှက်ကို အီးမေးလ်ဖြင့် ပြန်မသတ်မှတ်ပေးပါ၊ အကောင့်ကိုလည်း ထပ်မထုတ်ပေးပါ။ သင့် Hello Work ရုံးသို့ ဖုန်းဆက်ပါ။ ရုံးမှ သင့်ကို အတည်ပြုပြီး ကူညီပေးပါမည်။</translation>
    </message>
    <message>
        <source>When you call, say that you use the online counselling app and forgot your password. Have your Hello Work card (with your job-seeker number) ready.</source>
        <translation>ဖုန်းဆက်သည့်အခါ အွန်လိုင်း ဆွေးနွေးမှု အက်ပ်ကို သုံးနေပြီး စကားဝှက် မေ့သွားကြောင်း ပြောပါ။ Hello Work ကတ် (အလုပ်ရှာဖွေသူ နံပါတ် ပါသည်) ကို အဆင်သင့် ထားပါ။</translation>
    </message>
    <message>
        <source>Hello Work offices</source>
        <translation>Hello Work ရုံးများ</translation>
    </message>
    <message>
        <source>&amp;Back to sign in</source>
        <translation>အကောင့်ဝင်ရန် စာမျက်နှာသို့ ပြန်သွားရန်(&amp;B)</translation>
    </message>
    <message>
        <source>The phone number of your office is on your Hello Work card and on the Hello Work website.</source>
        <translation>သင့်ရုံး၏ ဖုန်းနံပါတ်ကို Hello Work ကတ်ပေါ်တွင်နှင့် Hello Work ဝက်ဘ်ဆိုက်တွင် တွေ့နိုင်ပါသည်။</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Home</source>
        <translation>ပင်မ</translation>
    </message>
    <message>
        <source>Your next session</source>
        <translation>သင့်၏ နောက်ဆွေးနွေးမှု</translation>
    </message>
    <message>
        <source>&amp;Join the session</source>
        <translation>ဆွေးနွေးမှုတွင် ပါဝင်ရန်(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Book a session</source>
        <translation>ဆွေးနွေးမှု ချိန်းဆိုရန်(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;My bookings</source>
        <translation>ကျွန်ုပ်၏ ချိန်းဆိုမှုများ(&amp;M)</translation>
    </message>
    <message>
        <source>You have no session booked.</source>
        <translation>ချိန်းဆိုထားသော ဆွေးနွေးမှု မရှိပါ။</translation>
    </message>
    <message>
        <source>&amp;Check my device</source>
        <translation>ကျွန်ုပ်၏ စက်ပစ္စည်းကို စစ်ဆေးရန်(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>ထပ်ကြိုးစားရန်(&amp;T)</translation>
    </message>
    <message>
        <source>Hello, {name}.</source>
        <translation>မင်္ဂလာပါ {name}။</translation>
    </message>
    <message>
        <source>Office: {office}</source>
        <translation>ရုံး: {office}</translation>
    </message>
    <message>
        <source>Office: {office} (phone {phone})</source>
        <translation>ရုံး: {office} (ဖုန်း {phone})</translation>
    </message>
    <message>
        <source>With you: {who}</source>
        <translation>အတူရှိမည့်သူ: {who}</translation>
    </message>
    <message>
        <source>Please check your camera, microphone and PC before the session.</source>
        <translation>ဆွေးနွေးမှု မစမီ ကင်မရာ၊ မိုက်ခရိုဖုန်းနှင့် ကွန်ပျူတာကို စစ်ဆေးပါ။</translation>
    </message>
    <message>
        <source>Your last device check found problems. Please fix them and check again.</source>
        <translation>နောက်ဆုံး စက်ပစ္စည်း စစ်ဆေးခြင်းတွင် ပြဿနာများ တွေ့ခဲ့ပါသည်။ ၎င်းတို့ကို ပြင်ပြီး ပြန်စစ်ပါ။</translation>
    </message>
    <message>
        <source>Joining is open now. Press Join the session.</source>
        <translation>ယခု ပါဝင်နိုင်ပါပြီ။ “ဆွေးနွေးမှုတွင် ပါဝင်ရန်” ကို နှိပ်ပါ။</translation>
    </message>
    <message>
        <source>You can join from {time} (10 minutes before the start).</source>
        <translation>{time} မှစ၍ ပါဝင်နိုင်ပါသည် (စတင်ချိန် မိနစ် ၁၀ အလို)။</translation>
    </message>
    <message>
        <source>The time to join has passed. If you could not join, please phone the office: {phone}</source>
        <translation>ပါဝင်ရမည့် အချိန် ကျော်သွားပါပြီ။ မပါဝင်နိုင်ခဲ့ပါက ရုံးသို့ ဖုန်းဆက်ပါ: {phone}</translation>
    </message>
</context>
<context>
    <name>JobSeekerNumber</name>
    <message>
        <source>Please enter your job-seeker number. It is on your Hello Work card.</source>
        <translation>သင့် အလုပ်ရှာဖွေသူ နံပါတ်ကို ရိုက်ထည့်ပါ။ ၎င်းသည် သင့် Hello Work ကတ်ပေါ်တွင် ရှိပါသည်။</translation>
    </message>
    <message>
        <source>Please use only numbers and one hyphen, like {example}.</source>
        <translation>ဂဏန်းများနှင့် တုံးတို တစ်ခုသာ သုံးပါ၊ ဥပမာ {example}။</translation>
    </message>
    <message>
        <source>Please use only one hyphen, after the first 5 numbers, like {example}.</source>
        <translation>ပထမ ဂဏန်း ၅ လုံးနောက်တွင် တုံးတို တစ်ခုသာ သုံးပါ၊ ဥပမာ {example}။</translation>
    </message>
    <message>
        <source>The part before the hyphen has 5 numbers, like {example}.</source>
        <translation>တုံးတို ရှေ့ပိုင်းတွင် ဂဏန်း ၅ လုံး ရှိရပါမည်၊ ဥပမာ {example}။</translation>
    </message>
    <message>
        <source>The part after the hyphen has 1 to 8 numbers, like {example}.</source>
        <translation>တုံးတို နောက်ပိုင်းတွင် ဂဏန်း ၁ လုံးမှ ၈ လုံးအထိ ရှိရပါမည်၊ ဥပမာ {example}။</translation>
    </message>
</context>
<context>
    <name>JoinPage</name>
    <message>
        <source>Join the session</source>
        <translation>ဆွေးနွေးမှုတွင် ပါဝင်ရန်</translation>
    </message>
    <message>
        <source>Before you join, please confirm each point:</source>
        <translation>မပါဝင်မီ အချက်တစ်ခုချင်းစီကို အတည်ပြုပါ:</translation>
    </message>
    <message>
        <source>I am in a private room, or everyone with me was declared in the booking.</source>
        <translation>ကျွန်ုပ် သီးသန့်အခန်းတွင် ရှိပါသည်၊ သို့မဟုတ် ကျွန်ုပ်နှင့်အတူ ရှိသူအားလုံးကို ချိန်းဆိုမှုတွင် ဖော်ပြထားပါသည်။</translation>
    </message>
    <message>
        <source>I will not record the session (no screen or sound recording).</source>
        <translation>ဆွေးနွေးမှုကို မှတ်တမ်း မတင်ပါ (မျက်နှာပြင် သို့မဟုတ် အသံ မဖမ်းယူပါ)။</translation>
    </message>
    <message>
        <source>&amp;Open Zoom and join</source>
        <translation>Zoom ကို ဖွင့်ပြီး ပါဝင်ရန်(&amp;O)</translation>
    </message>
    <message>
        <source>My name in Zoom will be my registered name: {name}. The counsellor checks it with my job-seeker number.</source>
        <translation>Zoom တွင် ကျွန်ုပ်၏ အမည်သည် စာရင်းသွင်းထားသော အမည် ဖြစ်ပါမည်: {name}။ အကြံပေးပုဂ္ဂိုလ်က ၎င်းကို ကျွန်ုပ်၏ အလုပ်ရှာဖွေသူ နံပါတ်နှင့် တိုက်စစ်ပါသည်။</translation>
    </message>
    <message>
        <source>{when} with {office}</source>
        <translation>{when}၊ {office} နှင့် ဆွေးနွေးမှု</translation>
    </message>
    <message>
        <source>Declared in your booking: {who}</source>
        <translation>သင့်ချိန်းဆိုမှုတွင် ဖော်ပြထားသူ: {who}</translation>
    </message>
    <message>
        <source>Zoom could not be opened. Please install Zoom or try another browser.</source>
        <translation>Zoom ကို ဖွင့်၍ မရပါ။ Zoom ကို ထည့်သွင်းပါ သို့မဟုတ် အခြား ဘရောက်ဇာကို သုံးကြည့်ပါ။</translation>
    </message>
    <message>
        <source>Zoom is opening. If nothing happens, open the meeting in your browser.</source>
        <translation>Zoom ပွင့်လာနေပါသည်။ ဘာမှ မဖြစ်ပါက အစည်းအဝေးကို ဘရောက်ဇာတွင် ဖွင့်ပါ။</translation>
    </message>
    <message>
        <source>The meeting is opening in your browser.</source>
        <translation>အစည်းအဝေးကို သင့်ဘရောက်ဇာတွင် ဖွင့်နေပါသည်။</translation>
    </message>
    <message>
        <source>Open in &amp;browser</source>
        <translation>ဘရောက်ဇာတွင် ဖွင့်ရန်(&amp;B)</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Language</source>
        <translation>ဘာသာစကား</translation>
    </message>
    <message>
        <source>Choose the language for this app. You can change it later in Settings.</source>
        <translation>ဤအက်ပ်အတွက် ဘာသာစကားကို ရွေးပါ။ နောက်မှ ဆက်တင်များတွင် ပြောင်းနိုင်ပါသည်။</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>ဆက်လုပ်ရန်(&amp;C)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Hello Work online counselling</source>
        <translation>Hello Work အွန်လိုင်း ဆွေးနွေးမှု</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; နောက်သို့(&amp;B)</translation>
    </message>
    <message>
        <source>Back to the previous step</source>
        <translation>ယခင်အဆင့်သို့ ပြန်သွားရန်</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>အဆင့်များ</translation>
    </message>
    <message>
        <source>&amp;App</source>
        <translation>အက်ပ်(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ပိတ်ရန်(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>အကူအညီ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostic info for the help desk</source>
        <translation>အကူအညီဌာနအတွက် စစ်ဆေးချက် အချက်အလက်ကို ကူးယူရန်(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;About this app</source>
        <translation>ဤအက်ပ်အကြောင်း(&amp;A)</translation>
    </message>
    <message>
        <source>Demo &amp;mailbox</source>
        <translation>သရုပ်ပြ စာတိုက်ပုံး(&amp;M)</translation>
    </message>
    <message>
        <source>Demo mode: nothing here is real. Sign in with {email} and the password {password}.</source>
        <translation>သရုပ်ပြ မုဒ်: ဤနေရာရှိ အရာအားလုံး အစစ်မဟုတ်ပါ။ {email} နှင့် စကားဝှက် {password} ဖြင့် အကောင့်ဝင်ပါ။</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ဘာသာစကား</translation>
    </message>
    <message>
        <source>Check my device</source>
        <translation>ကျွန်ုပ်၏ စက်ပစ္စည်းကို စစ်ဆေးရန်</translation>
    </message>
    <message>
        <source>Terms of use</source>
        <translation>အသုံးပြုမှု စည်းမျဉ်းများ</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>အကောင့်ဝင်ရန်</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>ပင်မ</translation>
    </message>
    <message>
        <source>Book a session</source>
        <translation>ဆွေးနွေးမှု ချိန်းဆိုရန်</translation>
    </message>
    <message>
        <source>My bookings</source>
        <translation>ကျွန်ုပ်၏ ချိန်းဆိုမှုများ</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>ကျွန်ုပ်၏ အကောင့်</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>ဆက်တင်များ</translation>
    </message>
    <message>
        <source>Could not reach the Hello Work service. Check your internet connection, then press Try again. You can check your device meanwhile.</source>
        <translation>Hello Work ဝန်ဆောင်မှုသို့ ချိတ်ဆက်၍ မရပါ။ အင်တာနက် ချိတ်ဆက်မှုကို စစ်ဆေးပြီး “ထပ်ကြိုးစားရန်” ကို နှိပ်ပါ။ ထိုအတောအတွင်း စက်ပစ္စည်းကို စစ်ဆေးနိုင်ပါသည်။</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>ထပ်ကြိုးစားရန်(&amp;T)</translation>
    </message>
    <message>
        <source>You were signed out. Please sign in again to continue where you were.</source>
        <translation>အကောင့်မှ ထွက်သွားပါပြီ။ ရပ်ခဲ့သည့်နေရာမှ ဆက်လုပ်ရန် ထပ်မံ အကောင့်ဝင်ပါ။</translation>
    </message>
    <message>
        <source>Diagnostic info copied. You can paste it into a mail to the help desk.</source>
        <translation>စစ်ဆေးချက် အချက်အလက်ကို ကူးယူပြီးပါပြီ။ အကူအညီဌာနသို့ ပို့မည့် အီးမေးလ်ထဲသို့ ကူးထည့်နိုင်ပါသည်။</translation>
    </message>
    <message>
        <source>About this app</source>
        <translation>ဤအက်ပ်အကြောင်း</translation>
    </message>
    <message>
        <source>Hello Work online counselling, version {version}</source>
        <translation>Hello Work အွန်လိုင်း ဆွေးနွေးမှု၊ ဗားရှင်း {version}</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>တစ်ခုခု မှားယွင်းသွားပါသည်</translation>
    </message>
    <message>
        <source>Something went wrong in the app. Please try again. If it happens again, copy the diagnostic info and send it to the help desk.</source>
        <translation>အက်ပ်တွင် တစ်ခုခု မှားယွင်းသွားပါသည်။ ထပ်ကြိုးစားပါ။ ထပ်ဖြစ်ပါက စစ်ဆေးချက် အချက်အလက်ကို ကူးယူပြီး အကူအညီဌာနသို့ ပို့ပါ။</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostic info</source>
        <translation>စစ်ဆေးချက် အချက်အလက်ကို ကူးယူရန်(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Meeting</name>
    <message>
        <source>The meeting link from the service does not look like a Zoom link, so the app did not open it. Please phone your Hello Work office.</source>
        <translation>ဝန်ဆောင်မှုမှ ပေးသော အစည်းအဝေး လင့်ခ်သည် Zoom လင့်ခ်နှင့် မတူသဖြင့် အက်ပ်က မဖွင့်ပါ။ သင့် Hello Work ရုံးသို့ ဖုန်းဆက်ပါ။</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>{day}, {time}</source>
        <translation>{day}၊ {time}</translation>
    </message>
    <message>
        <source>Please phone your Hello Work office: {phone}.</source>
        <translation>သင့် Hello Work ရုံးသို့ ဖုန်းဆက်ပါ: {phone}။</translation>
    </message>
    <message>
        <source>Please phone your Hello Work office.</source>
        <translation>သင့် Hello Work ရုံးသို့ ဖုန်းဆက်ပါ။</translation>
    </message>
    <message>
        <source>Some information is missing or not in the right form.</source>
        <translation>အချက်အလက် အချို့ ကျန်နေသည် သို့မဟုတ် ပုံစံ မမှန်ပါ။</translation>
    </message>
    <message>
        <source>Please check the marked fields and try again.</source>
        <translation>အမှတ်အသားပြထားသော အကွက်များကို စစ်ဆေးပြီး ထပ်ကြိုးစားပါ။</translation>
    </message>
    <message>
        <source>This password is too easy to guess.</source>
        <translation>ဤစကားဝှက်ကို ခန့်မှန်းရန် အလွန်လွယ်ပါသည်။</translation>
    </message>
    <message>
        <source>Please choose a password of at least 10 characters that is not your e-mail address and not a common word.</source>
        <translation>အနည်းဆုံး စာလုံး ၁၀ လုံးပါပြီး သင့်အီးမေးလ်လိပ်စာ မဟုတ်သော၊ အသုံးများသော စကားလုံး မဟုတ်သော စကားဝှက်ကို ရွေးပါ။</translation>
    </message>
    <message>
        <source>Please choose a harder password.</source>
        <translation>ပိုခက်သော စကားဝှက်ကို ရွေးပါ။</translation>
    </message>
    <message>
        <source>This link does not work any more. It may be older than 24 hours or used already.</source>
        <translation>ဤလင့်ခ် အလုပ်မလုပ်တော့ပါ။ ၂၄ နာရီထက် ကြာသွားပြီ သို့မဟုတ် သုံးပြီးသား ဖြစ်နိုင်ပါသည်။</translation>
    </message>
    <message>
        <source>Please register again to get a new link, or sign in if you already finished.</source>
        <translation>လင့်ခ်အသစ် ရရန် ထပ်မံ စာရင်းသွင်းပါ၊ သို့မဟုတ် ပြီးဆုံးပြီးပါက အကောင့်ဝင်ပါ။</translation>
    </message>
    <message>
        <source>The e-mail address or the password is not right.</source>
        <translation>အီးမေးလ်လိပ်စာ သို့မဟုတ် စကားဝှက် မမှန်ပါ။</translation>
    </message>
    <message>
        <source>Please check both and try again. Capital letters count.</source>
        <translation>နှစ်ခုလုံးကို စစ်ဆေးပြီး ထပ်ကြိုးစားပါ။ စာလုံးအကြီး/အသေး ကွဲပြားပါသည်။</translation>
    </message>
    <message>
        <source>Please check your password.</source>
        <translation>စကားဝှက်ကို စစ်ဆေးပါ။</translation>
    </message>
    <message>
        <source>Your registration is not finished yet.</source>
        <translation>သင့်စာရင်းသွင်းမှု မပြီးသေးပါ။</translation>
    </message>
    <message>
        <source>Please open the link in the e-mail we sent you. We can send the e-mail again.</source>
        <translation>ကျွန်ုပ်တို့ ပို့ထားသော အီးမေးလ်ထဲရှိ လင့်ခ်ကို ဖွင့်ပါ။ အီးမေးလ်ကို ထပ်ပို့ပေးနိုင်ပါသည်။</translation>
    </message>
    <message>
        <source>Sign-in is paused after several wrong passwords, to protect your account.</source>
        <translation>စကားဝှက် အကြိမ်ကြိမ် မှားသဖြင့် သင့်အကောင့်ကို ကာကွယ်ရန် အကောင့်ဝင်ခြင်းကို ခေတ္တ ရပ်ထားပါသည်။</translation>
    </message>
    <message numerus="yes">
        <source>Please try again in %n minute(s). If you forgot your password, phone your office.</source>
        <translation>
            <numerusform>မိနစ် %n အကြာတွင် ထပ်ကြိုးစားပါ။ စကားဝှက် မေ့သွားပါက သင့်ရုံးသို့ ဖုန်းဆက်ပါ။</numerusform>
        </translation>
    </message>
    <message>
        <source>You have been signed out.</source>
        <translation>အကောင့်မှ ထွက်သွားပါပြီ။</translation>
    </message>
    <message>
        <source>Please sign in again. Nothing you typed is lost.</source>
        <translation>ထပ်မံ အကောင့်ဝင်ပါ။ သင်ရိုက်ထားသည်များ မပျောက်ပါ။</translation>
    </message>
    <message>
        <source>The terms of use changed while you were reading them.</source>
        <translation>သင် ဖတ်နေစဉ် အသုံးပြုမှု စည်းမျဉ်းများ ပြောင်းလဲသွားပါသည်။</translation>
    </message>
    <message>
        <source>Please read the new version and agree again.</source>
        <translation>ဗားရှင်းအသစ်ကို ဖတ်ပြီး ထပ်မံ သဘောတူပါ။</translation>
    </message>
    <message>
        <source>Before booking, please agree to the current terms of use.</source>
        <translation>ချိန်းဆိုခြင်း မပြုမီ လက်ရှိ အသုံးပြုမှု စည်းမျဉ်းများကို သဘောတူပါ။</translation>
    </message>
    <message>
        <source>We will show you the terms, then bring you back here.</source>
        <translation>စည်းမျဉ်းများကို ပြပြီးနောက် ဤနေရာသို့ ပြန်ခေါ်လာပါမည်။</translation>
    </message>
    <message>
        <source>This version of the app is too old to use the service.</source>
        <translation>ဤအက်ပ် ဗားရှင်းသည် ဝန်ဆောင်မှုကို သုံးရန် အလွန်ဟောင်းနေပါသည်။</translation>
    </message>
    <message>
        <source>Please install the new version. Your bookings are kept.</source>
        <translation>ဗားရှင်းအသစ်ကို ထည့်သွင်းပါ။ သင့်ချိန်းဆိုမှုများ ဆက်ရှိနေပါမည်။</translation>
    </message>
    <message>
        <source>We could not find this any more. It may have been removed.</source>
        <translation>ဤအရာကို ရှာမတွေ့တော့ပါ။ ဖယ်ရှားလိုက်ပြီ ဖြစ်နိုင်ပါသည်။</translation>
    </message>
    <message>
        <source>Please go back and try again.</source>
        <translation>နောက်သို့ ပြန်သွားပြီး ထပ်ကြိုးစားပါ။</translation>
    </message>
    <message>
        <source>Someone just booked this time. Please choose another time.</source>
        <translation>ဤအချိန်ကို တစ်စုံတစ်ယောက်က ယခုလေးတင် ချိန်းဆိုသွားပါသည်။ အခြားအချိန်ကို ရွေးပါ။</translation>
    </message>
    <message>
        <source>Other free times are shown below.</source>
        <translation>အခြား ရနိုင်သော အချိန်များကို အောက်တွင် ပြထားပါသည်။</translation>
    </message>
    <message>
        <source>You already have a session on {date}. Only one session a day is possible.</source>
        <translation>{date} တွင် ဆွေးနွေးမှု ရှိပြီးသား ဖြစ်ပါသည်။ တစ်ရက်လျှင် ဆွေးနွေးမှု တစ်ခုသာ ချိန်းဆိုနိုင်ပါသည်။</translation>
    </message>
    <message>
        <source>You already have a session on that day. Only one session a day is possible.</source>
        <translation>ထိုရက်တွင် ဆွေးနွေးမှု ရှိပြီးသား ဖြစ်ပါသည်။ တစ်ရက်လျှင် ဆွေးနွေးမှု တစ်ခုသာ ချိန်းဆိုနိုင်ပါသည်။</translation>
    </message>
    <message>
        <source>Please choose another day.</source>
        <translation>အခြားရက်ကို ရွေးပါ။</translation>
    </message>
    <message>
        <source>Booking is paused until {date} because sessions were missed.</source>
        <translation>ဆွေးနွေးမှုများသို့ မတက်ရောက်ခဲ့သဖြင့် {date} အထိ ချိန်းဆိုခွင့်ကို ခေတ္တပိတ်ထားပါသည်။</translation>
    </message>
    <message>
        <source>Booking is paused for your account because sessions were missed.</source>
        <translation>ဆွေးနွေးမှုများသို့ မတက်ရောက်ခဲ့သဖြင့် သင့်အကောင့်၏ ချိန်းဆိုခွင့်ကို ခေတ္တပိတ်ထားပါသည်။</translation>
    </message>
    <message>
        <source>Your office has paused online sessions for your account, often because residence status details need checking.</source>
        <translation>သင့်ရုံးက သင့်အကောင့်၏ အွန်လိုင်း ဆွေးနွေးမှုများကို ခေတ္တရပ်ထားပါသည်။ နေထိုင်ခွင့် အမျိုးအစား (在留資格) အချက်အလက်များကို စစ်ဆေးရန် လိုအပ်သောကြောင့် ဖြစ်လေ့ရှိပါသည်။</translation>
    </message>
    <message>
        <source>The session has already started, so it cannot be cancelled in the app.</source>
        <translation>ဆွေးနွေးမှု စတင်ပြီးဖြစ်သဖြင့် အက်ပ်တွင် ပယ်ဖျက်၍ မရတော့ပါ။</translation>
    </message>
    <message>
        <source>This booking is no longer active. It may have been cancelled.</source>
        <translation>ဤချိန်းဆိုမှု အသက်မဝင်တော့ပါ။ ပယ်ဖျက်ပြီး ဖြစ်နိုင်ပါသည်။</translation>
    </message>
    <message>
        <source>Please look at My bookings for its current state.</source>
        <translation>လက်ရှိ အခြေအနေကို “ကျွန်ုပ်၏ ချိန်းဆိုမှုများ” တွင် ကြည့်ပါ။</translation>
    </message>
    <message>
        <source>Your booking request changed while it was being sent.</source>
        <translation>သင့်ချိန်းဆိုမှု တောင်းဆိုချက်ကို ပို့နေစဉ် ပြောင်းလဲသွားပါသည်။</translation>
    </message>
    <message>
        <source>Please check My bookings, then try again.</source>
        <translation>“ကျွန်ုပ်၏ ချိန်းဆိုမှုများ” ကို စစ်ဆေးပြီး ထပ်ကြိုးစားပါ။</translation>
    </message>
    <message>
        <source>You can join from {time} on {date} (10 minutes before the start).</source>
        <translation>{date} {time} မှစ၍ ပါဝင်နိုင်ပါသည် (စတင်ချိန် မိနစ် ၁၀ အလို)။</translation>
    </message>
    <message>
        <source>You can join from 10 minutes before the start until 10 minutes after it.</source>
        <translation>စတင်ချိန် မိနစ် ၁၀ အလိုမှ စတင်ပြီးနောက် မိနစ် ၁၀ အထိ ပါဝင်နိုင်ပါသည်။</translation>
    </message>
    <message>
        <source>Please come back then.</source>
        <translation>ထိုအချိန်တွင် ပြန်လာပါ။</translation>
    </message>
    <message>
        <source>What you sent is too long for the service.</source>
        <translation>သင် ပို့လိုက်သော အရာသည် ဝန်ဆောင်မှုအတွက် အလွန်ရှည်နေပါသည်။</translation>
    </message>
    <message>
        <source>Please make the note or text shorter and try again.</source>
        <translation>မှတ်ချက် သို့မဟုတ် စာသားကို တိုအောင် ပြင်ပြီး ထပ်ကြိုးစားပါ။</translation>
    </message>
    <message>
        <source>Something changed on the service while you were working.</source>
        <translation>သင် လုပ်ဆောင်နေစဉ် ဝန်ဆောင်မှုတွင် တစ်ခုခု ပြောင်းလဲသွားပါသည်။</translation>
    </message>
    <message>
        <source>Please go back, look again, and try once more.</source>
        <translation>နောက်သို့ ပြန်သွားပြီး ထပ်ကြည့်ကာ နောက်တစ်ကြိမ် ကြိုးစားပါ။</translation>
    </message>
    <message>
        <source>The app and the service do not understand each other.</source>
        <translation>အက်ပ်နှင့် ဝန်ဆောင်မှု အချင်းချင်း နားမလည်နိုင်ပါ။</translation>
    </message>
    <message>
        <source>Please install the newest version of the app.</source>
        <translation>အက်ပ်၏ နောက်ဆုံး ဗားရှင်းကို ထည့်သွင်းပါ။</translation>
    </message>
    <message>
        <source>We could not reach the service.</source>
        <translation>ဝန်ဆောင်မှုသို့ ချိတ်ဆက်၍ မရပါ။</translation>
    </message>
    <message>
        <source>Please check your internet connection and try again. Nothing you typed is lost.</source>
        <translation>အင်တာနက် ချိတ်ဆက်မှုကို စစ်ဆေးပြီး ထပ်ကြိုးစားပါ။ သင်ရိုက်ထားသည်များ မပျောက်ပါ။</translation>
    </message>
    <message>
        <source>The service has a problem right now.</source>
        <translation>ဝန်ဆောင်မှုတွင် ယခု ပြဿနာ ရှိနေပါသည်။</translation>
    </message>
    <message>
        <source>Please try again in a few minutes. Nothing you typed is lost.</source>
        <translation>မိနစ်အနည်းငယ်အကြာတွင် ထပ်ကြိုးစားပါ။ သင်ရိုက်ထားသည်များ မပျောက်ပါ။</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>တစ်ခုခု မှားယွင်းသွားပါသည်။</translation>
    </message>
    <message>
        <source>Please try again. If it happens again, phone your Hello Work office.</source>
        <translation>ထပ်ကြိုးစားပါ။ ထပ်ဖြစ်ပါက သင့် Hello Work ရုံးသို့ ဖုန်းဆက်ပါ။</translation>
    </message>
    <message>
        <source>Please enter an e-mail address like name@example.jp.</source>
        <translation>name@example.jp ကဲ့သို့ အီးမေးလ်လိပ်စာကို ရိုက်ထည့်ပါ။</translation>
    </message>
    <message>
        <source>Please choose a password of at least 10 characters.</source>
        <translation>အနည်းဆုံး စာလုံး ၁၀ လုံးပါသော စကားဝှက်ကို ရွေးပါ။</translation>
    </message>
    <message>
        <source>Please enter your name.</source>
        <translation>သင့်အမည်ကို ရိုက်ထည့်ပါ။</translation>
    </message>
    <message>
        <source>Please enter your name in kana, or leave it empty.</source>
        <translation>သင့်အမည်ကို ကာနာ စာလုံး (カナ) ဖြင့် ရိုက်ထည့်ပါ၊ သို့မဟုတ် ကွက်လပ် ထားခဲ့ပါ။</translation>
    </message>
    <message>
        <source>Please enter a phone number with digits only, or leave it empty.</source>
        <translation>ဖုန်းနံပါတ်ကို ဂဏန်းသက်သက်ဖြင့် ရိုက်ထည့်ပါ၊ သို့မဟုတ် ကွက်လပ် ထားခဲ့ပါ။</translation>
    </message>
    <message>
        <source>Please enter the number as 5 digits, a hyphen, then up to 8 digits.</source>
        <translation>နံပါတ်ကို ဤပုံစံဖြင့် ရိုက်ထည့်ပါ: ဂဏန်း ၅ လုံး၊ တုံးတို (-)၊ ထို့နောက် ဂဏန်း ၈ လုံးအထိ။</translation>
    </message>
    <message>
        <source>Please make the note shorter (500 characters at most).</source>
        <translation>မှတ်ချက်ကို တိုအောင် ပြင်ပါ (အများဆုံး စာလုံး ၅၀၀)။</translation>
    </message>
    <message>
        <source>Please enter your current password.</source>
        <translation>လက်ရှိ စကားဝှက်ကို ရိုက်ထည့်ပါ။</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Page</source>
        <translation>စာမျက်နှာ</translation>
    </message>
</context>
<context>
    <name>PasswordEdit</name>
    <message>
        <source>Hide</source>
        <translation>ဝှက်ရန်</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>ပြရန်</translation>
    </message>
    <message>
        <source>Hide the password</source>
        <translation>စကားဝှက်ကို ဝှက်ရန်</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>စကားဝှက်ကို ပြရန်</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Please use at least 10 characters.</source>
        <translation>အနည်းဆုံး စာလုံး ၁၀ လုံး သုံးပါ။</translation>
    </message>
    <message>
        <source>Please do not use your e-mail address as the password.</source>
        <translation>သင့်အီးမေးလ်လိပ်စာကို စကားဝှက်အဖြစ် မသုံးပါနှင့်။</translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation>အကောင့် ဖွင့်ရန်</translation>
    </message>
    <message>
        <source>Fill in your details. Fields marked (optional) can be left empty. We will send you an e-mail with a link to finish the registration.</source>
        <translation>သင့်အချက်အလက်များကို ဖြည့်ပါ။ (မဖြစ်မနေ မဟုတ်) ဟု ပြထားသော အကွက်များကို ကွက်လပ် ထားနိုင်ပါသည်။ စာရင်းသွင်းမှု ပြီးဆုံးရန် လင့်ခ်ပါသော အီးမေးလ်ကို ပို့ပေးပါမည်။</translation>
    </message>
    <message>
        <source>&amp;Name (as registered at Hello Work)</source>
        <translation>အမည် (Hello Work တွင် မှတ်ပုံတင်ထားသည့်အတိုင်း)(&amp;N)</translation>
    </message>
    <message>
        <source>Name in &amp;kana (optional)</source>
        <translation>ကာနာ စာလုံး (カナ) ဖြင့် အမည် (မဖြစ်မနေ မဟုတ်)(&amp;K)</translation>
    </message>
    <message>
        <source>Example: ハロー タロウ</source>
        <translation>ဥပမာ: ハロー タロウ</translation>
    </message>
    <message>
        <source>&amp;E-mail address</source>
        <translation>အီးမေးလ်လိပ်စာ(&amp;E)</translation>
    </message>
    <message>
        <source>Example: name@example.jp</source>
        <translation>ဥပမာ: name@example.jp</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>စကားဝှက်(&amp;P)</translation>
    </message>
    <message>
        <source>At least 10 characters, not your e-mail address, not a common word. Tip: three or four words you can remember, like &apos;blue tea morning walk&apos;.</source>
        <translation>အနည်းဆုံး စာလုံး ၁၀ လုံး၊ သင့်အီးမေးလ်လိပ်စာ မဟုတ်ရ၊ အသုံးများသော စကားလုံး မဟုတ်ရ။ အကြံပြုချက်: မှတ်မိလွယ်သော စကားလုံး သုံးလေးလုံး၊ ဥပမာ &apos;အပြာ လက်ဖက်ရည် မနက် လမ်းလျှောက်&apos;။</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>စကားဝှက် နောက်တစ်ကြိမ်(&amp;A)</translation>
    </message>
    <message>
        <source>Type the same password again.</source>
        <translation>စကားဝှက်ကို နောက်တစ်ကြိမ် ထပ်ရိုက်ပါ။</translation>
    </message>
    <message>
        <source>&amp;Job-seeker number (optional)</source>
        <translation>အလုပ်ရှာဖွေသူ နံပါတ် (မဖြစ်မနေ မဟုတ်)(&amp;J)</translation>
    </message>
    <message>
        <source>It is on your Hello Work card (求職番号): 5 digits, a hyphen, then up to 8 digits, for example 12345-12345678. Full-width digits are fine.</source>
        <translation>သင့် Hello Work ကတ် (求職番号) ပေါ်တွင် ရှိပါသည်: ဂဏန်း ၅ လုံး၊ တုံးတို၊ ထို့နောက် ဂဏန်း ၈ လုံးအထိ၊ ဥပမာ 12345-12345678။ ဂျပန် အကျယ် ဂဏန်း (全角) လည်း ရပါသည်။</translation>
    </message>
    <message>
        <source>P&amp;hone number (optional)</source>
        <translation>ဖုန်းနံပါတ် (မဖြစ်မနေ မဟုတ်)(&amp;H)</translation>
    </message>
    <message>
        <source>Example: 090-1234-5678</source>
        <translation>ဥပမာ: 090-1234-5678</translation>
    </message>
    <message>
        <source>A&amp;ddress (optional)</source>
        <translation>လိပ်စာ (မဖြစ်မနေ မဟုတ်)(&amp;D)</translation>
    </message>
    <message>
        <source>Create my &amp;account</source>
        <translation>ကျွန်ုပ်၏ အကောင့်ကို ဖွင့်ရန်(&amp;A)</translation>
    </message>
    <message>
        <source>I already have an account: &amp;sign in</source>
        <translation>အကောင့် ရှိပြီးသား: အကောင့်ဝင်ရန်(&amp;S)</translation>
    </message>
    <message>
        <source>Please enter your name.</source>
        <translation>သင့်အမည်ကို ရိုက်ထည့်ပါ။</translation>
    </message>
    <message>
        <source>Please enter an e-mail address like name@example.jp.</source>
        <translation>name@example.jp ကဲ့သို့ အီးမေးလ်လိပ်စာကို ရိုက်ထည့်ပါ။</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>စကားဝှက် နှစ်ခု မတူပါ။</translation>
    </message>
</context>
<context>
    <name>ReminderNotifier</name>
    <message>
        <source>Your counselling session is tomorrow</source>
        <translation>သင့်ဆွေးနွေးမှုသည် မနက်ဖြန် ဖြစ်ပါသည်</translation>
    </message>
    <message>
        <source>{when}, {office}. Please check your device before the session.</source>
        <translation>{when}၊ {office}။ ဆွေးနွေးမှု မစမီ စက်ပစ္စည်းကို စစ်ဆေးပါ။</translation>
    </message>
    <message>
        <source>Check my device now</source>
        <translation>ယခု စက်ပစ္စည်းကို စစ်ဆေးရန်</translation>
    </message>
    <message>
        <source>Your session starts in 30 minutes</source>
        <translation>သင့်ဆွေးနွေးမှု မိနစ် ၃၀ အကြာတွင် စတင်ပါမည်</translation>
    </message>
    <message>
        <source>{when}, {office}. Check your camera and microphone now.</source>
        <translation>{when}၊ {office}။ ကင်မရာနှင့် မိုက်ခရိုဖုန်းကို ယခု စစ်ဆေးပါ။</translation>
    </message>
    <message>
        <source>You can join your session now</source>
        <translation>ယခု ဆွေးနွေးမှုတွင် ပါဝင်နိုင်ပါပြီ</translation>
    </message>
    <message>
        <source>{when}, {office}. Open the app and press Join.</source>
        <translation>{when}၊ {office}။ အက်ပ်ကို ဖွင့်ပြီး “ဆွေးနွေးမှုတွင် ပါဝင်ရန်” ကို နှိပ်ပါ။</translation>
    </message>
    <message>
        <source>Go to Join</source>
        <translation>ပါဝင်ရန် စာမျက်နှာသို့ သွားရန်</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Your settings could not be saved. Check that the disk is not full, then try again.</source>
        <translation>သင့်ဆက်တင်များကို သိမ်း၍ မရပါ။ ဒစ်ခ် မပြည့်ကြောင်း စစ်ဆေးပြီး ထပ်ကြိုးစားပါ။</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>ဆက်တင်များ</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ဘာသာစကား(&amp;L):</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>သတိပေးချက်များ</translation>
    </message>
    <message>
        <source>Remind me the &amp;day before my session</source>
        <translation>ဆွေးနွေးမှု၏ တစ်ရက်အလိုတွင် သတိပေးရန်(&amp;D)</translation>
    </message>
    <message>
        <source>Remind me &amp;30 minutes before, to check my device</source>
        <translation>စက်ပစ္စည်း စစ်ဆေးရန် မိနစ် ၃၀ အလိုတွင် သတိပေးရန်(&amp;3)</translation>
    </message>
    <message>
        <source>Tell me when I can &amp;join</source>
        <translation>ပါဝင်နိုင်သည့်အခါ အသိပေးရန်(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when the window is closed (for reminders)</source>
        <translation>ဝင်းဒိုးကို ပိတ်လျှင်လည်း နောက်ကွယ်တွင် ဆက်ဖွင့်ထားရန် (သတိပေးချက်များအတွက်)(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>ဆာဗာ လိပ်စာ(&amp;S):</translation>
    </message>
    <message>
        <source>Use this &amp;address</source>
        <translation>ဤလိပ်စာကို သုံးရန်(&amp;A)</translation>
    </message>
    <message>
        <source>Change the server address only if your Hello Work office asks you to.</source>
        <translation>Hello Work ရုံးက တောင်းဆိုမှသာ ဆာဗာ လိပ်စာကို ပြောင်းပါ။</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostic info for the help desk</source>
        <translation>အကူအညီဌာနအတွက် စစ်ဆေးချက် အချက်အလက်ကို ကူးယူရန်(&amp;C)</translation>
    </message>
    <message>
        <source>Right now the app is using {url}.</source>
        <translation>ယခု အက်ပ်သည် {url} ကို သုံးနေပါသည်။</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>သိမ်းပြီးပါပြီ။</translation>
    </message>
    <message>
        <source>This does not look like a web address. Please check it and try again.</source>
        <translation>ဤအရာသည် ဝက်ဘ်လိပ်စာနှင့် မတူပါ။ စစ်ဆေးပြီး ထပ်ကြိုးစားပါ။</translation>
    </message>
    <message>
        <source>Saved. The app will use this address the next time it starts.</source>
        <translation>သိမ်းပြီးပါပြီ။ နောက်တစ်ကြိမ် အက်ပ်ဖွင့်သည့်အခါ ဤလိပ်စာကို သုံးပါမည်။</translation>
    </message>
    <message>
        <source>Diagnostic info copied. You can paste it into a mail to the help desk.</source>
        <translation>စစ်ဆေးချက် အချက်အလက်ကို ကူးယူပြီးပါပြီ။ အကူအညီဌာနသို့ ပို့မည့် အီးမေးလ်ထဲသို့ ကူးထည့်နိုင်ပါသည်။</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation>အကောင့်ဝင်ရန်</translation>
    </message>
    <message>
        <source>Sign in with the e-mail address and password you registered with.</source>
        <translation>စာရင်းသွင်းစဉ်က သုံးခဲ့သော အီးမေးလ်လိပ်စာနှင့် စကားဝှက်ဖြင့် အကောင့်ဝင်ပါ။</translation>
    </message>
    <message>
        <source>Demo: the demo account {email} is already filled in.</source>
        <translation>သရုပ်ပြ: သရုပ်ပြ အကောင့် {email} ကို ဖြည့်ပြီးသား ဖြစ်ပါသည်။</translation>
    </message>
    <message>
        <source>&amp;E-mail address</source>
        <translation>အီးမေးလ်လိပ်စာ(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>စကားဝှက်(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>အကောင့်ဝင်ရန်(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Create an account</source>
        <translation>အကောင့် ဖွင့်ရန်(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Forgot your password?</source>
        <translation>စကားဝှက် မေ့သွားပါသလား?(&amp;F)</translation>
    </message>
    <message>
        <source>Your account and your personal data are deleted. Thank you for using the service.</source>
        <translation>သင့်အကောင့်နှင့် ကိုယ်ရေးအချက်အလက်များကို ဖျက်ပြီးပါပြီ။ ဝန်ဆောင်မှုကို အသုံးပြုခဲ့သည့်အတွက် ကျေးဇူးတင်ပါသည်။</translation>
    </message>
    <message>
        <source>Please enter your e-mail address.</source>
        <translation>သင့်အီးမေးလ်လိပ်စာကို ရိုက်ထည့်ပါ။</translation>
    </message>
    <message>
        <source>Please enter your password.</source>
        <translation>သင့်စကားဝှက်ကို ရိုက်ထည့်ပါ။</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>ယခု ဘာလုပ်ရမည်နည်း</translation>
    </message>
</context>
<context>
    <name>SlotCalendar</name>
    <message>
        <source>Calendar: days in bold have free times</source>
        <translation>ပြက္ခဒိန်: စာလုံးထူဖြင့် ပြထားသော ရက်များတွင် ရနိုင်သော အချိန်များ ရှိပါသည်</translation>
    </message>
    <message>
        <source>Free times on the chosen day</source>
        <translation>ရွေးထားသော ရက်၏ ရနိုင်သော အချိန်များ</translation>
    </message>
    <message numerus="yes">
        <source>%n free time(s)</source>
        <translation>
            <numerusform>ရနိုင်သော အချိန် %n ခု</numerusform>
        </translation>
    </message>
    <message>
        <source>You already have a session on this day. Only one session a day is possible.</source>
        <translation>ဤရက်တွင် ဆွေးနွေးမှု ရှိပြီးသား ဖြစ်ပါသည်။ တစ်ရက်လျှင် ဆွေးနွေးမှု တစ်ခုသာ ချိန်းဆိုနိုင်ပါသည်။</translation>
    </message>
    <message>
        <source>Choose a time:</source>
        <translation>အချိန်ကို ရွေးပါ:</translation>
    </message>
    <message>
        <source>Looking for free times…</source>
        <translation>ရနိုင်သော အချိန်များကို ရှာနေသည်…</translation>
    </message>
    <message>
        <source>No free times on this day. Days in bold have free times.</source>
        <translation>ဤရက်တွင် ရနိုင်သော အချိန် မရှိပါ။ စာလုံးထူဖြင့် ပြထားသော ရက်များတွင် ရနိုင်သော အချိန်များ ရှိပါသည်။</translation>
    </message>
    <message>
        <source>{start} – {end}   ({places})</source>
        <translation>{start} – {end}   ({places})</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) left</source>
        <translation>
            <numerusform>နေရာ %n ခု ကျန်ပါသည်</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusRow</name>
    <message>
        <source>OK</source>
        <translation>အဆင်ပြေ</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>ဂရုပြုရန် လိုသည်</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>ပြဿနာ</translation>
    </message>
    <message>
        <source>Could not check</source>
        <translation>စစ်ဆေး၍ မရပါ</translation>
    </message>
    <message>
        <source>What to do: {remedy}</source>
        <translation>လုပ်ရမည့်အရာ: {remedy}</translation>
    </message>
    <message>
        <source>Open the &amp;setting</source>
        <translation>ဆက်တင်ကို ဖွင့်ရန်(&amp;S)</translation>
    </message>
    <message>
        <source>More &amp;information</source>
        <translation>နောက်ထပ် အချက်အလက်(&amp;I)</translation>
    </message>
</context>
<context>
    <name>TermsPage</name>
    <message>
        <source>Terms of use</source>
        <translation>အသုံးပြုမှု စည်းမျဉ်းများ</translation>
    </message>
    <message>
        <source>I have read the terms of use and I &amp;agree to them.</source>
        <translation>အသုံးပြုမှု စည်းမျဉ်းများကို ဖတ်ပြီး သဘောတူပါသည်(&amp;A)</translation>
    </message>
    <message>
        <source>The sessions take place in Zoom. Please also read Zoom&apos;s &lt;a href=&quot;{terms}&quot;&gt;terms of service&lt;/a&gt; and &lt;a href=&quot;{privacy}&quot;&gt;privacy statement&lt;/a&gt;.</source>
        <translation>ဆွေးနွေးမှုများကို Zoom တွင် ပြုလုပ်ပါသည်။ Zoom ၏ &lt;a href=&quot;{terms}&quot;&gt;ဝန်ဆောင်မှု စည်းမျဉ်းများ&lt;/a&gt; နှင့် &lt;a href=&quot;{privacy}&quot;&gt;ကိုယ်ရေးအချက်အလက် မူဝါဒ&lt;/a&gt; ကိုလည်း ဖတ်ပါ။</translation>
    </message>
    <message>
        <source>I accept &amp;Zoom&apos;s terms of service and privacy statement.</source>
        <translation>Zoom ၏ ဝန်ဆောင်မှု စည်းမျဉ်းများနှင့် ကိုယ်ရေးအချက်အလက် မူဝါဒကို လက်ခံပါသည်(&amp;Z)</translation>
    </message>
    <message>
        <source>Agree and &amp;continue</source>
        <translation>သဘောတူပြီး ဆက်လုပ်ရန်(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>ထပ်ကြိုးစားရန်(&amp;T)</translation>
    </message>
    <message>
        <source>Terms of use text</source>
        <translation>အသုံးပြုမှု စည်းမျဉ်းများ စာသား</translation>
    </message>
    <message>
        <source>Loading the terms of use…</source>
        <translation>အသုံးပြုမှု စည်းမျဉ်းများကို ဖွင့်နေသည်…</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;Version {version}, in effect from {date}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;ဗားရှင်း {version}၊ {date} မှစ၍ အကျိုးသက်ရောက်သည်</translation>
    </message>
    <message>
        <source>The terms of use have changed since you last agreed. Please read them and agree again.</source>
        <translation>သင် နောက်ဆုံး သဘောတူခဲ့ပြီးနောက် အသုံးပြုမှု စည်းမျဉ်းများ ပြောင်းလဲသွားပါသည်။ ဖတ်ပြီး ထပ်မံ သဘောတူပါ။</translation>
    </message>
    <message>
        <source>What changed: {summary}</source>
        <translation>ပြောင်းလဲချက်: {summary}</translation>
    </message>
    <message>
        <source>✓ You have read to the end.</source>
        <translation>✓ အဆုံးအထိ ဖတ်ပြီးပါပြီ။</translation>
    </message>
    <message>
        <source>Please read the terms to the end (scroll down).</source>
        <translation>စည်းမျဉ်းများကို အဆုံးအထိ ဖတ်ပါ (အောက်သို့ ဆွဲချပါ)။</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Hello Work online counselling</source>
        <translation>Hello Work အွန်လိုင်း ဆွေးနွေးမှု</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>ဖွင့်ရန်(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Check my device</source>
        <translation>ကျွန်ုပ်၏ စက်ပစ္စည်းကို စစ်ဆေးရန်(&amp;C)</translation>
    </message>
    <message>
        <source>My &amp;bookings</source>
        <translation>ကျွန်ုပ်၏ ချိန်းဆိုမှုများ(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ပိတ်ရန်(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>UpdatePrompt</name>
    <message>
        <source>A new version of this app ({version}) is available.</source>
        <translation>ဤအက်ပ်၏ ဗားရှင်းအသစ် ({version}) ရနိုင်ပါပြီ။</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>ဒေါင်းလုဒ်လုပ်ရန်(&amp;D)</translation>
    </message>
    <message>
        <source>Please update the app</source>
        <translation>အက်ပ်ကို အပ်ဒိတ်လုပ်ပါ</translation>
    </message>
    <message>
        <source>This version of the app is too old to use the service. Please download and install the new version. Your bookings are kept.</source>
        <translation>ဤအက်ပ် ဗားရှင်းသည် ဝန်ဆောင်မှုကို သုံးရန် အလွန်ဟောင်းနေပါသည်။ ဗားရှင်းအသစ်ကို ဒေါင်းလုဒ်လုပ်ပြီး ထည့်သွင်းပါ။ သင့်ချိန်းဆိုမှုများ ဆက်ရှိနေပါမည်။</translation>
    </message>
    <message>
        <source>&amp;Download the new version</source>
        <translation>ဗားရှင်းအသစ်ကို ဒေါင်းလုဒ်လုပ်ရန်(&amp;D)</translation>
    </message>
</context>
<context>
    <name>VerifySentPage</name>
    <message>
        <source>Check your e-mail</source>
        <translation>သင့်အီးမေးလ်ကို စစ်ဆေးပါ</translation>
    </message>
    <message>
        <source>One more step: open the link in your e-mail</source>
        <translation>နောက်ထပ် အဆင့်တစ်ခု: အီးမေးလ်ထဲရှိ လင့်ခ်ကို ဖွင့်ပါ</translation>
    </message>
    <message>
        <source>We sent an e-mail to {email}.</source>
        <translation>{email} သို့ အီးမေးလ် ပို့ထားပါသည်။</translation>
    </message>
    <message>
        <source>Open the link in it to finish your registration.</source>
        <translation>စာရင်းသွင်းမှု ပြီးဆုံးရန် ၎င်းထဲရှိ လင့်ခ်ကို ဖွင့်ပါ။</translation>
    </message>
    <message>
        <source>We sent you an e-mail. Open the link in it to finish your registration.</source>
        <translation>သင့်ထံ အီးမေးလ် ပို့ထားပါသည်။ စာရင်းသွင်းမှု ပြီးဆုံးရန် ၎င်းထဲရှိ လင့်ခ်ကို ဖွင့်ပါ။</translation>
    </message>
    <message>
        <source>• The link works for 24 hours.
• No e-mail after a few minutes? Look in the spam or junk folder.
• After opening the link, come back here and sign in.</source>
        <translation>• လင့်ခ်သည် ၂၄ နာရီ အလုပ်လုပ်ပါသည်။
• မိနစ်အနည်းငယ် ကြာသည်အထိ အီးမေးလ် မရောက်ပါသလား? spam သို့မဟုတ် junk ဖိုင်တွဲတွင် ကြည့်ပါ။
• လင့်ခ်ကို ဖွင့်ပြီးနောက် ဤနေရာသို့ ပြန်လာပြီး အကောင့်ဝင်ပါ။</translation>
    </message>
    <message>
        <source>Send the e-mail &amp;again</source>
        <translation>အီးမေးလ်ကို ထပ်ပို့ရန်(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Register again</source>
        <translation>ထပ်မံ စာရင်းသွင်းရန်(&amp;R)</translation>
    </message>
    <message>
        <source>I opened the link: &amp;sign in</source>
        <translation>လင့်ခ်ကို ဖွင့်ပြီးပါပြီ: အကောင့်ဝင်ရန်(&amp;S)</translation>
    </message>
    <message>
        <source>We sent the e-mail again at {time}. Please look for the newest one.</source>
        <translation>{time} တွင် အီးမေးလ်ကို ထပ်ပို့ထားပါသည်။ အသစ်ဆုံး အီးမေးလ်ကို ရှာပါ။</translation>
    </message>
</context>
</TS>
