<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
<context>
    <name>AccessService</name>
    <message>
        <source>user %1 is not an operator</source>
        <translation>کاربر ⁨%1⁩ اپراتور نیست</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is disabled</source>
        <translation>«⁨%1⁩» غیرفعال است</translation>
    </message>
    <message>
        <source>the credential is not a KeyDesk session or API token</source>
        <translation>این اعتبارنامه نه نشست KeyDesk است و نه توکن API</translation>
    </message>
    <message>
        <source>the session has ended or was revoked</source>
        <translation>نشست پایان یافته یا لغو شده است</translation>
    </message>
    <message>
        <source>the session has expired</source>
        <translation>نشست منقضی شده است</translation>
    </message>
    <message>
        <source>the session was idle for more than %1 minutes</source>
        <translation>نشست بیش از ⁨%1⁩ دقیقه بی‌استفاده بود</translation>
    </message>
    <message>
        <source>the API token is unknown or was revoked</source>
        <translation>توکن API ناشناخته است یا لغو شده است</translation>
    </message>
    <message>
        <source>the API token &apos;%1&apos; has expired</source>
        <translation>توکن API «⁨%1⁩» منقضی شده است</translation>
    </message>
    <message>
        <source>no session %1</source>
        <translation>نشستی با شناسه ⁨%1⁩ وجود ندارد</translation>
    </message>
    <message>
        <source>a token&apos;s name is 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>نام توکن ۱ تا ۶۴ حرف، رقم، «.»، «_» یا «-» است و با حرف یا رقم شروع می‌شود</translation>
    </message>
    <message>
        <source>a token expires after 1 to %1 days</source>
        <translation>توکن پس از ۱ تا ⁨%1⁩ روز منقضی می‌شود</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an operator</source>
        <translation>«⁨%1⁩» اپراتور نیست</translation>
    </message>
    <message>
        <source>there is already a token named &apos;%1&apos;</source>
        <translation>توکنی با نام «⁨%1⁩» از قبل وجود دارد</translation>
    </message>
    <message>
        <source>no token named &apos;%1&apos;</source>
        <translation>توکنی با نام «⁨%1⁩» وجود ندارد</translation>
    </message>
</context>
<context>
    <name>ActivateNowDialog</name>
    <message>
        <source>Activate Now</source>
        <translation>فعال‌سازی همین حالا</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;On the smartphone, open the camera and scan this code.&lt;/li&gt;&lt;li&gt;Open the link and tap &lt;b&gt;Activate&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Confirm with the phone&apos;s screen lock.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;در گوشی هوشمند، دوربین را باز کنید و این کد را اسکن کنید.&lt;/li&gt;&lt;li&gt;پیوند را باز کنید و روی &lt;b&gt;فعال‌سازی&lt;/b&gt; بزنید.&lt;/li&gt;&lt;li&gt;با قفل صفحهٔ گوشی تأیید کنید.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>No camera? In the app under &quot;Work or School&quot;, enter the email and this code:</source>
        <translation>دوربین ندارید؟ در برنامه، زیر &quot;محل کار یا تحصیل&quot;، ایمیل و این کد را وارد کنید:</translation>
    </message>
    <message>
        <source>&amp;Regenerate</source>
        <translation>ایجاد دوباره (&amp;R)</translation>
    </message>
    <message>
        <source>Issue a new link and code; the current ones stop working.</source>
        <translation>یک پیوند و کد تازه صادر می‌شود؛ پیوند و کد فعلی دیگر کار نمی‌کنند.</translation>
    </message>
    <message>
        <source>&amp;Copy Link</source>
        <translation>رونوشت پیوند (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save QR…</source>
        <translation>ذخیرهٔ QR… (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>چاپ… (&amp;P)</translation>
    </message>
    <message>
        <source>Show to &amp;User</source>
        <translation>نمایش به کاربر (&amp;U)</translation>
    </message>
    <message>
        <source>Full screen on a second monitor facing the user; Esc closes it.</source>
        <translation>تمام‌صفحه روی نمایشگر دومی که رو به کاربر است؛ Esc آن را می‌بندد.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>The activation stays valid after closing.</source>
        <translation>فعال‌سازی پس از بستن هم معتبر می‌ماند.</translation>
    </message>
    <message>
        <source>Scan to activate your security key</source>
        <translation>برای فعال‌سازی کلید امنیتی خود اسکن کنید</translation>
    </message>
    <message>
        <source>Scan with your phone&apos;s camera</source>
        <translation>با دوربین گوشی خود اسکن کنید</translation>
    </message>
    <message>
        <source>or in the app under “Work or School”: %1 · %2</source>
        <translation>یا در برنامه، زیر «محل کار یا تحصیل»: ⁨%1⁩ · ⁨%2⁩</translation>
    </message>
    <message>
        <source>Expires in %1 h %2 min</source>
        <translation>⁨%1⁩ ساعت و ⁨%2⁩ دقیقه تا انقضا</translation>
    </message>
    <message>
        <source>Expires in %1:%2</source>
        <translation>⁨%1⁩:⁨%2⁩ تا انقضا</translation>
    </message>
    <message>
        <source>Start the server (Try Again, or keydesk-cli serve), or change its port in Server Settings, then Regenerate.</source>
        <translation>کارساز را آغاز کنید (تلاش دوباره، یا keydesk-cli serve)، یا درگاه آن را در تنظیمات کارساز تغییر دهید و سپس دوباره بسازید.</translation>
    </message>
    <message>
        <source>Server &amp;Settings…</source>
        <translation>تنظیمات کارساز… (&amp;S)</translation>
    </message>
    <message>
        <source>Address, port and certificate of this desk&apos;s enrollment server.</source>
        <translation>نشانی، درگاه و گواهی کارساز ثبت‌نام این میز کار.</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>تلاش دوباره (&amp;T)</translation>
    </message>
    <message>
        <source>Start this desk&apos;s server again and check that the link answers.</source>
        <translation>کارساز این میز کار را دوباره آغاز کن و بررسی کن که پیوند پاسخ می‌دهد.</translation>
    </message>
    <message>
        <source>Expires in %1 d %2 h</source>
        <translation>انقضا تا ⁨%1⁩ روز و ⁨%2⁩ ساعت دیگر</translation>
    </message>
</context>
<context>
    <name>ActivationEmail</name>
    <message>
        <source>Reminder: %1</source>
        <translation>یادآوری: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Your helpdesk</source>
        <translation>پشتیبانی فنی شما</translation>
    </message>
    <message>
        <source>no activation email template (%1)</source>
        <translation>قالبی برای ایمیل فعال‌سازی نیست (⁨%1⁩)</translation>
    </message>
    <message>
        <source>the queued email&apos;s data is damaged</source>
        <translation>داده‌های ایمیل در صف آسیب دیده است</translation>
    </message>
    <message>
        <source>the activation email template must start with a Subject: line</source>
        <translation>قالب ایمیل فعال‌سازی باید با یک خط «Subject:» آغاز شود</translation>
    </message>
    <message>
        <source>Activate your security key</source>
        <translation>کلید امنیتی خود را فعال کنید</translation>
    </message>
</context>
<context>
    <name>ActivationMethod</name>
    <message>
        <source>Activate now (QR code)</source>
        <translation>فعال‌سازی همین حالا (کد QR)</translation>
    </message>
    <message>
        <source>Activation email</source>
        <translation>ایمیل فعال‌سازی</translation>
    </message>
    <message>
        <source>Work or school (code)</source>
        <translation>محل کار یا تحصیل (کد)</translation>
    </message>
</context>
<context>
    <name>ActivationPage</name>
    <message>
        <source>This activation link has expired. Ask your helpdesk to send you a new one.</source>
        <translation>این پیوند فعال‌سازی منقضی شده است. از پشتیبانی فنی خود بخواهید پیوند تازه‌ای بفرستد.</translation>
    </message>
    <message>
        <source>This activation link was already used: your security key is active. Nothing more to do.</source>
        <translation>این پیوند فعال‌سازی قبلاً به کار رفته است: کلید امنیتی شما فعال است. کار دیگری لازم نیست.</translation>
    </message>
    <message>
        <source>This link was replaced by a newer one. Use the most recent link or code you received.</source>
        <translation>پیوند تازه‌تری جای این پیوند را گرفته است. از جدیدترین پیوند یا کدی که گرفته‌اید استفاده کنید.</translation>
    </message>
    <message>
        <source>Your helpdesk withdrew this security key. Ask them if you need a new one.</source>
        <translation>پشتیبانی فنی شما این کلید امنیتی را پس گرفته است. اگر کلید تازه‌ای لازم دارید از آن‌ها بپرسید.</translation>
    </message>
    <message>
        <source>This activation link is not valid. Check that you opened the whole link, or ask your helpdesk for a new one.</source>
        <translation>این پیوند فعال‌سازی معتبر نیست. بررسی کنید که کل پیوند را باز کرده باشید، یا از پشتیبانی فنی پیوند تازه‌ای بخواهید.</translation>
    </message>
    <message>
        <source>Follow the steps on your phone…</source>
        <translation>مراحل روی گوشی خود را دنبال کنید…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>در حال بررسی…</translation>
    </message>
    <message>
        <source>Found it. Tap “Activate” to create the passkey on this phone.</source>
        <translation>پیدا شد. برای ساختن گذرکلید روی این گوشی «فعال‌سازی» را بزنید.</translation>
    </message>
    <message>
        <source>Done: your security key is active (%1). You can close this page.</source>
        <translation>انجام شد: کلید امنیتی شما فعال است (⁨%1⁩). می‌توانید این صفحه را ببندید.</translation>
    </message>
    <message>
        <source>The passkey was not created. Tap “Activate” to try again.</source>
        <translation>گذرکلید ساخته نشد. برای تلاش دوباره «فعال‌سازی» را بزنید.</translation>
    </message>
    <message>
        <source>Activation failed.</source>
        <translation>فعال‌سازی ناموفق بود.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the connection and try again.</source>
        <translation>کارساز در دسترس نیست. اتصال را بررسی کنید و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>This browser cannot create passkeys. Open the link in your phone&apos;s default browser.</source>
        <translation>این مرورگر نمی‌تواند گذرکلید بسازد. پیوند را در مرورگر پیش‌فرض گوشی خود باز کنید.</translation>
    </message>
    <message>
        <source>Activate your security key</source>
        <translation>کلید امنیتی خود را فعال کنید</translation>
    </message>
    <message>
        <source>Enter your work or school email and the code from your helpdesk.</source>
        <translation>ایمیل محل کار یا تحصیل خود و کدی را که پشتیبانی فنی داده است وارد کنید.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Activation code</source>
        <translation>کد فعال‌سازی</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>ادامه</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>فعال‌سازی</translation>
    </message>
    <message>
        <source>Hello %1. Tap “Activate” and follow your phone&apos;s steps to turn it into your security key.</source>
        <translation>سلام ⁨%1⁩. «فعال‌سازی» را بزنید و مراحل گوشی را دنبال کنید تا گوشی‌تان کلید امنیتی شما شود.</translation>
    </message>
    <message>
        <source>Activate a security key with the code your helpdesk gave you.</source>
        <translation>یک کلید امنیتی را با کدی که پشتیبانی فنی به شما داده فعال کنید.</translation>
    </message>
</context>
<context>
    <name>ActivationSecrets</name>
    <message>
        <source>cannot read the code key &apos;%1&apos;: %2</source>
        <translation>کلید کد «⁨%1⁩» خواندنی نیست: ⁨%2⁩</translation>
    </message>
    <message>
        <source>the code key &apos;%1&apos; is damaged (expected 32 bytes)</source>
        <translation>کلید کد «⁨%1⁩» آسیب دیده است (۳۲ بایت انتظار می‌رفت)</translation>
    </message>
    <message>
        <source>cannot create the code key &apos;%1&apos;: %2</source>
        <translation>ساختن کلید کد «⁨%1⁩» ممکن نیست: ⁨%2⁩</translation>
    </message>
    <message>
        <source>cannot create the code key &apos;%1&apos;: no folder</source>
        <translation>کلید کد «⁨%1⁩» ساخته نشد: پوشه‌ای نیست</translation>
    </message>
</context>
<context>
    <name>AdminApi</name>
    <message>
        <source>The body is not a JSON object.</source>
        <translation>بدنه یک شیء JSON نیست.</translation>
    </message>
    <message>
        <source>Use %1 for this address.</source>
        <translation>برای این نشانی از ⁨%1⁩ استفاده کنید.</translation>
    </message>
    <message>
        <source>The admin API answers plain HTTP on this machine only; use HTTPS.</source>
        <translation>API مدیریت فقط روی همین رایانه با HTTP ساده پاسخ می‌دهد؛ از HTTPS استفاده کنید.</translation>
    </message>
    <message>
        <source>the request carries no bearer credential</source>
        <translation>درخواست هیچ اعتبارنامهٔ Bearer ندارد</translation>
    </message>
    <message>
        <source>No such address.</source>
        <translation>چنین نشانی‌ای نیست.</translation>
    </message>
    <message>
        <source>An API token is revoked, not signed out.</source>
        <translation>توکن API لغو می‌شود، نه خارج از سیستم.</translation>
    </message>
    <message>
        <source>limit is a number from 1 to %1, offset a number from 0</source>
        <translation>limit عددی از ۱ تا ⁨%1⁩ است و offset عددی از ۰ به بالا</translation>
    </message>
    <message>
        <source>Operators sign in on a team server (keydesk-cli serve).</source>
        <translation>اپراتورها در سرور تیمی وارد می‌شوند (keydesk-cli serve).</translation>
    </message>
    <message>
        <source>%1 must be an ISO 8601 date and time, not &quot;%2&quot;</source>
        <translation>⁨%1⁩ باید تاریخ و زمان به قالب ISO 8601 باشد، نه «⁨%2⁩»</translation>
    </message>
    <message>
        <source>%1 must be %2, not &quot;%3&quot;</source>
        <translation>⁨%1⁩ باید ⁨%2⁩ باشد، نه «⁨%3⁩»</translation>
    </message>
    <message>
        <source>enabled is true or false</source>
        <translation>enabled یا true است یا false</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a key id</source>
        <translation>«⁨%1⁩» شناسهٔ کلید نیست</translation>
    </message>
    <message>
        <source>activate must be now, email or manual, not &quot;%1&quot;</source>
        <translation>activate باید now، email یا manual باشد، نه «⁨%1⁩»</translation>
    </message>
    <message>
        <source>revoking a key needs a reason</source>
        <translation>برای ابطال کلید باید دلیلی نوشت</translation>
    </message>
    <message>
        <source>status: unknown status &quot;%1&quot;</source>
        <translation>status: وضعیت ناشناخته «⁨%1⁩»</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a verification id</source>
        <translation>«⁨%1⁩» شناسهٔ راستی‌آزمایی نیست</translation>
    </message>
    <message>
        <source>no verification %1</source>
        <translation>راستی‌آزمایی ⁨%1⁩ وجود ندارد</translation>
    </message>
    <message>
        <source>verification %1 has no result yet</source>
        <translation>راستی‌آزمایی ⁨%1⁩ هنوز نتیجه‌ای ندارد</translation>
    </message>
    <message>
        <source>cannot gather the receipt&apos;s facts for verification %1</source>
        <translation>اطلاعات رسید راستی‌آزمایی ⁨%1⁩ گردآوری نشد</translation>
    </message>
    <message>
        <source>workflow &apos;%1&apos; is disabled; enable it first</source>
        <translation>گردش کار «⁨%1⁩» غیرفعال است؛ نخست آن را فعال کنید</translation>
    </message>
    <message>
        <source>outcome: unknown outcome &quot;%1&quot;</source>
        <translation>outcome: نتیجهٔ ناشناخته «⁨%1⁩»</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a message id</source>
        <translation>«⁨%1⁩» شناسهٔ پیام نیست</translation>
    </message>
    <message>
        <source>port must be 1 to 65535</source>
        <translation>port باید از ۱ تا ۶۵۵۳۵ باشد</translation>
    </message>
    <message>
        <source>security must be none, starttls or tls</source>
        <translation>security باید none، starttls یا tls باشد</translation>
    </message>
    <message>
        <source>language must be one of %1, not &apos;%2&apos;</source>
        <translation>language باید یکی از ⁨%1⁩ باشد، نه «⁨%2⁩»</translation>
    </message>
    <message>
        <source>type must be smartphone, the one key type KeyDesk assigns</source>
        <translation>type باید smartphone باشد، تنها نوع کلیدی که KeyDesk اختصاص می‌دهد</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a run id</source>
        <translation>«⁨%1⁩» شناسهٔ اجرا نیست</translation>
    </message>
    <message>
        <source>Send the body as %1.</source>
        <translation>بدنه را به‌صورت ⁨%1⁩ بفرستید.</translation>
    </message>
    <message>
        <source>size is the file&apos;s length in bytes, a whole number</source>
        <translation>size طول پرونده به بایت است، یک عدد صحیح</translation>
    </message>
    <message>
        <source>sha256 is the file&apos;s SHA-256 as 64 hexadecimal digits</source>
        <translation>sha256 همان SHA-256 پرونده به‌صورت ۶۴ رقم شانزده‌شانزدهی است</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a part number</source>
        <translation>«⁨%1⁩» شمارهٔ بخش نیست</translation>
    </message>
    <message>
        <source>dry_run is true or false</source>
        <translation>dry_run برابر true یا false است</translation>
    </message>
    <message>
        <source>mail is not set up: no SMTP server or sender address (keydesk-cli mail configure)</source>
        <translation>ایمیل راه‌اندازی نشده است: سرور SMTP یا نشانی فرستنده تعیین نشده است (keydesk-cli mail configure)</translation>
    </message>
    <message>
        <source>after is the number of the last change the desk has, 0 or more</source>
        <translation>after شمارهٔ آخرین تغییری است که این میز کار دارد، ۰ یا بیشتر</translation>
    </message>
    <message>
        <source>epoch is the change log&apos;s epoch, from /sync/head</source>
        <translation>epoch دورهٔ گزارش تغییرات است، از ‎/sync/head</translation>
    </message>
    <message>
        <source>the change log no longer holds the changes after %1 of epoch %2; copy every table again</source>
        <translation>گزارش تغییرات دیگر تغییرات پس از ⁨%1⁩ از دورهٔ ⁨%2⁩ را ندارد؛ همهٔ جدول‌ها را دوباره رونوشت کنید</translation>
    </message>
    <message>
        <source>after is the key of the last row read, as a JSON array</source>
        <translation>after کلید آخرین سطر خوانده‌شده است، به شکل آرایهٔ JSON</translation>
    </message>
    <message>
        <source>This address is a WebSocket: send an upgrade request.</source>
        <translation>این نشانی یک WebSocket است: درخواست ارتقا (upgrade) بفرستید.</translation>
    </message>
    <message>
        <source>send either enabled or name, groups and settings</source>
        <translation>یا enabled را بفرستید یا name و groups و settings را</translation>
    </message>
    <message>
        <source>an edit sends name, groups and settings together</source>
        <translation>ویرایش، name و groups و settings را با هم می‌فرستد</translation>
    </message>
    <message>
        <source>trigger is manual or submit</source>
        <translation>trigger یا manual است یا submit</translation>
    </message>
    <message>
        <source>withdrawal must be suspend or revoke, not &quot;%1&quot;</source>
        <translation>withdrawal باید suspend یا revoke باشد، نه «⁨%1⁩»</translation>
    </message>
    <message>
        <source>replacement must be now, email or none, not &quot;%1&quot;</source>
        <translation>replacement باید now، email یا none باشد، نه «⁨%1⁩»</translation>
    </message>
    <message>
        <source>action must be suspend, resume, revoke, reissue or assign, not &quot;%1&quot;</source>
        <translation>action باید suspend، resume، revoke، reissue یا assign باشد، نه «⁨%1⁩»</translation>
    </message>
    <message>
        <source>ids must be a list of 1 to %1 ids</source>
        <translation>ids باید فهرستی از ۱ تا ⁨%1⁩ شناسه باشد</translation>
    </message>
    <message>
        <source>ids must be positive whole numbers</source>
        <translation>ids باید عددهای صحیح مثبت باشند</translation>
    </message>
    <message>
        <source>on_leave must be &quot;suspend&quot; or &quot;revoke&quot;</source>
        <translation>on_leave باید «suspend» یا «revoke» باشد</translation>
    </message>
    <message>
        <source>mode must be &quot;full&quot; or &quot;incremental&quot;</source>
        <translation>mode باید «full» یا «incremental» باشد</translation>
    </message>
    <message>
        <source>kind must be &quot;ldap&quot;</source>
        <translation>kind باید «ldap» باشد</translation>
    </message>
</context>
<context>
    <name>AdminClient</name>
    <message>
        <source>its certificate is not trusted (SHA-256 %1)</source>
        <translation>گواهی آن مورد اعتماد نیست (SHA-256 ⁨%1⁩)</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>پاسخی در ⁨%1⁩ ثانیه نیامد</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>به ⁨%1⁩ دسترسی نیست: ⁨%2⁩</translation>
    </message>
</context>
<context>
    <name>AndroidKeyAttestation</name>
    <message>
        <source>android-key attStmt needs an integer alg and a byte string sig</source>
        <translation>attStmt از نوع android-key به یک alg عدد صحیح و یک sig رشتهٔ بایتی نیاز دارد</translation>
    </message>
    <message>
        <source>attestation certificate key does not fit alg: %1</source>
        <translation>کلید گواهی‌نامهٔ گواهی‌دهنده با alg جور نیست: ⁨%1⁩</translation>
    </message>
    <message>
        <source>the certificate lacks the Android key description extension</source>
        <translation>گواهی‌نامه افزونهٔ توصیف کلید اندروید را ندارد</translation>
    </message>
    <message>
        <source>the Android key description extension is malformed</source>
        <translation>افزونهٔ توصیف کلید اندروید بدشکل است</translation>
    </message>
    <message>
        <source>the key description&apos;s challenge is not the client data hash</source>
        <translation>چالش توصیف کلید، هش دادهٔ کلاینت نیست</translation>
    </message>
    <message>
        <source>the key is bound to all applications (allApplications is set)</source>
        <translation>کلید به همهٔ برنامه‌ها بسته شده است (allApplications تنظیم شده است)</translation>
    </message>
    <message>
        <source>the key was not generated in the keystore (origin is not KM_ORIGIN_GENERATED)</source>
        <translation>کلید در انبار کلید ساخته نشده است (origin برابر KM_ORIGIN_GENERATED نیست)</translation>
    </message>
    <message>
        <source>the key&apos;s purposes do not include KM_PURPOSE_SIGN</source>
        <translation>کاربردهای کلید شامل KM_PURPOSE_SIGN نیست</translation>
    </message>
    <message>
        <source>android-key attestation by %1</source>
        <translation>گواهی android-key توسط ⁨%1⁩</translation>
    </message>
    <message>
        <source>the attestation certificate</source>
        <translation>گواهی‌نامهٔ گواهی‌دهنده</translation>
    </message>
</context>
<context>
    <name>AppleAttestation</name>
    <message>
        <source>the certificate lacks Apple&apos;s nonce extension</source>
        <translation>گواهی‌نامه افزونهٔ nonce اپل را ندارد</translation>
    </message>
    <message>
        <source>Apple&apos;s nonce extension is malformed</source>
        <translation>افزونهٔ nonce اپل بدشکل است</translation>
    </message>
    <message>
        <source>the certificate&apos;s nonce is not SHA-256(authData ‖ clientDataHash)</source>
        <translation>nonce گواهی‌نامه برابر SHA-256(authData ‖ clientDataHash) نیست</translation>
    </message>
    <message>
        <source>apple anonymous attestation by %1</source>
        <translation>گواهی ناشناس اپل توسط ⁨%1⁩</translation>
    </message>
</context>
<context>
    <name>AttestationFormat</name>
    <message>
        <source>attStmt has a key that is not a text string</source>
        <translation>attStmt کلیدی دارد که رشتهٔ متنی نیست</translation>
    </message>
    <message>
        <source>attStmt has an unexpected field &quot;%1&quot;</source>
        <translation>attStmt فیلد غیرمنتظرهٔ «⁨%1⁩» دارد</translation>
    </message>
    <message>
        <source>the attestation certificate&apos;s public key is not the credential public key</source>
        <translation>کلید عمومی گواهی‌نامهٔ گواهی‌دهنده کلید عمومی اعتبارنامه نیست</translation>
    </message>
    <message>
        <source>signed by %1</source>
        <translation>امضاشده توسط ⁨%1⁩</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit Log</source>
        <translation>گزارش رویدادها</translation>
    </message>
    <message>
        <source>Operator:</source>
        <translation>کاربر اجرایی:</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>کنش:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>از:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>تا:</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>رویدادهای گزارش</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;جستجو:</translation>
    </message>
    <message>
        <source>Text in the operator, action, target or details</source>
        <translation>متنی در اپراتور، کنش، هدف یا جزئیات</translation>
    </message>
    <message>
        <source>Search the audit log</source>
        <translation>جستجو در گزارش ممیزی</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;کاربر:</translation>
    </message>
    <message>
        <source>Email, UPN or id; Enter</source>
        <translation>ایمیل، UPN یا شناسه؛ Enter</translation>
    </message>
    <message>
        <source>Only events about this user</source>
        <translation>فقط رویدادهای مربوط به این کاربر</translation>
    </message>
    <message>
        <source>The selected event, every field</source>
        <translation>رویداد انتخاب‌شده، همهٔ فیلدها</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>برون‌بری…</translation>
    </message>
    <message>
        <source>Write the events shown (every page, with these filters) to a CSV or JSON file</source>
        <translation>رویدادهای نمایش‌داده‌شده (همهٔ صفحه‌ها، با همین پالایه‌ها) را در یک پروندهٔ CSV یا JSON بنویس</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>the export would hold %1 events, more than %2; choose a shorter time</source>
        <translation>خروجی ⁨%1⁩ رویداد می‌داشت، بیش از ⁨%2⁩؛ بازهٔ زمانی کوتاه‌تری برگزینید</translation>
    </message>
</context>
<context>
    <name>AuthenticationVerifier</name>
    <message>
        <source>id %1 is not rawId</source>
        <translation>id ⁨%1⁩ برابر rawId نیست</translation>
    </message>
    <message>
        <source>credential %1 is not the one allowed</source>
        <translation>اعتبارنامهٔ ⁨%1⁩ همان اعتبارنامهٔ مجاز نیست</translation>
    </message>
    <message numerus="yes">
        <source>the allowed credential (%n bytes)</source>
        <translation>
            <numerusform>اعتبارنامهٔ مجاز (%n بایت)</numerusform>
        </translation>
    </message>
    <message>
        <source>user handle matches the credential&apos;s owner</source>
        <translation>شناسهٔ کاربر با مالک اعتبارنامه جور است</translation>
    </message>
    <message>
        <source>user handle is not the credential owner&apos;s</source>
        <translation>شناسهٔ کاربر از آنِ مالک اعتبارنامه نیست</translation>
    </message>
    <message>
        <source>clientDataJSON is well-formed</source>
        <translation>clientDataJSON خوش‌ساخت است</translation>
    </message>
    <message>
        <source>assertion authenticator data must not carry attested credential data</source>
        <translation>دادهٔ احرازگرِ یک تأیید نباید دادهٔ اعتبارنامهٔ گواهی‌شده داشته باشد</translation>
    </message>
    <message>
        <source>stored %1 public key</source>
        <translation>کلید عمومی ⁨%1⁩ ذخیره‌شده</translation>
    </message>
    <message>
        <source>stored public key is unusable: %1</source>
        <translation>کلید عمومی ذخیره‌شده قابل استفاده نیست: ⁨%1⁩</translation>
    </message>
    <message>
        <source>%1 signature over authenticatorData ‖ SHA-256(clientDataJSON)</source>
        <translation>امضای ⁨%1⁩ روی authenticatorData ‖ SHA-256(clientDataJSON)</translation>
    </message>
    <message>
        <source>authenticator keeps no counter (0)</source>
        <translation>احرازگر شمارنده نگه نمی‌دارد (0)</translation>
    </message>
    <message>
        <source>sign count %1 follows %2</source>
        <translation>شمارندهٔ امضای ⁨%1⁩ پس از ⁨%2⁩ می‌آید</translation>
    </message>
    <message>
        <source>possible cloned authenticator: sign count %1 is not above the stored %2</source>
        <translation>احرازگر احتمالاً کپی‌شده: شمارندهٔ امضای ⁨%1⁩ از مقدار ذخیره‌شدهٔ ⁨%2⁩ بیشتر نیست</translation>
    </message>
    <message>
        <source>AuthenticationResponseJSON is well-formed</source>
        <translation>AuthenticationResponseJSON خوش‌ساخت است</translation>
    </message>
</context>
<context>
    <name>AuthenticatorChecks</name>
    <message>
        <source>RP ID hash is SHA-256(&quot;%1&quot;)</source>
        <translation>هش شناسهٔ RP برابر SHA-256(&quot;⁨%1⁩&quot;) است</translation>
    </message>
    <message>
        <source>RP ID hash is not SHA-256(&quot;%1&quot;)</source>
        <translation>هش شناسهٔ RP برابر SHA-256(&quot;⁨%1⁩&quot;) نیست</translation>
    </message>
    <message>
        <source>user presence (UP) is not set; flags %1</source>
        <translation>حضور کاربر (UP) تنظیم نشده است؛ پرچم‌ها ⁨%1⁩</translation>
    </message>
    <message>
        <source>user was present (UP)</source>
        <translation>کاربر حاضر بود (UP)</translation>
    </message>
    <message>
        <source>user presence not required</source>
        <translation>حضور کاربر لازم نیست</translation>
    </message>
    <message>
        <source>user verification is required but UV is not set; flags %1</source>
        <translation>تأیید کاربر لازم است اما UV تنظیم نشده است؛ پرچم‌ها ⁨%1⁩</translation>
    </message>
    <message>
        <source>user was verified (UV)</source>
        <translation>کاربر تأیید شد (UV)</translation>
    </message>
    <message>
        <source>user verification not required, UV not set</source>
        <translation>تأیید کاربر لازم نیست، UV تنظیم نشده است</translation>
    </message>
    <message>
        <source>backed up (BS) without being backup eligible (BE)</source>
        <translation>پشتیبان‌گیری‌شده (BS) بدون آنکه قابل پشتیبان‌گیری (BE) باشد</translation>
    </message>
    <message>
        <source>backup eligibility changed from %1 to %2 since registration</source>
        <translation>قابلیت پشتیبان‌گیری از زمان ثبت از ⁨%1⁩ به ⁨%2⁩ تغییر کرده است</translation>
    </message>
    <message>
        <source>backup eligible, backed up</source>
        <translation>قابل پشتیبان‌گیری، پشتیبان‌گیری‌شده</translation>
    </message>
    <message>
        <source>backup eligible, not backed up</source>
        <translation>قابل پشتیبان‌گیری، پشتیبان‌گیری‌نشده</translation>
    </message>
    <message>
        <source>single-device credential (not backup eligible)</source>
        <translation>اعتبارنامهٔ تک‌دستگاهی (قابل پشتیبان‌گیری نیست)</translation>
    </message>
    <message>
        <source>no authenticator extensions</source>
        <translation>بدون افزونهٔ احرازگر</translation>
    </message>
    <message>
        <source>authenticator extensions are not a CBOR map</source>
        <translation>افزونه‌های احرازگر یک نگاشت CBOR نیستند</translation>
    </message>
    <message>
        <source>an authenticator extension identifier is not text</source>
        <translation>شناسهٔ یکی از افزونه‌های احرازگر متن نیست</translation>
    </message>
    <message>
        <source>authenticator extensions: %1</source>
        <translation>افزونه‌های احرازگر: ⁨%1⁩</translation>
    </message>
</context>
<context>
    <name>AuthenticatorData</name>
    <message>
        <source>authenticator data is %1 bytes; at most %2 are accepted</source>
        <translation>دادهٔ احرازگر ⁨%1⁩ بایت است؛ حداکثر ⁨%2⁩ پذیرفته می‌شود</translation>
    </message>
    <message>
        <source>authenticator data is %1 bytes; at least 37 are required</source>
        <translation>دادهٔ احرازگر ⁨%1⁩ بایت است؛ دست‌کم ۳۷ بایت لازم است</translation>
    </message>
    <message>
        <source>attested credential data is cut short at byte %1</source>
        <translation>دادهٔ اعتبارنامهٔ گواهی‌شده در بایت ⁨%1⁩ بریده شده است</translation>
    </message>
    <message>
        <source>credential id length %1 exceeds the %2 bytes left</source>
        <translation>طول شناسهٔ اعتبارنامه (⁨%1⁩) از ⁨%2⁩ بایت باقی‌مانده بیشتر است</translation>
    </message>
    <message>
        <source>credential public key: %1</source>
        <translation>کلید عمومی اعتبارنامه: ⁨%1⁩</translation>
    </message>
    <message>
        <source>the ED flag is set but there are no extensions</source>
        <translation>پرچم ED تنظیم شده اما افزونه‌ای نیست</translation>
    </message>
    <message>
        <source>%1 trailing bytes after the authenticator data</source>
        <translation>⁨%1⁩ بایت اضافه پس از دادهٔ احرازگر</translation>
    </message>
    <message numerus="yes">
        <source>%n bytes, flags %1, sign count %2</source>
        <translation>
            <numerusform>%n بایت، پرچم‌ها ⁨%1⁩، شمارندهٔ امضا ⁨%2⁩</numerusform>
        </translation>
    </message>
    <message>
        <source>extensions: %1</source>
        <translation>افزونه‌ها: ⁨%1⁩</translation>
    </message>
</context>
<context>
    <name>AuthenticatorNames</name>
    <message>
        <source>Not activated yet</source>
        <translation>هنوز فعال نشده</translation>
    </message>
    <message>
        <source>Unnamed authenticator (zero AAGUID)</source>
        <translation>احرازگر بی‌نام (AAGUID صفر)</translation>
    </message>
    <message>
        <source>Unknown authenticator (%1)</source>
        <translation>احرازگر ناشناخته (⁨%1⁩)</translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>«⁨%1⁩» خواندنی نیست: ⁨%2⁩</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is larger than 4 MiB</source>
        <translation>«⁨%1⁩» بزرگ‌تر از ۴ مبی‌بایت است</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not JSON: %2 at offset %3</source>
        <translation>«⁨%1⁩» JSON نیست: ⁨%2⁩ در موقعیت ⁨%3⁩</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: &quot;%2&quot; is not an AAGUID (8-4-4-4-12 hex)</source>
        <translation>«⁨%1⁩»: «⁨%2⁩» یک AAGUID نیست (۸-۴-۴-۴-۱۲ هگز)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the name for %2 must be a non-empty string of at most 200 characters</source>
        <translation>«⁨%1⁩»: نام ⁨%2⁩ باید رشته‌ای ناتهی با حداکثر ۲۰۰ نویسه باشد</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a JSON object of &quot;&lt;aaguid&gt;&quot;: &quot;&lt;name&gt;&quot;</source>
        <translation>«⁨%1⁩» باید یک شیء JSON به شکل &quot;&lt;aaguid&gt;&quot;: &quot;&lt;name&gt;&quot; باشد</translation>
    </message>
</context>
<context>
    <name>BulkKeyChange</name>
    <message>
        <source>There is no user %1.</source>
        <translation>کاربر ⁨%1⁩ وجود ندارد.</translation>
    </message>
    <message>
        <source>%1 has an active smartphone key already.</source>
        <translation>⁨%1⁩ از پیش یک کلید گوشی فعال دارد.</translation>
    </message>
    <message>
        <source>issuing activation links needs the enrollment server&apos;s settings</source>
        <translation>صدور پیوندهای فعال‌سازی به تنظیمات کارساز ثبت‌نام نیاز دارد</translation>
    </message>
</context>
<context>
    <name>CacheRepository</name>
    <message>
        <source>the server sent a value of %1.%2 that is not of its type</source>
        <translation>کارساز مقداری برای ⁨%1⁩.⁨%2⁩ فرستاد که از نوع آن نیست</translation>
    </message>
    <message>
        <source>the server sent %1 with the columns %2; this desk keeps %3</source>
        <translation>کارساز ⁨%1⁩ را با ستون‌های ⁨%2⁩ فرستاد؛ این میز کار ⁨%3⁩ را نگه می‌دارد</translation>
    </message>
    <message>
        <source>the server sent a deleted key of %1 that is not one</source>
        <translation>کارساز کلید حذف‌شده‌ای از ⁨%1⁩ فرستاد که کلید نیست</translation>
    </message>
</context>
<context>
    <name>CacheSync</name>
    <message>
        <source>the server cannot be reached: %1</source>
        <translation>کارساز در دسترس نیست: ⁨%1⁩</translation>
    </message>
    <message>
        <source>the server refused (%1): %2</source>
        <translation>کارساز نپذیرفت (⁨%1⁩): ⁨%2⁩</translation>
    </message>
    <message>
        <source>the server sent a table this desk does not keep: %1</source>
        <translation>کارساز جدولی فرستاد که این میز کار نگه نمی‌دارد: ⁨%1⁩</translation>
    </message>
    <message>
        <source>the server answered changes after %1 with changes after %2</source>
        <translation>کارساز به تغییرات پس از ⁨%1⁩ با تغییرات پس از ⁨%2⁩ پاسخ داد</translation>
    </message>
    <message>
        <source>the server answered a page of %1 with something else</source>
        <translation>کارساز به صفحه‌ای از ⁨%1⁩ با چیز دیگری پاسخ داد</translation>
    </message>
    <message>
        <source>the server dropped changes from its log while the copy was made; sync again to copy anew</source>
        <translation>کارساز هنگام رونوشت‌برداری تغییراتی را از گزارش خود حذف کرد؛ برای رونوشت تازه دوباره همگام کنید</translation>
    </message>
    <message>
        <source>cannot move the copy &apos;%1&apos; into place</source>
        <translation>رونوشت «⁨%1⁩» را نمی‌توان سر جایش گذاشت</translation>
    </message>
    <message>
        <source>the server sent a setting without a key or value</source>
        <translation>کارساز تنظیمی بدون کلید یا مقدار فرستاد</translation>
    </message>
    <message>
        <source>the server sent a setting this desk does not keep: %1</source>
        <translation>کارساز تنظیمی فرستاد که این میز کار نگه نمی‌دارد: ⁨%1⁩</translation>
    </message>
</context>
<context>
    <name>Certificates</name>
    <message>
        <source>x5c must be an array of certificates</source>
        <translation>x5c باید آرایه‌ای از گواهی‌نامه‌ها باشد</translation>
    </message>
    <message>
        <source>x5c must hold 1 to %1 certificates, it holds %2</source>
        <translation>x5c باید ۱ تا ⁨%1⁩ گواهی‌نامه داشته باشد، ⁨%2⁩ دارد</translation>
    </message>
    <message>
        <source>x5c[%1] is not a byte string</source>
        <translation>x5c[⁨%1⁩] رشتهٔ بایتی نیست</translation>
    </message>
    <message>
        <source>x5c[%1] is %2 bytes; at most %3 are accepted</source>
        <translation>x5c[⁨%1⁩] ⁨%2⁩ بایت است؛ حداکثر ⁨%3⁩ پذیرفته می‌شود</translation>
    </message>
    <message>
        <source>x5c[%1] is not a DER X.509 certificate</source>
        <translation>x5c[⁨%1⁩] گواهی‌نامهٔ X.509 با کدگذاری DER نیست</translation>
    </message>
    <message>
        <source>trust anchor %1 holds no PEM certificate</source>
        <translation>لنگر اعتماد ⁨%1⁩ هیچ گواهی‌نامهٔ PEM ندارد</translation>
    </message>
    <message>
        <source>trust anchor %1 is neither PEM nor DER</source>
        <translation>لنگر اعتماد ⁨%1⁩ نه PEM است نه DER</translation>
    </message>
    <message>
        <source>the AAGUID certificate extension must not be critical</source>
        <translation>افزونهٔ AAGUID گواهی‌نامه نباید بحرانی باشد</translation>
    </message>
    <message>
        <source>the AAGUID certificate extension is malformed</source>
        <translation>افزونهٔ AAGUID گواهی‌نامه بدشکل است</translation>
    </message>
    <message>
        <source>the certificate&apos;s AAGUID %1 differs from the authenticator data&apos;s %2</source>
        <translation>AAGUID گواهی‌نامه (⁨%1⁩) با AAGUID دادهٔ احرازگر (⁨%2⁩) فرق دارد</translation>
    </message>
    <message>
        <source>no trust anchors are configured</source>
        <translation>هیچ لنگر اعتمادی پیکربندی نشده است</translation>
    </message>
    <message>
        <source>certificate verification could not start</source>
        <translation>بررسی گواهی‌نامه آغاز نشد</translation>
    </message>
    <message>
        <source>chain does not verify: %1</source>
        <translation>زنجیره تأیید نمی‌شود: ⁨%1⁩</translation>
    </message>
    <message>
        <source>chain of %1 ends at trusted root %2</source>
        <translation>زنجیرهٔ ⁨%1⁩ به ریشهٔ مورد اعتماد ⁨%2⁩ می‌رسد</translation>
    </message>
    <message>
        <source>(empty subject)</source>
        <translation>(موضوع خالی)</translation>
    </message>
</context>
<context>
    <name>ChangeFeed</name>
    <message>
        <source>no table &apos;%1&apos; is sent to desks</source>
        <translation>جدولی به نام «⁨%1⁩» به میزهای کار فرستاده نمی‌شود</translation>
    </message>
    <message>
        <source>after is the key of the last row read, as a JSON array (%1)</source>
        <translation>after کلید آخرین سطر خوانده‌شده است، به شکل آرایهٔ JSON (⁨%1⁩)</translation>
    </message>
</context>
<context>
    <name>CheckTitles</name>
    <message>
        <source>Response format</source>
        <translation>قالب پاسخ</translation>
    </message>
    <message>
        <source>Credential match</source>
        <translation>تطابق اعتبارنامه</translation>
    </message>
    <message>
        <source>Client data</source>
        <translation>داده‌های کلاینت</translation>
    </message>
    <message>
        <source>Ceremony type</source>
        <translation>نوع فرایند</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>چالش</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>مبدأ (Origin)</translation>
    </message>
    <message>
        <source>Cross-origin</source>
        <translation>میان‌مبدأ (Cross-origin)</translation>
    </message>
    <message>
        <source>Attestation object</source>
        <translation>شیء گواهی</translation>
    </message>
    <message>
        <source>Authenticator data</source>
        <translation>داده‌های احرازگر</translation>
    </message>
    <message>
        <source>RP ID hash</source>
        <translation>هش شناسهٔ RP</translation>
    </message>
    <message>
        <source>User present (UP)</source>
        <translation>حضور کاربر (UP)</translation>
    </message>
    <message>
        <source>User verified (UV)</source>
        <translation>تأیید هویت کاربر (UV)</translation>
    </message>
    <message>
        <source>Backup eligibility and state (BE/BS)</source>
        <translation>قابلیت و وضعیت پشتیبان‌گیری (BE/BS)</translation>
    </message>
    <message>
        <source>Credential public key</source>
        <translation>کلید عمومی اعتبارنامه</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>الگوریتم</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>افزونه‌ها</translation>
    </message>
    <message>
        <source>Attestation format</source>
        <translation>قالب گواهی</translation>
    </message>
    <message>
        <source>Attestation statement</source>
        <translation>بیانیهٔ گواهی</translation>
    </message>
    <message>
        <source>Attestation signature</source>
        <translation>امضای گواهی</translation>
    </message>
    <message>
        <source>Attestation trust</source>
        <translation>اعتماد به گواهی</translation>
    </message>
    <message>
        <source>User handle</source>
        <translation>شناسهٔ کاربر (User handle)</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>امضا</translation>
    </message>
    <message>
        <source>Signature counter</source>
        <translation>شمارندهٔ امضا</translation>
    </message>
</context>
<context>
    <name>ClientData</name>
    <message>
        <source>clientDataJSON is %1 bytes; at most %2 are accepted</source>
        <translation>clientDataJSON ⁨%1⁩ بایت است؛ حداکثر ⁨%2⁩ پذیرفته می‌شود</translation>
    </message>
    <message>
        <source>clientDataJSON is not strict JSON: %1</source>
        <translation>clientDataJSON یک JSON سخت‌گیرانه نیست: ⁨%1⁩</translation>
    </message>
    <message>
        <source>clientDataJSON is not a JSON object</source>
        <translation>clientDataJSON یک شیء JSON نیست</translation>
    </message>
    <message>
        <source>clientDataJSON.%1 must be a string</source>
        <translation>clientDataJSON.⁨%1⁩ باید رشته باشد</translation>
    </message>
    <message>
        <source>clientDataJSON.crossOrigin must be a boolean</source>
        <translation>clientDataJSON.crossOrigin باید مقدار بولی باشد</translation>
    </message>
    <message>
        <source>clientDataJSON.topOrigin must be a string</source>
        <translation>clientDataJSON.topOrigin باید رشته باشد</translation>
    </message>
    <message>
        <source>type is %1</source>
        <translation>نوع ⁨%1⁩ است</translation>
    </message>
    <message>
        <source>type is &quot;%1&quot;, expected &quot;%2&quot;</source>
        <translation>نوع «⁨%1⁩» است، «⁨%2⁩» انتظار می‌رفت</translation>
    </message>
    <message numerus="yes">
        <source>challenge matches the one issued (%n bytes)</source>
        <translation>
            <numerusform>چالش با چالش صادرشده جور است (%n بایت)</numerusform>
        </translation>
    </message>
    <message>
        <source>challenge %1 is not the one issued</source>
        <translation>چالش ⁨%1⁩ همان چالش صادرشده نیست</translation>
    </message>
    <message>
        <source>challenge is not base64url</source>
        <translation>چالش base64url نیست</translation>
    </message>
    <message>
        <source>origin %1 is allowed</source>
        <translation>مبدأ ⁨%1⁩ مجاز است</translation>
    </message>
    <message>
        <source>origin %1 is not allowed</source>
        <translation>مبدأ ⁨%1⁩ مجاز نیست</translation>
    </message>
    <message>
        <source>topOrigin %1 is given but crossOrigin is not true</source>
        <translation>topOrigin ⁨%1⁩ داده شده اما crossOrigin برابر true نیست</translation>
    </message>
    <message>
        <source>same-origin ceremony</source>
        <translation>مراسم هم‌مبدأ</translation>
    </message>
    <message>
        <source>crossOrigin is true and cross-origin ceremonies are not allowed</source>
        <translation>crossOrigin برابر true است و مراسم میان‌مبدأ مجاز نیست</translation>
    </message>
    <message>
        <source>cross-origin ceremony allowed</source>
        <translation>مراسم میان‌مبدأ مجاز است</translation>
    </message>
    <message>
        <source>top origin %1 is not allowed</source>
        <translation>مبدأ بالایی ⁨%1⁩ مجاز نیست</translation>
    </message>
    <message>
        <source>cross-origin ceremony in top origin %1 allowed</source>
        <translation>مراسم میان‌مبدأ در مبدأ بالایی ⁨%1⁩ مجاز است</translation>
    </message>
</context>
<context>
    <name>CoseKey</name>
    <message>
        <source>EC2 coordinates must be %1 bytes each, got %2 and %3</source>
        <translation>مختصات EC2 باید هر کدام ⁨%1⁩ بایت باشند، ⁨%2⁩ و ⁨%3⁩ رسید</translation>
    </message>
    <message>
        <source>EC point is not on curve %1</source>
        <translation>نقطهٔ EC روی خم ⁨%1⁩ نیست</translation>
    </message>
    <message>
        <source>out of memory building the RSA key</source>
        <translation>حافظه هنگام ساختن کلید RSA تمام شد</translation>
    </message>
    <message>
        <source>RSA key has %1 bits; at least %2 are required</source>
        <translation>کلید RSA ⁨%1⁩ بیت دارد؛ دست‌کم ⁨%2⁩ لازم است</translation>
    </message>
    <message>
        <source>RSA key has %1 bits; at most %2 are accepted</source>
        <translation>کلید RSA ⁨%1⁩ بیت دارد؛ حداکثر ⁨%2⁩ پذیرفته می‌شود</translation>
    </message>
    <message>
        <source>RSA exponent must be odd, greater than 1 and at most 64 bits</source>
        <translation>توان RSA باید فرد، بزرگ‌تر از ۱ و حداکثر ۶۴ بیت باشد</translation>
    </message>
    <message>
        <source>RSA key is invalid</source>
        <translation>کلید RSA نامعتبر است</translation>
    </message>
    <message>
        <source>COSE key parameter %1 (%2) must be a byte string</source>
        <translation>پارامتر ⁨%1⁩ (⁨%2⁩) کلید COSE باید رشتهٔ بایتی باشد</translation>
    </message>
    <message>
        <source>COSE key lacks parameter %1 (%2)</source>
        <translation>کلید COSE پارامتر ⁨%1⁩ (⁨%2⁩) را ندارد</translation>
    </message>
    <message>
        <source>COSE key lacks an integer kty (1)</source>
        <translation>کلید COSE یک kty عدد صحیح (1) ندارد</translation>
    </message>
    <message>
        <source>COSE key lacks an integer alg (3)</source>
        <translation>کلید COSE یک alg عدد صحیح (3) ندارد</translation>
    </message>
    <message>
        <source>algorithm %1 is not supported</source>
        <translation>الگوریتم ⁨%1⁩ پشتیبانی نمی‌شود</translation>
    </message>
    <message>
        <source>algorithm %1 needs kty %2, the key has kty %3</source>
        <translation>الگوریتم ⁨%1⁩ به kty ⁨%2⁩ نیاز دارد، کلید kty ⁨%3⁩ دارد</translation>
    </message>
    <message>
        <source>COSE key lacks an integer crv (-1)</source>
        <translation>کلید COSE یک crv عدد صحیح (-1) ندارد</translation>
    </message>
    <message>
        <source>algorithm EdDSA is accepted on Ed25519 (crv 6) only, the key is on %1</source>
        <translation>الگوریتم EdDSA فقط روی Ed25519 (crv 6) پذیرفته می‌شود، کلید روی ⁨%1⁩ است</translation>
    </message>
    <message>
        <source>Ed25519 public key must be 32 bytes, got %1</source>
        <translation>کلید عمومی Ed25519 باید ۳۲ بایت باشد، ⁨%1⁩ رسید</translation>
    </message>
    <message>
        <source>Ed25519 public key is invalid</source>
        <translation>کلید عمومی Ed25519 نامعتبر است</translation>
    </message>
    <message>
        <source>algorithm %1 requires curve %2, the key is on %3</source>
        <translation>الگوریتم ⁨%1⁩ خم ⁨%2⁩ را لازم دارد، کلید روی ⁨%3⁩ است</translation>
    </message>
</context>
<context>
    <name>CredentialWallet</name>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>«⁨%1⁩» خواندنی نیست: ⁨%2⁩</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a credential file: %2</source>
        <translation>«⁨%1⁩» پروندهٔ اعتبارنامه نیست: ⁨%2⁩</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a version 1 credential file</source>
        <translation>«⁨%1⁩» پروندهٔ اعتبارنامهٔ نسخهٔ ۱ نیست</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>«⁨%1⁩» نوشتنی نیست: ⁨%2⁩</translation>
    </message>
    <message>
        <source>&apos;%1&apos;, credential %2: %3</source>
        <translation>⁨%1⁩، اعتبارنامهٔ ⁨%2⁩: ⁨%3⁩</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>the file is UTF-32 encoded; save it as UTF-8</source>
        <translation>پرونده با UTF-32 کدگذاری شده است؛ آن را با UTF-8 ذخیره کنید</translation>
    </message>
    <message>
        <source>the file is UTF-16 encoded; save it as UTF-8</source>
        <translation>پرونده با UTF-16 کدگذاری شده است؛ آن را با UTF-8 ذخیره کنید</translation>
    </message>
    <message>
        <source>line %1: contains a NUL byte; the file is not UTF-8 text (UTF-16 without a BOM?)</source>
        <translation>خط ⁨%1⁩: یک بایت NUL دارد؛ پرونده متن UTF-8 نیست (شاید UTF-16 بدون BOM؟)</translation>
    </message>
    <message>
        <source>line %1: not valid UTF-8; save the file as UTF-8 (it may be Windows-1252 or Latin-1)</source>
        <translation>خط ⁨%1⁩: UTF-8 معتبر نیست؛ پرونده را با UTF-8 ذخیره کنید (شاید Windows-1252 یا Latin-1 باشد)</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>پرونده بزرگ‌تر از ⁨%1⁩ مبی‌بایت است</translation>
    </message>
    <message>
        <source>line %1: a quote inside an unquoted field; quote the whole field and double the quote (&quot;&quot;)</source>
        <translation>خط ⁨%1⁩: یک نشانهٔ نقل‌قول درون فیلدی بی‌نقل‌قول؛ کل فیلد را در نقل‌قول بگذارید و نشانه را دوتایی کنید (&quot;&quot;)</translation>
    </message>
    <message>
        <source>line %1: text after the closing quote of a field</source>
        <translation>خط ⁨%1⁩: متن پس از نقل‌قول بستهٔ یک فیلد</translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed before the end of the file</source>
        <translation>خط ⁨%1⁩: یک فیلد نقل‌قول‌دار تا پایان پرونده بسته نشده است</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>&apos;%1&apos; is not a file</source>
        <translation>«⁨%1⁩» پرونده نیست</translation>
    </message>
    <message>
        <source>database &apos;%1&apos; does not exist</source>
        <translation>پایگاه دادهٔ «⁨%1⁩» وجود ندارد</translation>
    </message>
    <message>
        <source>cannot create folder &apos;%1&apos;</source>
        <translation>ساختن پوشهٔ «⁨%1⁩» ممکن نیست</translation>
    </message>
    <message>
        <source>the Qt SQLite driver (QSQLITE) is not available</source>
        <translation>درایور SQLite کیوت (QSQLITE) در دسترس نیست</translation>
    </message>
    <message>
        <source>cannot open &apos;%1&apos;: %2</source>
        <translation>باز کردن «⁨%1⁩» ممکن نیست: ⁨%2⁩</translation>
    </message>
    <message>
        <source>cannot register the search function on &apos;%1&apos;</source>
        <translation>ثبت تابع جست‌وجو روی «⁨%1⁩» ممکن نیست</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a KeyDesk database: %2</source>
        <translation>«⁨%1⁩» پایگاه دادهٔ KeyDesk نیست: ⁨%2⁩</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an SQLite database of another application; KeyDesk did not change it</source>
        <translation>«⁨%1⁩» پایگاه دادهٔ SQLite برنامهٔ دیگری است؛ KeyDesk آن را تغییر نداد</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was written by a newer KeyDesk (schema version %2; this version supports up to %3). Upgrade KeyDesk to open it; the file was not changed.</source>
        <translation>«⁨%1⁩» را نسخهٔ جدیدتری از KeyDesk نوشته است (نسخهٔ طرح‌واره ⁨%2⁩؛ این نسخه تا ⁨%3⁩ را پشتیبانی می‌کند). برای باز کردنش KeyDesk را به‌روز کنید؛ پرونده تغییر نکرد.</translation>
    </message>
    <message>
        <source>cannot copy &apos;%1&apos; to &apos;%2&apos; before migrating: %3; the database was not changed</source>
        <translation>کپی «⁨%1⁩» به «⁨%2⁩» پیش از مهاجرت ممکن نیست: ⁨%3⁩؛ پایگاه داده تغییر نکرد</translation>
    </message>
    <message>
        <source>migration %1 failed: %2; the database was left unchanged</source>
        <translation>مهاجرت ⁨%1⁩ ناموفق بود: ⁨%2⁩؛ پایگاه داده بدون تغییر ماند</translation>
    </message>
    <message>
        <source>cannot switch &apos;%1&apos; to WAL journaling: %2</source>
        <translation>تغییر «⁨%1⁩» به ژورنال WAL ممکن نیست: ⁨%2⁩</translation>
    </message>
    <message>
        <source>SQLite refused to enforce foreign keys</source>
        <translation>SQLite از اعمال کلیدهای خارجی سر باز زد</translation>
    </message>
    <message>
        <source>the SQLite handle is not available</source>
        <translation>دستگیرهٔ SQLite در دسترس نیست</translation>
    </message>
    <message>
        <source>writing the audit event</source>
        <translation>نوشتن رویداد ممیزی</translation>
    </message>
    <message>
        <source>counting audit events</source>
        <translation>شمردن رویدادهای ممیزی</translation>
    </message>
    <message>
        <source>reading audit events</source>
        <translation>خواندن رویدادهای ممیزی</translation>
    </message>
    <message>
        <source>listing audit values</source>
        <translation>فهرست کردن مقدارهای ممیزی</translation>
    </message>
    <message>
        <source>listing groups</source>
        <translation>فهرست کردن گروه‌ها</translation>
    </message>
    <message>
        <source>reading a group</source>
        <translation>خواندن یک گروه</translation>
    </message>
    <message>
        <source>adding the group</source>
        <translation>افزودن گروه</translation>
    </message>
    <message>
        <source>renaming the group</source>
        <translation>تغییر نام گروه</translation>
    </message>
    <message>
        <source>deleting the group</source>
        <translation>حذف گروه</translation>
    </message>
    <message>
        <source>reading a user</source>
        <translation>خواندن یک کاربر</translation>
    </message>
    <message>
        <source>adding the member</source>
        <translation>افزودن عضو</translation>
    </message>
    <message>
        <source>removing the member</source>
        <translation>برداشتن عضو</translation>
    </message>
    <message>
        <source>queueing the email</source>
        <translation>گذاشتن ایمیل در صف</translation>
    </message>
    <message>
        <source>queueing emails</source>
        <translation>گذاشتن ایمیل‌ها در صف</translation>
    </message>
    <message>
        <source>finding the next email</source>
        <translation>یافتن ایمیل بعدی</translation>
    </message>
    <message>
        <source>claiming the email</source>
        <translation>برداشتن ایمیل برای ارسال</translation>
    </message>
    <message>
        <source>marking the email sent</source>
        <translation>علامت‌گذاری ایمیل به‌عنوان ارسال‌شده</translation>
    </message>
    <message>
        <source>rescheduling the email</source>
        <translation>زمان‌بندی دوبارهٔ ایمیل</translation>
    </message>
    <message>
        <source>marking the email failed</source>
        <translation>علامت‌گذاری ایمیل به‌عنوان ناموفق</translation>
    </message>
    <message>
        <source>changing the outbox message</source>
        <translation>تغییر پیام صندوق خروجی</translation>
    </message>
    <message>
        <source>cancelling a queued email</source>
        <translation>لغو یک ایمیل در صف</translation>
    </message>
    <message>
        <source>reading the outbox message</source>
        <translation>خواندن پیام صندوق خروجی</translation>
    </message>
    <message>
        <source>listing the outbox</source>
        <translation>فهرست کردن صندوق خروجی</translation>
    </message>
    <message>
        <source>counting the outbox</source>
        <translation>شمردن صندوق خروجی</translation>
    </message>
    <message>
        <source>checking for a pending key</source>
        <translation>بررسی وجود کلید در انتظار</translation>
    </message>
    <message>
        <source>adding the security key</source>
        <translation>افزودن کلید امنیتی</translation>
    </message>
    <message>
        <source>adding security keys</source>
        <translation>افزودن کلیدهای امنیتی</translation>
    </message>
    <message>
        <source>adding activations</source>
        <translation>افزودن فعال‌سازی‌ها</translation>
    </message>
    <message>
        <source>marking the activation</source>
        <translation>علامت‌گذاری فعال‌سازی</translation>
    </message>
    <message>
        <source>superseding the old activation</source>
        <translation>جایگزینی فعال‌سازی قدیمی</translation>
    </message>
    <message>
        <source>adding the activation</source>
        <translation>افزودن فعال‌سازی</translation>
    </message>
    <message>
        <source>reading the security key</source>
        <translation>خواندن کلید امنیتی</translation>
    </message>
    <message>
        <source>changing the key&apos;s status</source>
        <translation>تغییر وضعیت کلید</translation>
    </message>
    <message>
        <source>deleting the key</source>
        <translation>حذف کلید</translation>
    </message>
    <message>
        <source>reading security keys</source>
        <translation>خواندن کلیدهای امنیتی</translation>
    </message>
    <message>
        <source>looking up the activation</source>
        <translation>جست‌وجوی فعال‌سازی</translation>
    </message>
    <message>
        <source>looking up the activation code</source>
        <translation>جست‌وجوی کد فعال‌سازی</translation>
    </message>
    <message>
        <source>issuing the code&apos;s token</source>
        <translation>صدور توکن کد</translation>
    </message>
    <message>
        <source>reading the user handle</source>
        <translation>خواندن شناسهٔ کاربر</translation>
    </message>
    <message>
        <source>storing the user handle</source>
        <translation>ذخیرهٔ شناسهٔ کاربر</translation>
    </message>
    <message>
        <source>storing the challenge</source>
        <translation>ذخیرهٔ چالش</translation>
    </message>
    <message>
        <source>reading the user&apos;s credentials</source>
        <translation>خواندن اعتبارنامه‌های کاربر</translation>
    </message>
    <message>
        <source>checking the credential id</source>
        <translation>بررسی شناسهٔ اعتبارنامه</translation>
    </message>
    <message>
        <source>consuming the activation</source>
        <translation>مصرف فعال‌سازی</translation>
    </message>
    <message>
        <source>activating the key</source>
        <translation>فعال کردن کلید</translation>
    </message>
    <message>
        <source>expiring activations</source>
        <translation>منقضی کردن فعال‌سازی‌ها</translation>
    </message>
    <message>
        <source>reading a setting</source>
        <translation>خواندن یک تنظیم</translation>
    </message>
    <message>
        <source>recording a runtime value</source>
        <translation>ثبت یک مقدار زمان اجرا</translation>
    </message>
    <message>
        <source>writing a setting</source>
        <translation>نوشتن یک تنظیم</translation>
    </message>
    <message>
        <source>counting users</source>
        <translation>شمردن کاربران</translation>
    </message>
    <message>
        <source>reading a user&apos;s groups</source>
        <translation>خواندن گروه‌های یک کاربر</translation>
    </message>
    <message>
        <source>updating the user</source>
        <translation>به‌روزرسانی کاربر</translation>
    </message>
    <message>
        <source>changing the user&apos;s state</source>
        <translation>تغییر وضعیت کاربر</translation>
    </message>
    <message>
        <source>adding users</source>
        <translation>افزودن کاربران</translation>
    </message>
    <message>
        <source>adding memberships</source>
        <translation>افزودن عضویت‌ها</translation>
    </message>
    <message>
        <source>reading users</source>
        <translation>خواندن کاربران</translation>
    </message>
    <message>
        <source>reading the key&apos;s status</source>
        <translation>خواندن وضعیت کلید</translation>
    </message>
    <message>
        <source>starting the verification</source>
        <translation>آغاز تأیید</translation>
    </message>
    <message>
        <source>reading verifications</source>
        <translation>خواندن تأییدها</translation>
    </message>
    <message>
        <source>reading recent verifications</source>
        <translation>خواندن تأییدهای اخیر</translation>
    </message>
    <message>
        <source>recording the verification</source>
        <translation>ثبت تأیید</translation>
    </message>
    <message>
        <source>stamping the key verified</source>
        <translation>علامت‌گذاری کلید به‌عنوان تأییدشده</translation>
    </message>
    <message>
        <source>reading the Windows sign-in</source>
        <translation>خواندن ورود به ویندوز</translation>
    </message>
    <message>
        <source>recording the Windows sign-in</source>
        <translation>ثبت ورود به ویندوز</translation>
    </message>
    <message>
        <source>clearing the Windows sign-in</source>
        <translation>پاک کردن ورود به ویندوز</translation>
    </message>
    <message>
        <source>checking a group</source>
        <translation>بررسی یک گروه</translation>
    </message>
    <message>
        <source>clearing the workflow&apos;s groups</source>
        <translation>پاک کردن گروه‌های گردش کار</translation>
    </message>
    <message>
        <source>adding a group to the workflow</source>
        <translation>افزودن یک گروه به گردش کار</translation>
    </message>
    <message>
        <source>adding the workflow</source>
        <translation>افزودن گردش کار</translation>
    </message>
    <message>
        <source>changing the workflow</source>
        <translation>تغییر گردش کار</translation>
    </message>
    <message>
        <source>enabling the workflow</source>
        <translation>فعال کردن گردش کار</translation>
    </message>
    <message>
        <source>deleting the workflow</source>
        <translation>حذف گردش کار</translation>
    </message>
    <message>
        <source>reading workflows</source>
        <translation>خواندن گردش‌های کار</translation>
    </message>
    <message>
        <source>counting the users in scope</source>
        <translation>شمردن کاربران در دامنهٔ کار</translation>
    </message>
    <message>
        <source>reading the workflow&apos;s runs</source>
        <translation>خواندن اجراهای گردش کار</translation>
    </message>
    <message>
        <source>reading the run</source>
        <translation>خواندن اجرا</translation>
    </message>
    <message>
        <source>reading the run&apos;s outcomes</source>
        <translation>خواندن نتیجه‌های اجرا</translation>
    </message>
    <message>
        <source>closing interrupted runs</source>
        <translation>بستن اجراهای قطع‌شده</translation>
    </message>
    <message>
        <source>starting the run</source>
        <translation>آغاز اجرا</translation>
    </message>
    <message>
        <source>counting the run&apos;s progress</source>
        <translation>شمردن پیشرفت اجرا</translation>
    </message>
    <message>
        <source>finishing the run</source>
        <translation>پایان دادن به اجرا</translation>
    </message>
    <message>
        <source>recording the run&apos;s outcomes</source>
        <translation>ثبت نتیجه‌های اجرا</translation>
    </message>
    <message>
        <source>reading the users in scope</source>
        <translation>خواندن کاربران در دامنهٔ کار</translation>
    </message>
    <message>
        <source>recording the skipped users</source>
        <translation>ثبت کاربران ردشده</translation>
    </message>
    <message>
        <source>reading the users due a key</source>
        <translation>خواندن کاربرانی که نوبت کلیدشان است</translation>
    </message>
    <message>
        <source>reading the workflow&apos;s pending keys</source>
        <translation>خواندن کلیدهای در انتظار گردش کار</translation>
    </message>
    <message>
        <source>reading wrong codes</source>
        <translation>خواندن کدهای نادرست</translation>
    </message>
    <message>
        <source>recording a wrong code</source>
        <translation>ثبت یک کد نادرست</translation>
    </message>
    <message>
        <source>forgetting old wrong codes</source>
        <translation>فراموش کردن کدهای نادرست قدیمی</translation>
    </message>
    <message>
        <source>counting the workflow&apos;s users</source>
        <translation>شمارش کاربران گردش کار</translation>
    </message>
    <message>
        <source>releasing a deleted key&apos;s emails</source>
        <translation>آزادسازی ایمیل‌های یک کلید حذف‌شده</translation>
    </message>
    <message>
        <source>finding the key&apos;s activations</source>
        <translation>یافتن فعال‌سازی‌های کلید</translation>
    </message>
    <message>
        <source>finding the workflow&apos;s pending keys</source>
        <translation>یافتن کلیدهای در انتظار گردش کار</translation>
    </message>
    <message>
        <source>the PostgreSQL connection handle is not available</source>
        <translation>دستگیره‌ی اتصال PostgreSQL در دسترس نیست</translation>
    </message>
    <message>
        <source>the Qt PostgreSQL driver (QPSQL) is not available; install libqt6sql6-psql</source>
        <translation>راه‌انداز PostgreSQL کیوت (QPSQL) در دسترس نیست؛ libqt6sql6-psql را نصب کنید</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds tables of another application; KeyDesk did not change it</source>
        <translation>«⁨%1⁩» جدول‌های برنامه‌ی دیگری را دارد؛ KeyDesk آن را تغییر نداد</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was written by a newer KeyDesk (schema version %2; this version supports up to %3). Upgrade KeyDesk to open it; the database was not changed.</source>
        <translation>«⁨%1⁩» را KeyDesk جدیدتری نوشته است (نسخه‌ی طرح ⁨%2⁩؛ این نسخه تا ⁨%3⁩ را پشتیبانی می‌کند). برای باز کردن آن KeyDesk را به‌روز کنید؛ پایگاه داده تغییری نکرد.</translation>
    </message>
    <message>
        <source>copying rows</source>
        <translation>رونوشت‌برداری از سطرها</translation>
    </message>
    <message>
        <source>&apos;%1&apos; stores text as %2; KeyDesk needs a database created with ENCODING &apos;UTF8&apos;. It was not changed.</source>
        <translation>«⁨%1⁩» متن را به صورت ⁨%2⁩ نگه می‌دارد؛ KeyDesk پایگاه داده‌ای می‌خواهد که با ENCODING &apos;UTF8&apos; ساخته شده باشد. تغییری در آن داده نشد.</translation>
    </message>
    <message>
        <source>reading operators</source>
        <translation>خواندن اپراتورها</translation>
    </message>
    <message>
        <source>adding an operator</source>
        <translation>افزودن اپراتور</translation>
    </message>
    <message>
        <source>changing an operator&apos;s role</source>
        <translation>تغییر نقش اپراتور</translation>
    </message>
    <message>
        <source>removing an operator</source>
        <translation>برداشتن اپراتور</translation>
    </message>
    <message>
        <source>reading sessions</source>
        <translation>خواندن نشست‌ها</translation>
    </message>
    <message>
        <source>opening a session</source>
        <translation>باز کردن نشست</translation>
    </message>
    <message>
        <source>recording a session&apos;s use</source>
        <translation>ثبت استفاده از نشست</translation>
    </message>
    <message>
        <source>ending a session</source>
        <translation>پایان دادن به نشست</translation>
    </message>
    <message>
        <source>deleting ended sessions</source>
        <translation>حذف نشست‌های پایان‌یافته</translation>
    </message>
    <message>
        <source>reading API tokens</source>
        <translation>خواندن توکن‌های API</translation>
    </message>
    <message>
        <source>creating an API token</source>
        <translation>ساختن توکن API</translation>
    </message>
    <message>
        <source>revoking an API token</source>
        <translation>لغو توکن API</translation>
    </message>
    <message>
        <source>starting a sign-in</source>
        <translation>آغاز ورود</translation>
    </message>
    <message>
        <source>reading a sign-in</source>
        <translation>خواندن ورود</translation>
    </message>
    <message>
        <source>counting sign-ins</source>
        <translation>شمردن ورودها</translation>
    </message>
    <message>
        <source>recording a sign-in</source>
        <translation>ثبت ورود</translation>
    </message>
    <message>
        <source>deleting old sign-ins</source>
        <translation>حذف ورودهای قدیمی</translation>
    </message>
    <message>
        <source>recording the key&apos;s use</source>
        <translation>ثبت استفاده از کلید</translation>
    </message>
    <message>
        <source>keeping an import file</source>
        <translation>نگه‌داشتن پروندهٔ درون‌ریزی</translation>
    </message>
    <message>
        <source>reading an import file</source>
        <translation>خواندن پروندهٔ درون‌ریزی</translation>
    </message>
    <message>
        <source>reading import files</source>
        <translation>خواندن پرونده‌های درون‌ریزی</translation>
    </message>
    <message>
        <source>keeping a part of an import file</source>
        <translation>نگه‌داشتن بخشی از پروندهٔ درون‌ریزی</translation>
    </message>
    <message>
        <source>discarding an import file</source>
        <translation>دور انداختن پروندهٔ درون‌ریزی</translation>
    </message>
    <message>
        <source>discarding old import files</source>
        <translation>دور انداختن پرونده‌های درون‌ریزی قدیمی</translation>
    </message>
    <message>
        <source>reading the cache&apos;s state</source>
        <translation>خواندن وضعیت حافظهٔ نهان</translation>
    </message>
    <message>
        <source>keeping the cache&apos;s state</source>
        <translation>نگه‌داشتن وضعیت حافظهٔ نهان</translation>
    </message>
    <message>
        <source>storing rows from the server</source>
        <translation>نگه‌داشتن سطرهای رسیده از کارساز</translation>
    </message>
    <message>
        <source>deleting rows the server deleted</source>
        <translation>حذف سطرهایی که کارساز حذف کرده است</translation>
    </message>
    <message>
        <source>reading the change log</source>
        <translation>خواندن گزارش تغییرات</translation>
    </message>
    <message>
        <source>reading rows for a desk</source>
        <translation>خواندن سطرها برای یک میز کار</translation>
    </message>
    <message>
        <source>counting rows for a desk</source>
        <translation>شمردن سطرها برای یک میز کار</translation>
    </message>
    <message>
        <source>noting how far the change log has come</source>
        <translation>یادداشت اینکه گزارش تغییرات تا کجا رسیده است</translation>
    </message>
    <message>
        <source>pruning the change log</source>
        <translation>کوتاه‌کردن گزارش تغییرات</translation>
    </message>
    <message>
        <source>counting the enrollment</source>
        <translation>هنگام شمارش ثبت‌نام‌ها</translation>
    </message>
    <message>
        <source>counting security keys</source>
        <translation>هنگام شمارش کلیدهای امنیتی</translation>
    </message>
    <message>
        <source>setting the group&apos;s key policy</source>
        <translation>تنظیم خط‌مشی کلید گروه</translation>
    </message>
    <message>
        <source>adding the directory source</source>
        <translation>هنگام افزودن منبع فهرست راهنما</translation>
    </message>
    <message>
        <source>reading directory sources</source>
        <translation>هنگام خواندن منابع فهرست راهنما</translation>
    </message>
    <message>
        <source>keeping where the directory sync got to</source>
        <translation>هنگام نگه‌داشتن جایی که همگام‌سازی فهرست راهنما به آن رسید</translation>
    </message>
    <message>
        <source>recording the directory sync run</source>
        <translation>هنگام ثبت اجرای همگام‌سازی فهرست راهنما</translation>
    </message>
    <message>
        <source>reading directory sync runs</source>
        <translation>هنگام خواندن اجراهای همگام‌سازی فهرست راهنما</translation>
    </message>
    <message>
        <source>reading the source&apos;s users</source>
        <translation>هنگام خواندن کاربران منبع</translation>
    </message>
    <message>
        <source>reading the source&apos;s groups</source>
        <translation>هنگام خواندن گروه‌های منبع</translation>
    </message>
    <message>
        <source>giving the user to the directory source</source>
        <translation>هنگام سپردن کاربر به منبع فهرست راهنما</translation>
    </message>
    <message>
        <source>giving the group to the directory source</source>
        <translation>هنگام سپردن گروه به منبع فهرست راهنما</translation>
    </message>
    <message>
        <source>keeping the SCIM token</source>
        <translation>نگه‌داشتن توکن SCIM</translation>
    </message>
    <message>
        <source>marking the user removed from the directory source</source>
        <translation>علامت‌گذاری کاربر به‌عنوان حذف‌شده از منبع فهرست راهنما</translation>
    </message>
    <message>
        <source>marking the group removed from the directory source</source>
        <translation>علامت‌گذاری گروه به‌عنوان حذف‌شده از منبع فهرست راهنما</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>reading %1: %2</source>
        <translation>خواندن ⁨%1⁩: ⁨%2⁩</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already holds data (%2); a copy goes only into an empty database, and nothing was copied</source>
        <translation>«⁨%1⁩» از پیش داده دارد (⁨%2⁩)؛ رونوشت فقط به پایگاه داده‌ی خالی می‌رود و چیزی رونوشت نشد</translation>
    </message>
    <message>
        <source>a copy goes from an SQLite file to a PostgreSQL database</source>
        <translation>رونوشت از یک پرونده‌ی SQLite به یک پایگاه داده‌ی PostgreSQL می‌رود</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is at schema version %2 and &apos;%3&apos; at %4; open both with this KeyDesk first</source>
        <translation>«⁨%1⁩» در نسخه‌ی طرح ⁨%2⁩ است و «⁨%3⁩» در ⁨%4⁩؛ نخست هر دو را با همین KeyDesk باز کنید</translation>
    </message>
    <message>
        <source>the copy of %1 does not match (%2 rows, checksum %3; the source has %4 rows, checksum %5); nothing was copied</source>
        <translation>رونوشت ⁨%1⁩ یکسان نیست (⁨%2⁩ سطر، چکیده‌ی ⁨%3⁩؛ مبدأ ⁨%4⁩ سطر دارد، چکیده‌ی ⁨%5⁩)؛ چیزی رونوشت نشد</translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>no database path given</source>
        <translation>مسیری برای پایگاه داده داده نشده است</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a file path nor a postgresql:// URL</source>
        <translation>«⁨%1⁩» نه مسیر پرونده است و نه نشانی postgresql://</translation>
    </message>
    <message>
        <source>the database URL is not valid: %1</source>
        <translation>نشانی پایگاه داده معتبر نیست: ⁨%1⁩</translation>
    </message>
    <message>
        <source>the database URL holds a password; give it in PGPASSWORD or ~/.pgpass instead, so that it does not show in process lists and logs</source>
        <translation>نشانی پایگاه داده گذرواژه دارد؛ آن را در PGPASSWORD یا ‎~/.pgpass بدهید تا در فهرست فرایندها و گزارش‌ها دیده نشود</translation>
    </message>
    <message>
        <source>the database URL names no database (postgresql://user@host:port/DATABASE)</source>
        <translation>نشانی پایگاه داده نام پایگاه داده را ندارد (postgresql://user@host:port/DATABASE)</translation>
    </message>
    <message>
        <source>the database URL has an unknown setting &apos;%1&apos; (known: %2)</source>
        <translation>نشانی پایگاه داده تنظیم ناشناخته «⁨%1⁩» دارد (شناخته‌شده‌ها: ⁨%2⁩)</translation>
    </message>
    <message>
        <source>the database URL&apos;s setting &apos;%1&apos; has no usable value</source>
        <translation>تنظیم «⁨%1⁩» در نشانی پایگاه داده مقدار قابل‌استفاده‌ای ندارد</translation>
    </message>
    <message>
        <source>sslmode &apos;%1&apos; is not one of %2</source>
        <translation>sslmode «⁨%1⁩» یکی از ⁨%2⁩ نیست</translation>
    </message>
    <message>
        <source>the database URL names its host twice</source>
        <translation>نشانی پایگاه داده میزبان را دو بار نام برده است</translation>
    </message>
</context>
<context>
    <name>DatabaseTransfer</name>
    <message>
        <source>cannot read the code key &apos;%1&apos;: %2</source>
        <translation>کلید کد «⁨%1⁩» خواندنی نیست: ⁨%2⁩</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds another code key than &apos;%2&apos;; move it away (or point KEYDESK_CODE_KEY_FILE elsewhere) so that the copy can bring the desk&apos;s key; nothing was copied</source>
        <translation>«⁨%1⁩» کلید کد دیگری جز «⁨%2⁩» دارد؛ آن را جابه‌جا کنید (یا KEYDESK_CODE_KEY_FILE را به جای دیگری بدهید) تا رونوشت بتواند کلید این میز را بیاورد؛ چیزی رونوشت نشد</translation>
    </message>
    <message>
        <source>the rows were copied, but the code key could not be written to &apos;%1&apos; (%2); copy &apos;%3&apos; there before starting a server</source>
        <translation>سطرها رونوشت شدند، اما کلید کد در «⁨%1⁩» نوشته نشد (⁨%2⁩)؛ پیش از راه‌اندازی کارساز، «⁨%3⁩» را به آنجا رونوشت کنید</translation>
    </message>
    <message>
        <source>a copy goes from an SQLite file to a PostgreSQL database</source>
        <translation>رونوشت از یک پرونده‌ی SQLite به یک پایگاه داده‌ی PostgreSQL می‌رود</translation>
    </message>
</context>
<context>
    <name>DemoDataGenerator</name>
    <message>
        <source>the number of demo users must be between 1 and %1</source>
        <translation>تعداد کاربران نمایشی باید بین ۱ و ⁨%1⁩ باشد</translation>
    </message>
    <message>
        <source>the database already has %1 users; demo data goes into an empty database</source>
        <translation>پایگاه داده از قبل ⁨%1⁩ کاربر دارد؛ دادهٔ نمایشی به پایگاه دادهٔ خالی می‌رود</translation>
    </message>
</context>
<context>
    <name>DemoSession</name>
    <message>
        <source>Cannot create the folder for the demo database %1.</source>
        <translation>ساختن پوشهٔ پایگاه دادهٔ نمایشی ⁨%1⁩ ممکن نیست.</translation>
    </message>
</context>
<context>
    <name>DeploymentSettings</name>
    <message>
        <source>Where phones reach the enrollment server, e.g. https://keys.example.com</source>
        <translation>جایی که گوشی‌ها به کارساز ثبت‌نام می‌رسند، مثلاً https://keys.example.com</translation>
    </message>
    <message>
        <source>the address the server listens on (http://localhost:&lt;port&gt;)</source>
        <translation>نشانی‌ای که کارساز روی آن گوش می‌دهد (http://localhost:&lt;port&gt;)</translation>
    </message>
    <message>
        <source>Relying party ID (a domain)</source>
        <translation>شناسهٔ طرف متکی (یک دامنه)</translation>
    </message>
    <message>
        <source>the base URL&apos;s host</source>
        <translation>میزبان نشانی پایه</translation>
    </message>
    <message>
        <source>Name the phone shows for the passkey</source>
        <translation>نامی که گوشی برای گذرکلید نشان می‌دهد</translation>
    </message>
    <message>
        <source>Further allowed origins, space-separated (app origins too)</source>
        <translation>مبدأهای مجاز دیگر، جداشده با فاصله (مبدأهای برنامه هم)</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no value set</comment>
        <translation>هیچ</translation>
    </message>
    <message>
        <source>Lifetime of an Activate Now link, minutes (1-1440)</source>
        <translation>مدت اعتبار پیوند «اکنون فعال کن»، دقیقه (۱ تا ۱۴۴۰)</translation>
    </message>
    <message>
        <source>Lifetime of an emailed link, days (1-90)</source>
        <translation>مدت اعتبار پیوند ایمیل‌شده، روز (۱ تا ۹۰)</translation>
    </message>
    <message>
        <source>New keys: user verification required or preferred</source>
        <translation>کلیدهای جدید: تأیید کاربر required (الزامی) یا preferred (ترجیحی)</translation>
    </message>
    <message>
        <source>New keys: attestation policy none, record or require</source>
        <translation>کلیدهای جدید: سیاست گواهی none، record یا require</translation>
    </message>
    <message>
        <source>Attestation trust anchors: PEM root certificates</source>
        <translation>لنگرهای اعتماد گواهی: گواهی‌های ریشهٔ PEM</translation>
    </message>
    <message>
        <source>Minutes between workflow runs while the console or serve runs (1-1440)</source>
        <translation>دقیقه‌های میان اجراهای گردش کار تا وقتی کنسول یا serve در حال اجراست (۱ تا ۱۴۴۰)</translation>
    </message>
    <message>
        <source>setting %1: &quot;%2&quot; must be a whole number from 1 to 1440</source>
        <translation>تنظیم ⁨%1⁩: «⁨%2⁩» باید عدد صحیحی از ۱ تا ۱۴۴۰ باشد</translation>
    </message>
    <message>
        <source>setting %1: &quot;%2&quot; must be required or preferred</source>
        <translation>تنظیم ⁨%1⁩: «⁨%2⁩» باید required یا preferred باشد</translation>
    </message>
    <message>
        <source>setting %1: &quot;%2&quot; must be none, record or require</source>
        <translation>تنظیم ⁨%1⁩: «⁨%2⁩» باید none، record یا require باشد</translation>
    </message>
    <message>
        <source>SMTP settings are changed with &apos;keydesk-cli mail configure&apos;</source>
        <translation>تنظیمات SMTP با «keydesk-cli mail configure» تغییر می‌کنند</translation>
    </message>
    <message>
        <source>unknown setting &apos;%1&apos; (settings: %2)</source>
        <translation>تنظیم ناشناختهٔ «⁨%1⁩» (تنظیم‌ها: ⁨%2⁩)</translation>
    </message>
    <message>
        <source>Key algorithms offered to phones, space-separated, preferred first (RS384, RS512 and PS384 only when listed)</source>
        <translation>الگوریتم‌های کلیدی که به گوشی‌ها پیشنهاد می‌شوند، با فاصله جدا و به ترتیب ترجیح (RS384، RS512 و PS384 فقط وقتی فهرست شوند)</translation>
    </message>
    <message>
        <source>Days without use or verification after which the Overview lists an active key as stale (1-3650)</source>
        <translation>روزهای بدون استفاده یا راستی‌آزمایی که پس از آن نمای کلی یک کلید فعال را بلااستفاده فهرست می‌کند (۱ تا ۳۶۵۰)</translation>
    </message>
    <message>
        <source>setting %1: &quot;%2&quot; must be a whole number from 1 to 3650</source>
        <translation>تنظیم ⁨%1⁩: «⁨%2⁩» باید عددی صحیح از ۱ تا ۳۶۵۰ باشد</translation>
    </message>
    <message>
        <source>Key policy: device-bound keys only, refusing synced passkeys (true or false)</source>
        <translation>خط‌مشی کلید: فقط کلیدهای وابسته به دستگاه، با رد گذرکلیدهای همگام‌شده (true یا false)</translation>
    </message>
    <message>
        <source>Key policy: any authenticator, or only those policy.aaguids allows, or all but those it blocks (any, allow or block)</source>
        <translation>خط‌مشی کلید: هر احرازگر، یا فقط آن‌هایی که policy.aaguids مجاز می‌کند، یا همه جز آن‌هایی که مسدود می‌کند (any، allow یا block)</translation>
    </message>
    <message>
        <source>Key policy: the AAGUIDs policy.authenticators allows or blocks, space-separated</source>
        <translation>خط‌مشی کلید: AAGUIDهایی که policy.authenticators مجاز یا مسدود می‌کند، جداشده با فاصله</translation>
    </message>
    <message>
        <source>setting %1: &quot;%2&quot; must be true or false</source>
        <translation>تنظیم ⁨%1⁩: «⁨%2⁩» باید true یا false باشد</translation>
    </message>
    <message>
        <source>setting %1: &quot;%2&quot; is not an AAGUID (8-4-4-4-12 hexadecimal digits)</source>
        <translation>تنظیم ⁨%1⁩: «⁨%2⁩» یک AAGUID نیست (۸-۴-۴-۴-۱۲ رقم شانزده‌شانزدهی)</translation>
    </message>
    <message>
        <source>setting %1: &quot;%2&quot; must be any, allow or block</source>
        <translation>تنظیم ⁨%1⁩: «⁨%2⁩» باید any، allow یا block باشد</translation>
    </message>
    <message>
        <source>setting %1: an allow-list needs at least one AAGUID in %2</source>
        <translation>تنظیم ⁨%1⁩: فهرست مجاز دست‌کم به یک AAGUID در ⁨%2⁩ نیاز دارد</translation>
    </message>
    <message>
        <source>Key policy: only keys whose attestation chains to the attestation trust anchors (true or false)</source>
        <translation>خط‌مشی کلید: فقط کلیدهایی که زنجیرهٔ گواهی‌شان به لنگرهای اعتماد گواهی می‌رسد (true یا false)</translation>
    </message>
</context>
<context>
    <name>DeskSettings</name>
    <message>
        <source>The %1 file %2 cannot be read.</source>
        <translation>پروندهٔ ⁨%1⁩ با نشانی ⁨%2⁩ خواندنی نیست.</translation>
    </message>
    <message>
        <source>The old setting %1 = “%2” was not valid and was dropped.</source>
        <translation>تنظیم قدیمی ⁨%1⁩ = «⁨%2⁩» معتبر نبود و کنار گذاشته شد.</translation>
    </message>
    <message>
        <source>“%1” is not a language KeyDesk speaks (%2, or empty for the system&apos;s).</source>
        <translation>«⁨%1⁩» زبانی نیست که KeyDesk به آن صحبت کند (⁨%2⁩، یا خالی برای زبان سیستم).</translation>
    </message>
    <message>
        <source>“%1” is not an appearance (system, light or dark).</source>
        <translation>«⁨%1⁩» یک ظاهر نیست (system، light یا dark).</translation>
    </message>
    <message>
        <source>The database path must be absolute, not “%1”.</source>
        <translation>مسیر پایگاه داده باید مطلق باشد، نه «⁨%1⁩».</translation>
    </message>
    <message>
        <source>“%1” is not an IP address to listen on (e.g. 127.0.0.1 or 0.0.0.0).</source>
        <translation>«⁨%1⁩» نشانی IP برای گوش دادن نیست (مثلاً 127.0.0.1 یا 0.0.0.0).</translation>
    </message>
    <message>
        <source>The port must be from 0 to 65535 (0 picks a free one), not %1.</source>
        <translation>درگاه باید از 0 تا 65535 باشد (0 یک درگاه آزاد برمی‌گزیند)، نه ⁨%1⁩.</translation>
    </message>
    <message>
        <source>HTTPS needs both the certificate and its private key, or neither.</source>
        <translation>HTTPS به گواهی و کلید خصوصی آن هر دو نیاز دارد، یا هیچ‌کدام.</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>گواهی</translation>
    </message>
    <message>
        <source>private key</source>
        <translation>کلید خصوصی</translation>
    </message>
</context>
<context>
    <name>DirectoryService</name>
    <message>
        <source>a directory source named &apos;%1&apos; already exists</source>
        <translation>منبع فهرست راهنمایی به نام «⁨%1⁩» از پیش هست</translation>
    </message>
    <message>
        <source>no directory source &apos;%1&apos;</source>
        <translation>منبع فهرست راهنمای «⁨%1⁩» نیست</translation>
    </message>
    <message>
        <source>the directory source &apos;%1&apos; is an LDAP source; a SCIM token needs a SCIM source of its own name</source>
        <translation>منبع فهرست راهنمای «⁨%1⁩» یک منبع LDAP است؛ توکن SCIM به یک منبع SCIM با نام خودش نیاز دارد</translation>
    </message>
    <message>
        <source>the request has no bearer token</source>
        <translation>درخواست توکن Bearer ندارد</translation>
    </message>
    <message>
        <source>the bearer token is not a KeyDesk SCIM token</source>
        <translation>توکن Bearer یک توکن SCIM کی‌دسک نیست</translation>
    </message>
    <message>
        <source>the SCIM token is unknown or was replaced</source>
        <translation>توکن SCIM ناشناخته است یا جایگزین شده است</translation>
    </message>
</context>
<context>
    <name>DirectorySource</name>
    <message>
        <source>flavour must be &quot;openldap&quot; or &quot;ad&quot;</source>
        <translation>flavour باید «openldap» یا «ad» باشد</translation>
    </message>
    <message>
        <source>%1 must be text</source>
        <translation>⁨%1⁩ باید متن باشد</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a setting of an LDAP source</source>
        <translation>«⁨%1⁩» تنظیمی از یک منبع LDAP نیست</translation>
    </message>
    <message>
        <source>startTls must be true or false</source>
        <translation>startTls باید true یا false باشد</translation>
    </message>
    <message>
        <source>baseDns must be a list of DNs</source>
        <translation>baseDns باید فهرستی از DNها باشد</translation>
    </message>
    <message>
        <source>nestedGroups must be &quot;walk&quot; or &quot;in-chain&quot;</source>
        <translation>nestedGroups باید «walk» یا «in-chain» باشد</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3</source>
        <translation>⁨%1⁩ باید عددی صحیح از ⁨%2⁩ تا ⁨%3⁩ باشد</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an LDAP URL (ldap://host:port or ldaps://host:port)</source>
        <translation>«⁨%1⁩» نشانی LDAP نیست (ldap://host:port یا ldaps://host:port)</translation>
    </message>
    <message>
        <source>StartTLS is for ldap:// URLs; an ldaps:// URL is TLS from the start</source>
        <translation>StartTLS برای نشانی‌های ldap:// است؛ نشانی ldaps:// از آغاز TLS است</translation>
    </message>
    <message>
        <source>a bind DN is required</source>
        <translation>DN اتصال لازم است</translation>
    </message>
    <message>
        <source>at least one base DN is required, and none may be empty</source>
        <translation>دست‌کم یک DN پایه لازم است و هیچ‌کدام نباید خالی باشد</translation>
    </message>
    <message>
        <source>the filter &quot;%1&quot; is not an LDAP filter: it must be in parentheses</source>
        <translation>پالایهٔ «⁨%1⁩» پالایهٔ LDAP نیست: باید درون پرانتز باشد</translation>
    </message>
    <message>
        <source>the id, mail and change attributes must be named</source>
        <translation>ویژگی‌های شناسه، رایانامه و تغییر باید نام برده شوند</translation>
    </message>
    <message>
        <source>a source needs a name</source>
        <translation>منبع به نام نیاز دارد</translation>
    </message>
    <message>
        <source>the source name &apos;%1&apos; has leading or trailing spaces or is longer than 64 characters</source>
        <translation>نام منبع «⁨%1⁩» فاصله در آغاز یا پایان دارد یا بلندتر از ۶۴ نویسه است</translation>
    </message>
    <message>
        <source>the source name &apos;%1&apos; contains &apos;/&apos; or a control character</source>
        <translation>نام منبع «⁨%1⁩» نویسهٔ «/» یا یک نویسهٔ کنترلی دارد</translation>
    </message>
</context>
<context>
    <name>DirectorySync</name>
    <message>
        <source>the email %1 is already user %2&apos;s</source>
        <translation>رایانامهٔ ⁨%1⁩ از پیش از آنِ کاربر ⁨%2⁩ است</translation>
    </message>
    <message>
        <source>the email %1 is another entry&apos;s of this source too</source>
        <translation>رایانامهٔ ⁨%1⁩ از آنِ مدخل دیگری از همین منبع نیز هست</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>غیرفعال شد</translation>
    </message>
    <message>
        <source>the email %1 is already user %2&apos;s, who comes from another directory source</source>
        <translation>رایانامهٔ ⁨%1⁩ از پیش از آنِ کاربر ⁨%2⁩ است که از منبع فهرست راهنمای دیگری می‌آید</translation>
    </message>
    <message>
        <source>was %1</source>
        <translation>پیش‌تر ⁨%1⁩ بود</translation>
    </message>
    <message>
        <source>left the directory source %1 (%2)</source>
        <translation>منبع فهرست راهنمای ⁨%1⁩ را ترک کرد (⁨%2⁩)</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>حذف شد</translation>
    </message>
    <message>
        <source>the group name %1 is another group&apos;s of this source</source>
        <translation>نام گروه ⁨%1⁩ از آنِ گروه دیگری از همین منبع است</translation>
    </message>
    <message>
        <source>KeyDesk already has a group named %1 that does not come from this source; rename it to take the directory&apos;s</source>
        <translation>KeyDesk از پیش گروهی به نام ⁨%1⁩ دارد که از این منبع نمی‌آید؛ برای گرفتن گروه فهرست راهنما، نام آن را تغییر دهید</translation>
    </message>
    <message>
        <source>the email %1 is already user %2&apos;s, another entry of this source</source>
        <translation>رایانامهٔ ⁨%1⁩ از پیش از آنِ کاربر ⁨%2⁩ است، مدخل دیگری از همین منبع</translation>
    </message>
    <message>
        <source>made again</source>
        <translation>دوباره ساخته شد</translation>
    </message>
</context>
<context>
    <name>EmailAddress</name>
    <message>
        <source>email is required</source>
        <translation>ایمیل لازم است</translation>
    </message>
    <message>
        <source>email %1 is longer than 254 characters</source>
        <translation>ایمیل ⁨%1⁩ بلندتر از ۲۵۴ نویسه است</translation>
    </message>
    <message>
        <source>email %1 is not of the form name@domain</source>
        <translation>ایمیل ⁨%1⁩ به شکل name@domain نیست</translation>
    </message>
    <message>
        <source>email %1 has a name part longer than 64 characters</source>
        <translation>بخش نام ایمیل ⁨%1⁩ بلندتر از ۶۴ نویسه است</translation>
    </message>
    <message>
        <source>email %1 has a misplaced dot</source>
        <translation>ایمیل ⁨%1⁩ نقطه‌ای در جای نادرست دارد</translation>
    </message>
    <message>
        <source>email %1 contains &apos;%2&apos;, which is not allowed</source>
        <translation>ایمیل ⁨%1⁩ دارای «⁨%2⁩» است که مجاز نیست</translation>
    </message>
    <message>
        <source>email %1 has no dotted domain</source>
        <translation>ایمیل ⁨%1⁩ دامنهٔ نقطه‌دار ندارد</translation>
    </message>
    <message>
        <source>email %1 has an invalid domain</source>
        <translation>ایمیل ⁨%1⁩ دامنهٔ نامعتبر دارد</translation>
    </message>
</context>
<context>
    <name>Enrollment</name>
    <message>
        <source>Active key</source>
        <translation>کلید فعال</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>در انتظار</translation>
    </message>
    <message>
        <source>Suspended or revoked</source>
        <translation>معلق یا باطل‌شده</translation>
    </message>
    <message>
        <source>No key</source>
        <translation>بدون کلید</translation>
    </message>
</context>
<context>
    <name>EnrollmentConfig</name>
    <message>
        <source>%1: &quot;%2&quot; is not an http(s) URL like https://keys.example.com</source>
        <translation>⁨%1⁩: «⁨%2⁩» نشانی http(s) مانند https://keys.example.com نیست</translation>
    </message>
    <message>
        <source>%1: phones refuse passkeys on plain http except for localhost; use https for &quot;%2&quot;</source>
        <translation>⁨%1⁩: گوشی‌ها گذرکلید را روی http سادهٔ جز localhost نمی‌پذیرند؛ برای «⁨%2⁩» از https استفاده کنید</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be the base URL&apos;s host &quot;%3&quot; or a parent domain of it</source>
        <translation>⁨%1⁩: «⁨%2⁩» باید میزبان نشانی پایه «⁨%3⁩» یا دامنهٔ والد آن باشد</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an origin like https://keys.example.com</source>
        <translation>⁨%1⁩: «⁨%2⁩» مبدأیی مانند https://keys.example.com نیست</translation>
    </message>
    <message>
        <source>setting %1: RS1 signs attestation statements only; a credential key cannot use it</source>
        <translation>تنظیم ⁨%1⁩: ‏RS1 فقط گواهی‌های تصدیق را امضا می‌کند؛ کلید اعتبارنامه نمی‌تواند از آن استفاده کند</translation>
    </message>
    <message>
        <source>setting %1: &quot;%2&quot; is not an algorithm KeyDesk verifies (%3)</source>
        <translation>تنظیم ⁨%1⁩: «⁨%2⁩» الگوریتمی نیست که KeyDesk بررسی کند (⁨%3⁩)</translation>
    </message>
    <message>
        <source>setting %1: %2 is named twice</source>
        <translation>تنظیم ⁨%1⁩: ⁨%2⁩ دو بار آمده است</translation>
    </message>
    <message>
        <source>setting %1: %2</source>
        <translation>تنظیم ⁨%1⁩: ⁨%2⁩</translation>
    </message>
</context>
<context>
    <name>EnrollmentReportPdf</name>
    <message>
        <source>Enabled users</source>
        <translation>کاربران فعال</translation>
    </message>
    <message>
        <source>Active %</source>
        <translation>٪ فعال</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>گروه</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>سهم</translation>
    </message>
    <message>
        <source>a PDF report needs fonts, which this program has not loaded (no QGuiApplication)</source>
        <translation>گزارش PDF به قلم‌ها نیاز دارد که این برنامه بارگذاری نکرده است (QGuiApplication وجود ندارد)</translation>
    </message>
    <message>
        <source>Enrollment report</source>
        <translation>گزارش ثبت‌نام</translation>
    </message>
    <message>
        <source>KeyDesk · %1 · %2</source>
        <translation>KeyDesk · ⁨%1⁩ · ⁨%2⁩</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>صفحهٔ ⁨%1⁩ از ⁨%2⁩</translation>
    </message>
    <message>
        <source>As of %1. %2 enabled users; %3 disabled users are not counted.</source>
        <translation>تا ⁨%1⁩. ⁨%2⁩ کاربر فعال؛ ⁨%3⁩ کاربر غیرفعال شمرده نمی‌شوند.</translation>
    </message>
    <message>
        <source>By group</source>
        <translation>بر اساس گروه</translation>
    </message>
    <message>
        <source>No groups.</source>
        <translation>گروهی وجود ندارد.</translation>
    </message>
    <message>
        <source>By group, continued</source>
        <translation>بر اساس گروه، ادامه</translation>
    </message>
</context>
<context>
    <name>EnrollmentServer</name>
    <message>
        <source>Use %1 for this address.</source>
        <translation>برای این نشانی از ⁨%1⁩ استفاده کنید.</translation>
    </message>
    <message>
        <source>cannot read the TLS certificate &apos;%1&apos;: %2</source>
        <translation>گواهی TLS «⁨%1⁩» خواندنی نیست: ⁨%2⁩</translation>
    </message>
    <message>
        <source>cannot read the TLS key &apos;%1&apos;: %2</source>
        <translation>کلید TLS «⁨%1⁩» خواندنی نیست: ⁨%2⁩</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds no PEM certificate</source>
        <translation>«⁨%1⁩» هیچ گواهی PEM ندارد</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds no PEM EC or RSA private key</source>
        <translation>«⁨%1⁩» هیچ کلید خصوصی PEM از نوع EC یا RSA ندارد</translation>
    </message>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>گوش دادن روی ⁨%1⁩ درگاه ⁨%2⁩ ممکن نیست: ⁨%3⁩</translation>
    </message>
    <message>
        <source>Send the body as application/json.</source>
        <translation>بدنه را به‌صورت application/json بفرستید.</translation>
    </message>
    <message>
        <source>No such file.</source>
        <translation>چنین پرونده‌ای نیست.</translation>
    </message>
    <message>
        <source>No such address.</source>
        <translation>چنین نشانی‌ای نیست.</translation>
    </message>
    <message>
        <source>the TLS key &apos;%1&apos; is not the key of the certificate &apos;%2&apos; (the first one in the file); give the pair that belongs together</source>
        <translation>کلید TLS ‏&apos;⁨%1⁩&apos; کلیدِ گواهی &apos;⁨%2⁩&apos; (نخستین گواهی در پرونده) نیست؛ جفتی را بدهید که با هم هستند</translation>
    </message>
    <message>
        <source>the TLS key &apos;%1&apos; can be read by other users of this computer; fix: chmod 600 &apos;%1&apos;</source>
        <translation>کلید TLS ‏&apos;⁨%1⁩&apos; را کاربران دیگر این رایانه می‌توانند بخوانند؛ راه‌حل: chmod 600 &apos;⁨%1⁩&apos;</translation>
    </message>
    <message>
        <source>the TLS certificate &apos;%1&apos; expired on %2: phones will refuse it</source>
        <translation>گواهی TLS ‏&apos;⁨%1⁩&apos; در ⁨%2⁩ منقضی شده است: گوشی‌ها آن را نمی‌پذیرند</translation>
    </message>
    <message>
        <source>the TLS certificate &apos;%1&apos; is not valid before %2: phones will refuse it</source>
        <translation>گواهی TLS ‏&apos;⁨%1⁩&apos; پیش از ⁨%2⁩ معتبر نیست: گوشی‌ها آن را نمی‌پذیرند</translation>
    </message>
</context>
<context>
    <name>EnrollmentService</name>
    <message>
        <source>This activation link has expired. Ask your helpdesk for a new one.</source>
        <translation>این پیوند فعال‌سازی منقضی شده است. از پشتیبانی فنی پیوند تازه‌ای بخواهید.</translation>
    </message>
    <message>
        <source>A newer activation link replaced this one. Use the latest link you received.</source>
        <translation>پیوند فعال‌سازی تازه‌تری جای این یکی را گرفته است. از جدیدترین پیوندی که گرفته‌اید استفاده کنید.</translation>
    </message>
    <message>
        <source>This security key was withdrawn by your helpdesk.</source>
        <translation>پشتیبانی فنی شما این کلید امنیتی را پس گرفته است.</translation>
    </message>
    <message>
        <source>This activation link was already used. Your key is active.</source>
        <translation>این پیوند فعال‌سازی قبلاً به کار رفته است. کلید شما فعال است.</translation>
    </message>
    <message>
        <source>This activation link is not valid. Check that you opened the whole link, or ask your helpdesk for a new one.</source>
        <translation>این پیوند فعال‌سازی معتبر نیست. بررسی کنید که کل پیوند را باز کرده باشید، یا از پشتیبانی فنی پیوند تازه‌ای بخواهید.</translation>
    </message>
    <message>
        <source>The server could not complete the request. Try again.</source>
        <translation>کارساز نتوانست درخواست را انجام دهد. دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>The registration response is not valid: %1</source>
        <translation>پاسخ ثبت‌نام معتبر نیست: ⁨%1⁩</translation>
    </message>
    <message>
        <source>No registration is in progress for this link, or it timed out. Start again.</source>
        <translation>برای این پیوند ثبت‌نامی در جریان نیست، یا مهلت آن تمام شده است. دوباره آغاز کنید.</translation>
    </message>
    <message>
        <source>The security key could not be verified (%1): %2</source>
        <translation>کلید امنیتی تأیید نشد (⁨%1⁩): ⁨%2⁩</translation>
    </message>
    <message>
        <source>This passkey is already registered with KeyDesk.</source>
        <translation>این گذرکلید از قبل در KeyDesk ثبت شده است.</translation>
    </message>
    <message>
        <source>The body is not JSON: %1</source>
        <translation>بدنهٔ درخواست JSON نیست: ⁨%1⁩</translation>
    </message>
    <message>
        <source>The body must be {&quot;email&quot;: &quot;...&quot;, &quot;code&quot;: &quot;...&quot;}.</source>
        <translation>بدنهٔ درخواست باید {&quot;email&quot;: &quot;...&quot;, &quot;code&quot;: &quot;...&quot;} باشد.</translation>
    </message>
    <message>
        <source>The email is missing or too long.</source>
        <translation>ایمیل وارد نشده یا بیش از اندازه بلند است.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong codes. Try again in %n minute(s).</source>
        <translation>
            <numerusform>کدهای نادرست بسیاری وارد شد. %n دقیقهٔ دیگر دوباره تلاش کنید.</numerusform>
        </translation>
    </message>
    <message>
        <source>No pending activation matches this email and code.</source>
        <translation>هیچ فعال‌سازی در انتظاری با این ایمیل و کد جور نیست.</translation>
    </message>
    <message>
        <source>This security key is not allowed here: %1. Ask your helpdesk which kind to use.</source>
        <translation>این کلید امنیتی اینجا مجاز نیست: ⁨%1⁩. از میز پشتیبانی بپرسید از چه نوعی استفاده کنید.</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>%1: %2</source>
        <translation>⁨%1⁩: ⁨%2⁩</translation>
    </message>
    <message>
        <source>no security key %1</source>
        <translation>کلید امنیتی ⁨%1⁩ وجود ندارد</translation>
    </message>
    <message>
        <source>key %1 is %2; it must be %3 to be %4</source>
        <translation>کلید ⁨%1⁩ ⁨%2⁩ است؛ برای آنکه ⁨%4⁩ شود باید ⁨%3⁩ باشد</translation>
    </message>
    <message>
        <source>key %1 is %2; only a pending or expired key gets a new activation</source>
        <translation>کلید ⁨%1⁩ ⁨%2⁩ است؛ فقط کلید در انتظار یا منقضی فعال‌سازی تازه می‌گیرد</translation>
    </message>
    <message>
        <source>key %1 is %2; only a key that was never activated can be deleted (revoke it instead)</source>
        <translation>کلید ⁨%1⁩ ⁨%2⁩ است؛ فقط کلیدی که هرگز فعال نشده حذف‌شدنی است (به‌جای آن باطلش کنید)</translation>
    </message>
    <message>
        <source>a reason is required to revoke a key</source>
        <translation>برای باطل کردن کلید، دلیل لازم است</translation>
    </message>
    <message>
        <source>%1 is disabled; enable the user before assigning a key</source>
        <translation>⁨%1⁩ غیرفعال است؛ پیش از اختصاص کلید، کاربر را فعال کنید</translation>
    </message>
    <message>
        <source>%1 is disabled; enable the user before re-issuing</source>
        <translation>⁨%1⁩ غیرفعال است؛ پیش از صدور دوباره، کاربر را فعال کنید</translation>
    </message>
    <message>
        <source>%1 already has a pending %2 key (key %3); re-issue its activation instead</source>
        <translation>⁨%1⁩ از قبل یک کلید ⁨%2⁩ در انتظار دارد (کلید ⁨%3⁩)؛ به‌جای آن، فعال‌سازی‌اش را دوباره صادر کنید</translation>
    </message>
    <message>
        <source>%1 has another pending %2 key (key %3); re-issue that one instead</source>
        <translation>⁨%1⁩ کلید ⁨%2⁩ دیگری در انتظار دارد (کلید ⁨%3⁩)؛ به‌جای آن، همان را دوباره صادر کنید</translation>
    </message>
    <message>
        <source>%1 is %2 and may not %3</source>
        <translation>⁨%1⁩ نقش ⁨%2⁩ دارد و اجازه ندارد: ⁨%3⁩</translation>
    </message>
    <message>
        <source>%1; sign in again</source>
        <translation>⁨%1⁩؛ دوباره وارد شوید</translation>
    </message>
    <message>
        <source>%1; wait a few minutes and try again</source>
        <translation>⁨%1⁩؛ چند دقیقه صبر کنید و دوباره تلاش کنید</translation>
    </message>
</context>
<context>
    <name>ExportFileDialog</name>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>FidoU2fAttestation</name>
    <message>
        <source>fido-u2f attStmt needs a byte string sig</source>
        <translation>attStmt از نوع fido-u2f به یک sig رشتهٔ بایتی نیاز دارد</translation>
    </message>
    <message>
        <source>fido-u2f x5c must hold exactly one certificate</source>
        <translation>x5c در fido-u2f باید دقیقاً یک گواهی‌نامه داشته باشد</translation>
    </message>
    <message>
        <source>fido-u2f certificate key must be on P-256</source>
        <translation>کلید گواهی‌نامهٔ fido-u2f باید روی P-256 باشد</translation>
    </message>
    <message>
        <source>fido-u2f needs an ES256 credential key, got %1</source>
        <translation>fido-u2f به کلید اعتبارنامهٔ ES256 نیاز دارد، ⁨%1⁩ رسید</translation>
    </message>
    <message>
        <source>fido-u2f attestation by %1</source>
        <translation>گواهی fido-u2f توسط ⁨%1⁩</translation>
    </message>
    <message>
        <source>the attestation certificate</source>
        <translation>گواهی‌نامهٔ گواهی‌دهنده</translation>
    </message>
</context>
<context>
    <name>Group</name>
    <message>
        <source>group name is required</source>
        <translation>نام گروه لازم است</translation>
    </message>
    <message>
        <source>group name &apos;%1&apos; has leading or trailing spaces</source>
        <translation>نام گروه «⁨%1⁩» در آغاز یا پایان فاصله دارد</translation>
    </message>
    <message>
        <source>group name is longer than 128 characters</source>
        <translation>نام گروه بلندتر از ۱۲۸ نویسه است</translation>
    </message>
    <message>
        <source>group name contains a control character</source>
        <translation>نام گروه نویسهٔ کنترلی دارد</translation>
    </message>
    <message>
        <source>group name &apos;%1&apos; contains &apos;;&apos;, which separates groups in CSV files</source>
        <translation>نام گروه «⁨%1⁩» دارای «;» است که در پرونده‌های CSV گروه‌ها را جدا می‌کند</translation>
    </message>
</context>
<context>
    <name>GroupRepository</name>
    <message>
        <source>no group &apos;%1&apos;</source>
        <translation>گروه «⁨%1⁩» وجود ندارد</translation>
    </message>
    <message>
        <source>no group with id %1</source>
        <translation>گروهی با شناسهٔ ⁨%1⁩ وجود ندارد</translation>
    </message>
</context>
<context>
    <name>GroupService</name>
    <message>
        <source>a group named &apos;%1&apos; already exists</source>
        <translation>گروهی به نام «⁨%1⁩» از قبل وجود دارد</translation>
    </message>
    <message>
        <source>group &apos;%1&apos; already has that name</source>
        <translation>گروه «⁨%1⁩» همین نام را دارد</translation>
    </message>
    <message>
        <source>group &apos;%1&apos; comes from the directory source %2: rename it there</source>
        <translation>گروه «⁨%1⁩» از منبع فهرست راهنمای ⁨%2⁩ می‌آید: نامش را همان‌جا تغییر دهید</translation>
    </message>
    <message>
        <source>group &apos;%1&apos; comes from the directory source %2: remove it there</source>
        <translation>گروه «⁨%1⁩» از منبع فهرست راهنمای ⁨%2⁩ می‌آید: همان‌جا حذفش کنید</translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <source>Groups</source>
        <translation>گروه‌ها</translation>
    </message>
    <message>
        <source>New Group…</source>
        <translation>گروه جدید…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>تغییر نام…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Members of the selected group</source>
        <translation>اعضای گروه انتخاب‌شده</translation>
    </message>
    <message>
        <source>Email of a user to add</source>
        <translation>ایمیل کاربری که افزوده می‌شود</translation>
    </message>
    <message>
        <source>Add Member</source>
        <translation>افزودن عضو</translation>
    </message>
    <message>
        <source>Remove Selected</source>
        <translation>حذف موارد انتخاب‌شده</translation>
    </message>
    <message>
        <source>Key Policy…</source>
        <translation>خط‌مشی کلید…</translation>
    </message>
    <message>
        <source>Which authenticators this group&apos;s members may activate, besides the deployment&apos;s key policy</source>
        <translation>اعضای این گروه کدام احرازگرها را می‌توانند فعال کنند، افزون بر خط‌مشی کلید استقرار</translation>
    </message>
</context>
<context>
    <name>HealthProbe</name>
    <message>
        <source>%1 is not an http(s) address</source>
        <translation>⁨%1⁩ نشانی http(s) نیست</translation>
    </message>
    <message>
        <source>nothing answers at %1 (%2)</source>
        <translation>در ⁨%1⁩ چیزی پاسخ نمی‌دهد (⁨%2⁩)</translation>
    </message>
    <message>
        <source>%1 answers, but not as a ready KeyDesk server (HTTP %2)</source>
        <translation>⁨%1⁩ پاسخ می‌دهد، اما نه به‌عنوان کارساز آمادهٔ KeyDesk ‏(HTTP ⁨%2⁩)</translation>
    </message>
    <message>
        <source>the server at %1 is not ready: %2</source>
        <translation>کارساز در ⁨%1⁩ آماده نیست: ⁨%2⁩</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>بی‌پاسخ</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import Users</source>
        <translation>درون‌ریزی کاربران</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
</context>
<context>
    <name>ImportUploadService</name>
    <message>
        <source>the file&apos;s name must be 1 to %1 characters, none of them a control character</source>
        <translation>نام پرونده باید ۱ تا ⁨%1⁩ نویسه باشد و هیچ‌کدام نویسهٔ کنترلی نباشد</translation>
    </message>
    <message>
        <source>an import file is 0 to %1 MiB, not %2 bytes</source>
        <translation>پروندهٔ درون‌ریزی ۰ تا ⁨%1⁩ مبی‌بایت است، نه ⁨%2⁩ بایت</translation>
    </message>
    <message>
        <source>the file&apos;s SHA-256 is 32 bytes, not %1</source>
        <translation>SHA-256 پرونده ۳۲ بایت است، نه ⁨%1⁩</translation>
    </message>
    <message>
        <source>%1 has %2 import files waiting already; import or discard one first</source>
        <translation>⁨%1⁩ هم‌اکنون ⁨%2⁩ پروندهٔ درون‌ریزی در انتظار دارد؛ نخست یکی را درون‌ریزی کنید یا دور بیندازید</translation>
    </message>
    <message>
        <source>no import file %1</source>
        <translation>پروندهٔ درون‌ریزی ⁨%1⁩ وجود ندارد</translation>
    </message>
    <message>
        <source>import file %1 has parts 0 to %2, not %3</source>
        <translation>پروندهٔ درون‌ریزی ⁨%1⁩ بخش‌های ۰ تا ⁨%2⁩ را دارد، نه ⁨%3⁩</translation>
    </message>
    <message>
        <source>part %1 of import file %2 is %3 bytes long, not %4</source>
        <translation>بخش ⁨%1⁩ از پروندهٔ درون‌ریزی ⁨%2⁩ ⁨%3⁩ بایت است، نه ⁨%4⁩</translation>
    </message>
    <message>
        <source>import file %1 is not whole; parts still to send: %2</source>
        <translation>پروندهٔ درون‌ریزی ⁨%1⁩ کامل نیست؛ بخش‌هایی که هنوز باید فرستاده شوند: ⁨%2⁩</translation>
    </message>
    <message>
        <source>import file %1 is not the file that was announced (its SHA-256 differs); send it again</source>
        <translation>پروندهٔ درون‌ریزی ⁨%1⁩ همان پرونده‌ای نیست که اعلام شده بود (SHA-256 آن فرق دارد)؛ دوباره بفرستیدش</translation>
    </message>
</context>
<context>
    <name>KeyEnrollment</name>
    <message>
        <source>The user is disabled.</source>
        <translation>کاربر غیرفعال است.</translation>
    </message>
    <message>
        <source>The user has no email address.</source>
        <translation>کاربر نشانی ایمیل ندارد.</translation>
    </message>
    <message>
        <source>the key&apos;s user is gone</source>
        <translation>کاربر این کلید دیگر وجود ندارد</translation>
    </message>
    <message>
        <source>setting %1: &quot;%2&quot; must be a whole number from 1 to %3</source>
        <translation>تنظیم ⁨%1⁩: «⁨%2⁩» باید عدد صحیحی از ۱ تا ⁨%3⁩ باشد</translation>
    </message>
    <message>
        <source>Email is not set up yet: the activation email waits in the outbox and goes out once Email Settings are complete.</source>
        <translation>ایمیل هنوز راه‌اندازی نشده است: ایمیل فعال‌سازی در صندوق خروجی می‌ماند و پس از تکمیل تنظیمات ایمیل فرستاده می‌شود.</translation>
    </message>
</context>
<context>
    <name>KeyLifecycle</name>
    <message>
        <source>cancelled: replaced by a reminder</source>
        <translation>لغو شد: با یک یادآوری جایگزین شد</translation>
    </message>
    <message>
        <source>cancelled: superseded by a new activation</source>
        <translation>لغو شد: با یک فعال‌سازی تازه جایگزین شد</translation>
    </message>
    <message>
        <source>cancelled: key revoked</source>
        <translation>لغو شد: کلید باطل شد</translation>
    </message>
    <message>
        <source>cancelled: key deleted</source>
        <translation>لغو شد: کلید حذف شد</translation>
    </message>
</context>
<context>
    <name>KeyPolicy</name>
    <message>
        <source>a key policy must be a JSON object</source>
        <translation>خط‌مشی کلید باید یک شیء JSON باشد</translation>
    </message>
    <message>
        <source>a key policy&apos;s deviceBoundOnly must be true or false</source>
        <translation>deviceBoundOnly در خط‌مشی کلید باید true یا false باشد</translation>
    </message>
    <message>
        <source>a key policy&apos;s authenticators must be any, allow or block</source>
        <translation>authenticators در خط‌مشی کلید باید any، allow یا block باشد</translation>
    </message>
    <message>
        <source>a key policy&apos;s aaguids must be a list of AAGUIDs</source>
        <translation>aaguids در خط‌مشی کلید باید فهرستی از AAGUIDها باشد</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an AAGUID (8-4-4-4-12 hexadecimal digits)</source>
        <translation>«⁨%1⁩» یک AAGUID نیست (۸-۴-۴-۴-۱۲ رقم شانزده‌شانزدهی)</translation>
    </message>
    <message>
        <source>an allow-list needs at least one AAGUID</source>
        <translation>فهرست مجاز دست‌کم به یک AAGUID نیاز دارد</translation>
    </message>
    <message>
        <source>group &apos;%1&apos;: %2</source>
        <translation>گروه «⁨%1⁩»: ⁨%2⁩</translation>
    </message>
    <message>
        <source>Device-bound keys only</source>
        <translation>فقط کلیدهای وابسته به دستگاه</translation>
    </message>
    <message>
        <source>allow-list of %1</source>
        <translation>فهرست مجاز با ⁨%1⁩</translation>
    </message>
    <message>
        <source>block-list of %1</source>
        <translation>فهرست مسدود با ⁨%1⁩</translation>
    </message>
    <message>
        <source>Any authenticator</source>
        <translation>هر احرازگری</translation>
    </message>
    <message>
        <source>a key policy has no field &apos;%1&apos; (fields: deviceBoundOnly, authenticators, aaguids, trustedAttestationOnly)</source>
        <translation>خط‌مشی کلید فیلدی به نام «⁨%1⁩» ندارد (فیلدها: deviceBoundOnly، authenticators، aaguids، trustedAttestationOnly)</translation>
    </message>
    <message>
        <source>a key policy&apos;s trustedAttestationOnly must be true or false</source>
        <translation>trustedAttestationOnly در خط‌مشی کلید باید true یا false باشد</translation>
    </message>
    <message>
        <source>the deployment&apos;s key policy takes only keys with a trusted attestation, but no trust anchors are set (%1): it would refuse every key</source>
        <translation>خط‌مشی کلید استقرار فقط کلیدهایی با گواهی مورد اعتماد را می‌پذیرد، اما هیچ لنگر اعتمادی تنظیم نشده است (⁨%1⁩): همهٔ کلیدها رد می‌شوند</translation>
    </message>
    <message>
        <source>group &apos;%1&apos; takes only keys with a trusted attestation, but no trust anchors are set (%2): it would refuse every key</source>
        <translation>گروه «⁨%1⁩» فقط کلیدهایی با گواهی مورد اعتماد را می‌پذیرد، اما هیچ لنگر اعتمادی تنظیم نشده است (⁨%2⁩): همهٔ کلیدها رد می‌شوند</translation>
    </message>
    <message>
        <source>trusted attestation only</source>
        <translation>فقط گواهی مورد اعتماد</translation>
    </message>
</context>
<context>
    <name>KeyStatus</name>
    <message>
        <source>Pending activation</source>
        <translation>در انتظار فعال‌سازی</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>معلق</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>باطل‌شده</translation>
    </message>
    <message>
        <source>Activation expired — re-issue</source>
        <translation>فعال‌سازی منقضی شده — دوباره صادر کنید</translation>
    </message>
</context>
<context>
    <name>KeyType</name>
    <message>
        <source>Smartphone</source>
        <translation>گوشی هوشمند</translation>
    </message>
    <message>
        <source>Security key</source>
        <translation>کلید امنیتی</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>همین رایانه</translation>
    </message>
</context>
<context>
    <name>KnownServers</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>نوشتن ⁨%1⁩ ممکن نیست: ⁨%2⁩</translation>
    </message>
</context>
<context>
    <name>LdapConnection</name>
    <message>
        <source>&quot;%1&quot; is not an LDAP URL (ldap://host:port or ldaps://host:port)</source>
        <translation>«⁨%1⁩» نشانی LDAP نیست (ldap://host:port یا ldaps://host:port)</translation>
    </message>
    <message>
        <source>cannot reach the directory at %1: %2</source>
        <translation>به فهرست راهنما در ⁨%1⁩ دسترسی نیست: ⁨%2⁩</translation>
    </message>
    <message>
        <source>the CA file %1 cannot be used: %2</source>
        <translation>پروندهٔ CA ⁨%1⁩ قابل استفاده نیست: ⁨%2⁩</translation>
    </message>
    <message>
        <source>cannot open a TLS connection to %1: %2. Is the directory up, and its certificate signed by the CA given?</source>
        <translation>اتصال TLS به ⁨%1⁩ برقرار نشد: ⁨%2⁩. آیا فهرست راهنما در دسترس است و گواهی‌اش را CA داده‌شده امضا کرده است؟</translation>
    </message>
    <message>
        <source>StartTLS with %1 failed: %2. Is the directory&apos;s certificate signed by the CA given?</source>
        <translation>StartTLS با ⁨%1⁩ ناموفق بود: ⁨%2⁩. آیا گواهی فهرست راهنما را CA داده‌شده امضا کرده است؟</translation>
    </message>
    <message>
        <source>the directory refused the bind as %1: %2</source>
        <translation>فهرست راهنما ورود با ⁨%1⁩ را رد کرد: ⁨%2⁩</translation>
    </message>
    <message>
        <source>the search under %1 failed: %2</source>
        <translation>جست‌وجو زیر ⁨%1⁩ ناموفق بود: ⁨%2⁩</translation>
    </message>
</context>
<context>
    <name>LdapSync</name>
    <message>
        <source>the entry has no %1, which the sync follows it by</source>
        <translation>مدخل ⁨%1⁩ ندارد که همگام‌سازی آن را با آن دنبال می‌کند</translation>
    </message>
    <message>
        <source>%1 is a SCIM source: the identity provider sends its changes</source>
        <translation>⁨%1⁩ منبع SCIM است: فراهم‌کنندهٔ هویت تغییراتش را می‌فرستد</translation>
    </message>
    <message>
        <source>no bind password for %1: set KEYDESK_LDAP_PASSWORD, or keep it in the keychain (the console&apos;s Directory page, Bind Password…)</source>
        <translation>گذرواژهٔ اتصالی برای ⁨%1⁩ نیست: KEYDESK_LDAP_PASSWORD را تنظیم کنید، یا آن را در جاکلیدی نگه دارید (صفحهٔ فهرست راهنمای کنسول، گذرواژهٔ اتصال…)</translation>
    </message>
</context>
<context>
    <name>LostPhoneCases</name>
    <message>
        <source>a reason is required for a lost-phone case</source>
        <translation>برای پروندهٔ گوشی گم‌شده دلیل لازم است</translation>
    </message>
    <message>
        <source>issuing activation links needs the enrollment server&apos;s settings</source>
        <translation>صدور پیوندهای فعال‌سازی به تنظیمات کارساز ثبت‌نام نیاز دارد</translation>
    </message>
    <message>
        <source>%1 has no smartphone key that could be on the lost phone</source>
        <translation>⁨%1⁩ هیچ کلید گوشی‌ای ندارد که روی گوشی گم‌شده باشد</translation>
    </message>
    <message>
        <source>%1 has no lost-phone case %2 to undo</source>
        <translation>⁨%1⁩ پروندهٔ گوشی گم‌شدهٔ ⁨%2⁩ برای بازگرداندن ندارد</translation>
    </message>
    <message>
        <source>the phone was found (case %1)</source>
        <translation>گوشی پیدا شد (پروندهٔ ⁨%1⁩)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>KeyDesk</source>
        <translation>KeyDesk</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>پیمایش</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>پرونده (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>راهنما (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>پایگاه دادهٔ جدید… (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>باز کردن پایگاه داده… (&amp;O)</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Import Users from CSV…</source>
        <translation>درون‌ریزی کاربران از CSV… (&amp;I)</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>خروج (&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>تنظیمات… (&amp;S)</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Email Settings…</source>
        <translation>تنظیمات ایمیل… (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;About KeyDesk</source>
        <translation>دربارهٔ KeyDesk (&amp;A)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>باز کردن موارد اخیر (&amp;R)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>راهنمای کاربر (&amp;U)</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>میان‌برهای صفحه‌کلید (&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>جست‌وجو (&amp;F)</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>New &amp;User…</source>
        <translation>کاربر جدید… (&amp;U)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Sign Ou&amp;t</source>
        <translation>خروج از کارساز (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Connect to Server…</source>
        <translation>اتصال به کارساز… (&amp;C)</translation>
    </message>
</context>
<context>
    <name>NewSecurityKeyWizard</name>
    <message>
        <source>New Security Key</source>
        <translation>کلید امنیتی جدید</translation>
    </message>
    <message>
        <source>Key type</source>
        <translation>نوع کلید</translation>
    </message>
    <message>
        <source>What will the user sign in with?</source>
        <translation>کاربر با چه چیزی وارد می‌شود؟</translation>
    </message>
    <message>
        <source>&amp;Smartphone</source>
        <translation>گوشی هوشمند (&amp;S)</translation>
    </message>
    <message>
        <source>The user&apos;s phone holds a passkey for KeyDesk, protected by the phone&apos;s screen lock. It signs in by scanning a QR code or over Bluetooth when the phone is near.</source>
        <translation>گوشی کاربر یک گذرکلید (passkey) برای KeyDesk نگه می‌دارد که با قفل صفحهٔ گوشی محافظت می‌شود. ورود با اسکن یک کد QR یا از راه بلوتوث، وقتی گوشی نزدیک است، انجام می‌شود.</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>فعال‌سازی</translation>
    </message>
    <message>
        <source>How does the user activate the key?</source>
        <translation>کاربر کلید را چگونه فعال می‌کند؟</translation>
    </message>
    <message>
        <source>Activate &amp;now</source>
        <translation>فعال‌سازی همین حالا (&amp;N)</translation>
    </message>
    <message>
        <source>The user is here: show a QR code to scan with the phone. It works for 15 minutes.</source>
        <translation>کاربر اینجاست: یک کد QR نشان دهید تا با گوشی اسکن کند. ۱۵ دقیقه معتبر است.</translation>
    </message>
    <message>
        <source>Activate via &amp;email</source>
        <translation>فعال‌سازی با ایمیل (&amp;E)</translation>
    </message>
    <message>
        <source>Send the user an email with the link, a code and the QR code. It works for 7 days.</source>
        <translation>یک ایمیل با پیوند، کد و کد QR برای کاربر بفرستید. ۷ روز معتبر است.</translation>
    </message>
    <message>
        <source>&amp;Work or school code</source>
        <translation>کد محل کار یا تحصیل (&amp;W)</translation>
    </message>
    <message>
        <source>The user types their email and a short code in the phone app instead of scanning.</source>
        <translation>کاربر به‌جای اسکن، ایمیل خود و یک کد کوتاه را در برنامهٔ گوشی وارد می‌کند.</translation>
    </message>
    <message>
        <source>Key settings</source>
        <translation>تنظیمات کلید</translation>
    </message>
    <message>
        <source>The recommended settings are preselected.</source>
        <translation>تنظیمات پیشنهادی از پیش انتخاب شده‌اند.</translation>
    </message>
    <message>
        <source>Require &amp;user verification (screen lock, fingerprint or face) — recommended</source>
        <translation>الزام به تأیید هویت کاربر (قفل صفحه، اثر انگشت یا چهره) — پیشنهادی (&amp;U)</translation>
    </message>
    <message>
        <source>Activation &amp;lifetime:</source>
        <translation>مدت اعتبار فعال‌سازی: (&amp;L)</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>دقیقه</translation>
    </message>
    <message>
        <source>&amp;Attestation:</source>
        <translation>گواهی: (&amp;A)</translation>
    </message>
    <message>
        <source>La&amp;bel:</source>
        <translation>برچسب: (&amp;B)</translation>
    </message>
    <message>
        <source>e.g. Work phone</source>
        <translation>مثلاً گوشی کاری</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>بازبینی</translation>
    </message>
    <message>
        <source>Finish assigns the key and starts its activation.</source>
        <translation>«پایان» کلید را اختصاص می‌دهد و فعال‌سازی آن را آغاز می‌کند.</translation>
    </message>
</context>
<context>
    <name>NewWorkflowWizard</name>
    <message>
        <source>New Workflow — Security Key Device Assignment</source>
        <translation>گردش کار جدید — اختصاص کلید امنیتی به دستگاه</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>What is this deployment called?</source>
        <translation>نام این استقرار چیست؟</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>نام: (&amp;N)</translation>
    </message>
    <message>
        <source>Smartphone Security Key Deployment</source>
        <translation>استقرار کلید امنیتی گوشی هوشمند</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>پیکربندی</translation>
    </message>
    <message>
        <source>Who gets a key, which key, and how it is activated.</source>
        <translation>چه کسی کلید می‌گیرد، کدام کلید، و چگونه فعال می‌شود.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Groups&lt;/b&gt; — no group selected means &lt;b&gt;all users&lt;/b&gt;:</source>
        <translation>&lt;b&gt;گروه‌ها&lt;/b&gt; — انتخاب نکردن هیچ گروهی یعنی &lt;b&gt;همهٔ کاربران&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>نوع کلید:</translation>
    </message>
    <message>
        <source>&amp;Smartphone</source>
        <translation>گوشی هوشمند (&amp;S)</translation>
    </message>
    <message>
        <source>Require &amp;user verification (screen lock, fingerprint or face) — recommended</source>
        <translation>الزام به تأیید هویت کاربر (قفل صفحه، اثر انگشت یا چهره) — پیشنهادی (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Advanced (recommended defaults)</source>
        <translation>پیشرفته (پیش‌فرض‌های پیشنهادی) (&amp;A)</translation>
    </message>
    <message>
        <source>Activation link valid for (days):</source>
        <translation>مدت اعتبار پیوند فعال‌سازی (روز):</translation>
    </message>
    <message>
        <source>Remind after (days, 0 = never):</source>
        <translation>یادآوری پس از (روز، ۰ = هرگز):</translation>
    </message>
    <message>
        <source>Re-issue expired links at most:</source>
        <translation>صدور دوبارهٔ پیوندهای منقضی، حداکثر:</translation>
    </message>
    <message>
        <source>Attestation:</source>
        <translation>گواهی:</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>بازبینی</translation>
    </message>
    <message>
        <source>Submit creates the workflow and runs it now.</source>
        <translation>«ارسال» گردش کار را می‌سازد و همین حالا اجرا می‌کند.</translation>
    </message>
</context>
<context>
    <name>NoneAttestation</name>
    <message>
        <source>attestation &quot;none&quot; must have an empty attStmt</source>
        <translation>گواهی «none» باید attStmt خالی داشته باشد</translation>
    </message>
    <message>
        <source>no attestation (format none)</source>
        <translation>بدون گواهی (قالب none)</translation>
    </message>
</context>
<context>
    <name>OperatorService</name>
    <message>
        <source>unknown role &apos;%1&apos; (roles: %2)</source>
        <translation>نقش ناشناخته «⁨%1⁩» (نقش‌ها: ⁨%2⁩)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an operator</source>
        <translation>«⁨%1⁩» اپراتور نیست</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the last admin; make another operator admin first</source>
        <translation>«⁨%1⁩» آخرین مدیر است؛ نخست اپراتور دیگری را مدیر کنید</translation>
    </message>
    <message>
        <source>user &apos;%1&apos; is disabled; enable them before making them an operator</source>
        <translation>کاربر «⁨%1⁩» غیرفعال است؛ پیش از اپراتور کردن، او را فعال کنید</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already an operator (%2)</source>
        <translation>«⁨%1⁩» از پیش اپراتور است (⁨%2⁩)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already %2</source>
        <translation>«⁨%1⁩» از پیش ⁨%2⁩ است</translation>
    </message>
</context>
<context>
    <name>OutboxPage</name>
    <message>
        <source>Outbox</source>
        <translation>صندوق خروجی</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>نمایش: (&amp;H)</translation>
    </message>
    <message>
        <source>Emails in the outbox</source>
        <translation>ایمیل‌های صندوق خروجی</translation>
    </message>
    <message>
        <source>&amp;Retry Now</source>
        <translation>تلاش دوباره همین حالا (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Cancel Message</source>
        <translation>لغو پیام (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Send Due Messages</source>
        <translation>ارسال پیام‌های سررسیده (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Email Settings…</source>
        <translation>تنظیمات ایمیل… (&amp;E)</translation>
    </message>
</context>
<context>
    <name>OutboxRepository</name>
    <message>
        <source>outbox message %1 is not in a state for this</source>
        <translation>پیام ⁨%1⁩ صندوق خروجی در وضعیت مناسب این کار نیست</translation>
    </message>
</context>
<context>
    <name>OutboxService</name>
    <message>
        <source>no outbox message %1</source>
        <translation>پیام ⁨%1⁩ در صندوق خروجی وجود ندارد</translation>
    </message>
    <message>
        <source>outbox message %1 is %2</source>
        <translation>پیام ⁨%1⁩ صندوق خروجی ⁨%2⁩ است</translation>
    </message>
    <message>
        <source>outbox message %1 failed or was cancelled, and its link was erased; re-issue the key to send a new one</source>
        <translation>پیام صندوق خروجی ⁨%1⁩ ناموفق بود یا لغو شد و پیوند آن پاک شده است؛ برای ارسال پیوندی تازه، کلید را دوباره صادر کنید</translation>
    </message>
    <message>
        <source>gave up after %1 attempts: %2</source>
        <translation>پس از ⁨%1⁩ تلاش رها شد: ⁨%2⁩</translation>
    </message>
    <message>
        <source>outbox message %1 was cancelled already</source>
        <translation>پیام ⁨%1⁩ صندوق خروجی از قبل لغو شده است</translation>
    </message>
    <message>
        <source>cancelled by the operator</source>
        <translation>به دست کاربر اجرایی لغو شد</translation>
    </message>
    <message>
        <source>the test email was queued twice</source>
        <translation>ایمیل آزمایشی دو بار در صف گذاشته شد</translation>
    </message>
</context>
<context>
    <name>PackedAttestation</name>
    <message>
        <source>attestation certificate is not X.509 version 3</source>
        <translation>گواهی‌نامهٔ گواهی‌دهنده نسخهٔ ۳ X.509 نیست</translation>
    </message>
    <message>
        <source>attestation certificate subject lacks a two-letter country (C)</source>
        <translation>موضوع گواهی‌نامهٔ گواهی‌دهنده کشور دوحرفی (C) ندارد</translation>
    </message>
    <message>
        <source>attestation certificate subject lacks an organisation (O)</source>
        <translation>موضوع گواهی‌نامهٔ گواهی‌دهنده سازمان (O) ندارد</translation>
    </message>
    <message>
        <source>attestation certificate subject OU must be &quot;Authenticator Attestation&quot;</source>
        <translation>OU در موضوع گواهی‌نامهٔ گواهی‌دهنده باید «Authenticator Attestation» باشد</translation>
    </message>
    <message>
        <source>attestation certificate subject lacks a common name (CN)</source>
        <translation>موضوع گواهی‌نامهٔ گواهی‌دهنده نام عمومی (CN) ندارد</translation>
    </message>
    <message>
        <source>attestation certificate is a CA certificate</source>
        <translation>گواهی‌نامهٔ گواهی‌دهنده یک گواهی‌نامهٔ CA است</translation>
    </message>
    <message>
        <source>packed attStmt needs an integer alg and a byte string sig</source>
        <translation>attStmt از نوع packed به یک alg عدد صحیح و یک sig رشتهٔ بایتی نیاز دارد</translation>
    </message>
    <message>
        <source>self attestation alg %1 differs from the credential key&apos;s %2</source>
        <translation>alg خودگواهی (⁨%1⁩) با الگوریتم کلید اعتبارنامه (⁨%2⁩) فرق دارد</translation>
    </message>
    <message>
        <source>packed self attestation, %1</source>
        <translation>خودگواهی packed، ⁨%1⁩</translation>
    </message>
    <message>
        <source>the credential key</source>
        <translation>کلید اعتبارنامه</translation>
    </message>
    <message>
        <source>attestation alg %1 is not supported</source>
        <translation>alg گواهی ⁨%1⁩ پشتیبانی نمی‌شود</translation>
    </message>
    <message>
        <source>attestation certificate key does not fit alg: %1</source>
        <translation>کلید گواهی‌نامهٔ گواهی‌دهنده با alg جور نیست: ⁨%1⁩</translation>
    </message>
    <message>
        <source>packed attestation by %1, %2</source>
        <translation>گواهی packed توسط ⁨%1⁩، ⁨%2⁩</translation>
    </message>
    <message>
        <source>the attestation certificate</source>
        <translation>گواهی‌نامهٔ گواهی‌دهنده</translation>
    </message>
</context>
<context>
    <name>Permission</name>
    <message>
        <source>read users, groups and keys</source>
        <translation>خواندن کاربران، گروه‌ها و کلیدها</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>خواندن گزارش ممیزی</translation>
    </message>
    <message>
        <source>export the audit log</source>
        <translation>خروجی گرفتن از گزارش ممیزی</translation>
    </message>
    <message>
        <source>read settings, operators, sessions and tokens</source>
        <translation>خواندن تنظیمات، اپراتورها، نشست‌ها و توکن‌ها</translation>
    </message>
    <message>
        <source>change users</source>
        <translation>تغییر کاربران</translation>
    </message>
    <message>
        <source>change groups</source>
        <translation>تغییر گروه‌ها</translation>
    </message>
    <message>
        <source>assign, change or verify security keys</source>
        <translation>اختصاص، تغییر یا بررسی کلیدهای امنیتی</translation>
    </message>
    <message>
        <source>retry emails</source>
        <translation>ارسال دوبارهٔ ایمیل‌ها</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>change workflows</source>
        <translation>تغییر گردش‌کارها</translation>
    </message>
    <message>
        <source>change settings</source>
        <translation>تغییر تنظیمات</translation>
    </message>
    <message>
        <source>manage operators, their sessions and tokens</source>
        <translation>مدیریت اپراتورها، نشست‌ها و توکن‌هایشان</translation>
    </message>
</context>
<context>
    <name>PhoneClient</name>
    <message>
        <source>the creation options lack a challenge or user id</source>
        <translation>گزینه‌های ساخت، چالش یا شناسهٔ کاربر ندارند</translation>
    </message>
    <message>
        <source>the phone could not create a credential: %1</source>
        <translation>گوشی نتوانست اعتبارنامه بسازد: ⁨%1⁩</translation>
    </message>
    <message>
        <source>this phone holds no passkey that the server asks for</source>
        <translation>این گوشی گذرکلیدی را که کارساز می‌خواهد ندارد</translation>
    </message>
    <message>
        <source>the request options lack a challenge</source>
        <translation>گزینه‌های درخواست چالش ندارند</translation>
    </message>
    <message>
        <source>the phone could not sign: %1</source>
        <translation>گوشی نتوانست امضا کند: ⁨%1⁩</translation>
    </message>
</context>
<context>
    <name>PhoneWindow</name>
    <message>
        <source>&amp;Honest</source>
        <translation>درستکار (&amp;H)</translation>
    </message>
    <message>
        <source>Wrong &amp;origin (a phishing site)</source>
        <translation>مبدأ نادرست (یک سایت فیشینگ) (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Replayed challenge</source>
        <translation>چالش تکراری (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Cloned counter</source>
        <translation>شمارندهٔ شبیه‌سازی‌شده (&amp;C)</translation>
    </message>
    <message>
        <source>Bad &amp;signature</source>
        <translation>امضای نادرست (&amp;S)</translation>
    </message>
    <message>
        <source>User-present &amp;flag cleared</source>
        <translation>پرچم حضور کاربر پاک شده (&amp;F)</translation>
    </message>
</context>
<context>
    <name>PrivateFile</name>
    <message>
        <source>cannot create &apos;%1&apos;: %2</source>
        <translation>ساختن ⁨%1⁩ ممکن نیست: ⁨%2⁩</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>نوشتن ⁨%1⁩ ممکن نیست: ⁨%2⁩</translation>
    </message>
    <message>
        <source>%1 can be read by other users of this computer; fix: chmod 600 %2</source>
        <translation>⁨%1⁩ را کاربران دیگر این رایانه می‌توانند بخوانند؛ راه‌حل: chmod 600 ⁨%2⁩</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>cannot encode %1 bytes as a QR code</source>
        <translation>رمزگذاری ⁨%1⁩ بایت به‌صورت کد QR ممکن نیست</translation>
    </message>
</context>
<context>
    <name>ReceiptExport</name>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>ساختن پوشهٔ موقت ممکن نیست: ⁨%1⁩</translation>
    </message>
    <message>
        <source>KeyDesk verification receipt</source>
        <translation>رسید بررسی KeyDesk</translation>
    </message>
    <message>
        <source>The PDF could not be made: %1</source>
        <translation>ساختن PDF ممکن نشد: ⁨%1⁩</translation>
    </message>
    <message>
        <source>The PDF could not be made: cannot write %1</source>
        <translation>PDF ساخته نشد: نوشتن در ⁨%1⁩ ممکن نیست</translation>
    </message>
    <message>
        <source>Export Receipt</source>
        <translation>برون‌بری رسید</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;HTML page (*.html)</source>
        <translation>سند PDF (*.pdf);;صفحهٔ HTML (*.html)</translation>
    </message>
</context>
<context>
    <name>RegistrationVerifier</name>
    <message>
        <source>attestationObject has a key other than fmt, attStmt and authData</source>
        <translation>attestationObject کلیدی جز fmt، attStmt و authData دارد</translation>
    </message>
    <message>
        <source>attestationObject needs a text fmt, a map attStmt and a byte string authData</source>
        <translation>attestationObject به یک fmt متنی، یک attStmt نگاشتی و یک authData رشتهٔ بایتی نیاز دارد</translation>
    </message>
    <message>
        <source>attStmt has a key that is neither text nor an integer</source>
        <translation>attStmt کلیدی دارد که نه متن است و نه عدد صحیح</translation>
    </message>
    <message>
        <source>clientDataJSON is well-formed</source>
        <translation>clientDataJSON خوش‌ساخت است</translation>
    </message>
    <message>
        <source>attestationObject is well-formed (fmt %1)</source>
        <translation>attestationObject خوش‌ساخت است (fmt ⁨%1⁩)</translation>
    </message>
    <message>
        <source>authenticator data has no attested credential data (AT is not set)</source>
        <translation>دادهٔ احرازگر دادهٔ اعتبارنامهٔ گواهی‌شده ندارد (AT تنظیم نشده است)</translation>
    </message>
    <message>
        <source>id %1 is not rawId</source>
        <translation>id ⁨%1⁩ برابر rawId نیست</translation>
    </message>
    <message>
        <source>credential id is %1 bytes; at most %2 are allowed</source>
        <translation>شناسهٔ اعتبارنامه ⁨%1⁩ بایت است؛ حداکثر ⁨%2⁩ مجاز است</translation>
    </message>
    <message>
        <source>rawId is not the credential id in the authenticator data</source>
        <translation>rawId همان شناسهٔ اعتبارنامه در دادهٔ احرازگر نیست</translation>
    </message>
    <message numerus="yes">
        <source>credential id of %n bytes</source>
        <translation>
            <numerusform>شناسهٔ اعتبارنامه به طول %n بایت</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 public key</source>
        <translation>کلید عمومی ⁨%1⁩</translation>
    </message>
    <message>
        <source>%1 was offered</source>
        <translation>⁨%1⁩ پیشنهاد شده بود</translation>
    </message>
    <message>
        <source>algorithm %1 was not offered</source>
        <translation>الگوریتم ⁨%1⁩ پیشنهاد نشده بود</translation>
    </message>
    <message>
        <source>format %1</source>
        <translation>قالب ⁨%1⁩</translation>
    </message>
    <message>
        <source>attestation format &quot;%1&quot; is not supported</source>
        <translation>قالب گواهی «⁨%1⁩» پشتیبانی نمی‌شود</translation>
    </message>
    <message>
        <source>self attestation</source>
        <translation>خودگواهی</translation>
    </message>
    <message>
        <source>no attestation</source>
        <translation>بدون گواهی</translation>
    </message>
    <message>
        <source>%1 cannot be trusted; a trusted attestation is required</source>
        <translation>⁨%1⁩ قابل اعتماد نیست؛ گواهی مورد اعتماد لازم است</translation>
    </message>
    <message>
        <source>%1: no certificate chain to check</source>
        <translation>⁨%1⁩: زنجیرهٔ گواهی‌نامه‌ای برای بررسی نیست</translation>
    </message>
    <message>
        <source>untrusted attestation: %1</source>
        <translation>گواهی نامعتبر: ⁨%1⁩</translation>
    </message>
    <message>
        <source>untrusted attestation (accepted, not required): %1</source>
        <translation>گواهی نامعتبر (پذیرفته شد، الزامی نیست): ⁨%1⁩</translation>
    </message>
    <message>
        <source>RegistrationResponseJSON is well-formed</source>
        <translation>RegistrationResponseJSON خوش‌ساخت است</translation>
    </message>
    <message>
        <source>a synced passkey (backup eligible, BE) is refused: this deployment takes device-bound keys only</source>
        <translation>گذرکلید همگام‌شده (قابل پشتیبان‌گیری، BE) پذیرفته نمی‌شود: این استقرار فقط کلیدهای وابسته به دستگاه را می‌پذیرد</translation>
    </message>
    <message>
        <source>authenticator %1 is not one this deployment allows</source>
        <translation>احرازگر ⁨%1⁩ از احرازگرهای مجاز این استقرار نیست</translation>
    </message>
    <message>
        <source>authenticator %1 is blocked by this deployment</source>
        <translation>احرازگر ⁨%1⁩ در این استقرار مسدود است</translation>
    </message>
    <message>
        <source>authenticator %1 is allowed; the key is device-bound</source>
        <translation>احرازگر ⁨%1⁩ مجاز است؛ کلید وابسته به دستگاه است</translation>
    </message>
    <message>
        <source>authenticator %1 is allowed</source>
        <translation>احرازگر ⁨%1⁩ مجاز است</translation>
    </message>
    <message>
        <source>the key&apos;s attestation does not chain to a trusted root: this deployment takes only keys with a trusted attestation</source>
        <translation>زنجیرهٔ گواهی این کلید به ریشهٔ مورد اعتمادی نمی‌رسد: این استقرار فقط کلیدهایی با گواهی مورد اعتماد را می‌پذیرد</translation>
    </message>
    <message>
        <source>the key sent no attestation that can be trusted: this deployment takes only keys with a trusted attestation</source>
        <translation>این کلید گواهی قابل اعتمادی نفرستاد: این استقرار فقط کلیدهایی با گواهی مورد اعتماد را می‌پذیرد</translation>
    </message>
    <message>
        <source>authenticator %1 is allowed; the key is device-bound and its attestation trusted</source>
        <translation>احرازگر ⁨%1⁩ مجاز است؛ کلید وابسته به دستگاه است و گواهی‌اش مورد اعتماد است</translation>
    </message>
    <message>
        <source>authenticator %1 is allowed; its attestation is trusted</source>
        <translation>احرازگر ⁨%1⁩ مجاز است؛ گواهی‌اش مورد اعتماد است</translation>
    </message>
</context>
<context>
    <name>RemoteImport</name>
    <message>
        <source>Cancelled; the server discarded what was sent.</source>
        <translation>لغو شد؛ کارساز آنچه فرستاده شده بود را دور ریخت.</translation>
    </message>
</context>
<context>
    <name>ResponseJson</name>
    <message>
        <source>response is %1 bytes; at most %2 are accepted</source>
        <translation>پاسخ ⁨%1⁩ بایت است؛ حداکثر ⁨%2⁩ پذیرفته می‌شود</translation>
    </message>
    <message>
        <source>response is not strict JSON: %1</source>
        <translation>پاسخ یک JSON سخت‌گیرانه نیست: ⁨%1⁩</translation>
    </message>
    <message>
        <source>response is not a JSON object</source>
        <translation>پاسخ یک شیء JSON نیست</translation>
    </message>
    <message>
        <source>response.type must be &quot;public-key&quot;</source>
        <translation>response.type باید «public-key» باشد</translation>
    </message>
    <message>
        <source>response.response must be an object</source>
        <translation>response.response باید شیء باشد</translation>
    </message>
    <message>
        <source>%1.%2 must be a base64url string</source>
        <translation>⁨%1⁩.⁨%2⁩ باید رشتهٔ base64url باشد</translation>
    </message>
    <message>
        <source>%1.%2 is longer than %3 bytes</source>
        <translation>⁨%1⁩.⁨%2⁩ بلندتر از ⁨%3⁩ بایت است</translation>
    </message>
    <message>
        <source>%1.%2 is not base64url</source>
        <translation>⁨%1⁩.⁨%2⁩ base64url نیست</translation>
    </message>
    <message>
        <source>response.response.transports must be an array of at most 16 strings</source>
        <translation>response.response.transports باید آرایه‌ای از حداکثر ۱۶ رشته باشد</translation>
    </message>
</context>
<context>
    <name>RunOutcome</name>
    <message>
        <source>Key assigned, email queued</source>
        <translation>کلید اختصاص یافت، ایمیل در صف قرار گرفت</translation>
    </message>
    <message>
        <source>Skipped: already has an active key</source>
        <translation>رد شد: از قبل یک کلید فعال دارد</translation>
    </message>
    <message>
        <source>Skipped: activation already pending</source>
        <translation>رد شد: فعال‌سازی از قبل در انتظار است</translation>
    </message>
    <message>
        <source>Skipped: user disabled</source>
        <translation>رد شد: کاربر غیرفعال است</translation>
    </message>
    <message>
        <source>Skipped: no email address</source>
        <translation>رد شد: نشانی ایمیل ندارد</translation>
    </message>
    <message>
        <source>Skipped: activation expired after the last re-issue</source>
        <translation>رد شد: فعال‌سازی پس از آخرین صدور دوباره منقضی شد</translation>
    </message>
    <message>
        <source>Reminder sent</source>
        <translation>یادآوری فرستاده شد</translation>
    </message>
    <message>
        <source>Expired link re-issued</source>
        <translation>پیوند منقضی دوباره صادر شد</translation>
    </message>
    <message>
        <source>Activation expired — no re-issues left</source>
        <translation>فعال‌سازی منقضی شد — صدور دوباره‌ای باقی نمانده</translation>
    </message>
</context>
<context>
    <name>ScimApi</name>
    <message>
        <source>no such SCIM endpoint</source>
        <translation>چنین نقطهٔ پایانی SCIM وجود ندارد</translation>
    </message>
    <message>
        <source>no resource with id %1 in the directory source %2</source>
        <translation>هیچ منبعی با شناسهٔ ⁨%1⁩ در منبع فهرست راهنمای ⁨%2⁩ نیست</translation>
    </message>
    <message>
        <source>use %1 here</source>
        <translation>اینجا از ⁨%1⁩ استفاده کنید</translation>
    </message>
    <message>
        <source>send the body as application/scim+json</source>
        <translation>بدنه را به‌صورت application/scim+json بفرستید</translation>
    </message>
    <message>
        <source>the body is not a JSON object</source>
        <translation>بدنه یک شیء JSON نیست</translation>
    </message>
    <message>
        <source>startIndex and count must be integers</source>
        <translation>startIndex و count باید عدد صحیح باشند</translation>
    </message>
    <message>
        <source>the resource has changed: its version is now %1</source>
        <translation>منبع تغییر کرده است: نسخهٔ آن اکنون ⁨%1⁩ است</translation>
    </message>
    <message>
        <source>the userName %1 is already the user %2&apos;s</source>
        <translation>userName ⁨%1⁩ از قبل مال کاربر ⁨%2⁩ است</translation>
    </message>
    <message>
        <source>no user with id %1 in the directory source %2</source>
        <translation>هیچ کاربری با شناسهٔ ⁨%1⁩ در منبع فهرست راهنمای ⁨%2⁩ نیست</translation>
    </message>
    <message>
        <source>SCIM is answered over plain HTTP on this machine only; use HTTPS</source>
        <translation>SCIM از طریق HTTP ساده فقط روی همین رایانه پاسخ داده می‌شود؛ از HTTPS استفاده کنید</translation>
    </message>
    <message>
        <source>the filter %1 is not one comparison: attribute, operator, value</source>
        <translation>فیلتر ⁨%1⁩ یک مقایسهٔ تکی نیست: ویژگی، عملگر، مقدار</translation>
    </message>
    <message>
        <source>the filter operator %1 is not supported; use eq, co or sw</source>
        <translation>عملگر فیلتر ⁨%1⁩ پشتیبانی نمی‌شود؛ از eq، co یا sw استفاده کنید</translation>
    </message>
    <message>
        <source>users can be filtered by userName, externalId, emails, displayName or id, not %1</source>
        <translation>کاربران را می‌توان با userName، externalId، emails، displayName یا id فیلتر کرد، نه با ⁨%1⁩</translation>
    </message>
    <message>
        <source>groups can be filtered by displayName, externalId or id, not %1</source>
        <translation>گروه‌ها را می‌توان با displayName، externalId یا id فیلتر کرد، نه با ⁨%1⁩</translation>
    </message>
    <message>
        <source>the filter value %1 is not a quoted string</source>
        <translation>مقدار فیلتر ⁨%1⁩ یک رشتهٔ داخل گیومه نیست</translation>
    </message>
    <message>
        <source>the path %1 names no attribute KeyDesk knows</source>
        <translation>مسیر ⁨%1⁩ هیچ ویژگی شناخته‌شده‌ای برای کی‌دسک را نام نمی‌برد</translation>
    </message>
    <message>
        <source>the path %1 is not attribute[filter].subAttribute with an eq filter</source>
        <translation>مسیر ⁨%1⁩ به شکل attribute[filter].subAttribute با فیلتر eq نیست</translation>
    </message>
    <message>
        <source>%1.%2 needs a filter, such as %1[type eq &quot;work&quot;].%2</source>
        <translation>⁨%1⁩.⁨%2⁩ به یک فیلتر نیاز دارد، مانند ⁨%1⁩[type eq &quot;work&quot;].⁨%2⁩</translation>
    </message>
    <message>
        <source>%1 cannot be changed</source>
        <translation>⁨%1⁩ را نمی‌توان تغییر داد</translation>
    </message>
    <message>
        <source>schemas must name %1</source>
        <translation>schemas باید ⁨%1⁩ را نام ببرد</translation>
    </message>
    <message>
        <source>Operations must list at least one operation</source>
        <translation>Operations باید دست‌کم یک عملیات داشته باشد</translation>
    </message>
    <message>
        <source>op must be add, replace or remove, not %1</source>
        <translation>op باید add، replace یا remove باشد، نه ⁨%1⁩</translation>
    </message>
    <message>
        <source>%1 of %2 needs a value</source>
        <translation>⁨%1⁩ برای ⁨%2⁩ به یک مقدار نیاز دارد</translation>
    </message>
    <message>
        <source>remove needs a path</source>
        <translation>remove به یک مسیر نیاز دارد</translation>
    </message>
    <message>
        <source>an operation without a path needs an object of attributes as its value</source>
        <translation>عملیاتی بدون مسیر به یک شیء از ویژگی‌ها به‌عنوان مقدار نیاز دارد</translation>
    </message>
    <message>
        <source>a %1 has no attribute %2</source>
        <translation>⁨%1⁩ ویژگی ⁨%2⁩ ندارد</translation>
    </message>
    <message>
        <source>%1 must be a string</source>
        <translation>⁨%1⁩ باید یک رشته باشد</translation>
    </message>
    <message>
        <source>userName is required</source>
        <translation>userName لازم است</translation>
    </message>
    <message>
        <source>emails must be a list</source>
        <translation>emails باید یک فهرست باشد</translation>
    </message>
    <message>
        <source>a user needs an email: send emails (type work), or a userName that is an email address</source>
        <translation>کاربر به یک ایمیل نیاز دارد: emails (با type برابر work) یا userName‌ای که نشانی ایمیل باشد بفرستید</translation>
    </message>
    <message>
        <source>active must be true or false</source>
        <translation>active باید true یا false باشد</translation>
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation>⁨%1⁩ باید یک شیء باشد</translation>
    </message>
    <message>
        <source>displayName is required</source>
        <translation>displayName لازم است</translation>
    </message>
    <message>
        <source>members must be a list</source>
        <translation>members باید یک فهرست باشد</translation>
    </message>
    <message>
        <source>each member needs a value: the user&apos;s id</source>
        <translation>هر عضو به یک value نیاز دارد: شناسهٔ کاربر</translation>
    </message>
</context>
<context>
    <name>SecurityKey</name>
    <message>
        <source>userVerification must be &quot;required&quot; or &quot;preferred&quot;</source>
        <translation>userVerification باید «required» یا «preferred» باشد</translation>
    </message>
    <message>
        <source>attestation must be &quot;none&quot;, &quot;record&quot; or &quot;require&quot;</source>
        <translation>attestation باید «none»، «record» یا «require» باشد</translation>
    </message>
    <message>
        <source>activationLifetimeMinutes must be a whole number from 1 to %1</source>
        <translation>activationLifetimeMinutes باید عدد صحیحی از ۱ تا ⁨%1⁩ باشد</translation>
    </message>
    <message>
        <source>unknown key setting &quot;%1&quot;</source>
        <translation>تنظیم کلید ناشناخته «⁨%1⁩»</translation>
    </message>
</context>
<context>
    <name>SecurityKeyRepository</name>
    <message>
        <source>the activation lifetime must be positive</source>
        <translation>مدت اعتبار فعال‌سازی باید مثبت باشد</translation>
    </message>
    <message>
        <source>could not draw a unique activation token</source>
        <translation>ساختن توکن فعال‌سازی یکتا ممکن نشد</translation>
    </message>
    <message>
        <source>the activation is no longer live</source>
        <translation>فعال‌سازی دیگر معتبر نیست</translation>
    </message>
</context>
<context>
    <name>SecurityKeyTableModel</name>
    <message>
        <source>%1 days left</source>
        <translation>⁨%1⁩ روز مانده</translation>
    </message>
    <message>
        <source>%1 h left</source>
        <translation>⁨%1⁩ ساعت مانده</translation>
    </message>
    <message>
        <source>%1 min left</source>
        <translation>⁨%1⁩ دقیقه مانده</translation>
    </message>
</context>
<context>
    <name>SecurityKeysTab</name>
    <message>
        <source>+ &amp;New Security Key</source>
        <translation>+ کلید امنیتی جدید (&amp;N)</translation>
    </message>
    <message>
        <source>The user&apos;s security keys</source>
        <translation>کلیدهای امنیتی کاربر</translation>
    </message>
    <message>
        <source>&amp;Verify Now…</source>
        <translation>بررسی همین حالا… (&amp;V)</translation>
    </message>
    <message>
        <source>Prove the key signs in: a fresh authentication ceremony, every check shown.</source>
        <translation>اثبات این‌که کلید وارد می‌شود: یک فرایند احراز هویت تازه، با نمایش همهٔ بررسی‌ها.</translation>
    </message>
    <message>
        <source>&amp;Re-issue Activation…</source>
        <translation>صدور دوبارهٔ فعال‌سازی… (&amp;R)</translation>
    </message>
    <message>
        <source>A new link and code; the old ones stop working.</source>
        <translation>یک پیوند و کد تازه؛ موارد قدیمی دیگر کار نمی‌کنند.</translation>
    </message>
    <message>
        <source>&amp;Suspend</source>
        <translation>تعلیق (&amp;S)</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>ازسرگیری (&amp;U)</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>ابطال… (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>حذف (&amp;D)</translation>
    </message>
    <message>
        <source>Only a key that was never activated.</source>
        <translation>فقط کلیدی که هرگز فعال نشده است.</translation>
    </message>
    <message>
        <source>Windows sign-in</source>
        <translation>ورود به ویندوز</translation>
    </message>
    <message>
        <source>Set &amp;Up…</source>
        <translation>راه‌اندازی… (&amp;U)</translation>
    </message>
    <message>
        <source>A dedicated PC paired with the phone, or a shared PC with a security key reader.</source>
        <translation>یک رایانهٔ شخصی جفت‌شده با گوشی، یا یک رایانهٔ مشترک با کارت‌خوان کلید امنیتی.</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>پاک کردن (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Lost Phone…</source>
        <translation>گوشی &amp;گم‌شده…</translation>
    </message>
    <message>
        <source>Withdraw every smartphone key that may be on the lost phone and issue a replacement, as one case.</source>
        <translation>همهٔ کلیدهای گوشی‌ای را که ممکن است روی گوشی گم‌شده باشند پس بگیر و جایگزینی صادر کن، در یک پرونده.</translation>
    </message>
    <message>
        <source>Phone &amp;Found…</source>
        <translation>گوشی &amp;پیدا شد…</translation>
    </message>
    <message>
        <source>Undo the last lost-phone case: its keys resume, a replacement still waiting for activation is revoked.</source>
        <translation>آخرین پروندهٔ گوشی گم‌شده را بازگردان: کلیدهایش از سر گرفته می‌شوند و جایگزینی که هنوز در انتظار فعال‌سازی است باطل می‌شود.</translation>
    </message>
</context>
<context>
    <name>SelfSignedCertificate</name>
    <message>
        <source>&quot;%1&quot; is not a host name or IP address</source>
        <translation>«⁨%1⁩» نام میزبان یا نشانی IP نیست</translation>
    </message>
    <message>
        <source>OpenSSL could not make a key</source>
        <translation>OpenSSL نتوانست کلید بسازد</translation>
    </message>
    <message>
        <source>OpenSSL could not add the certificate&apos;s extensions</source>
        <translation>OpenSSL نتوانست افزونه‌های گواهی را بیفزاید</translation>
    </message>
    <message>
        <source>OpenSSL could not sign the certificate</source>
        <translation>OpenSSL نتوانست گواهی را امضا کند</translation>
    </message>
    <message>
        <source>OpenSSL could not write PEM</source>
        <translation>OpenSSL نتوانست PEM بنویسد</translation>
    </message>
</context>
<context>
    <name>ServerRuntime</name>
    <message>
        <source>Workflows not run: %1</source>
        <translation>گردش‌های کار اجرا نشدند: ⁨%1⁩</translation>
    </message>
</context>
<context>
    <name>SessionKeeper</name>
    <message>
        <source>cannot make the folder %1</source>
        <translation>ساختن پوشهٔ ⁨%1⁩ ممکن نیست</translation>
    </message>
    <message>
        <source>the keychain</source>
        <translation>جاکلیدی سیستم</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Browse…</source>
        <translation>مرور…</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>This sign-in has expired. Start a new one at the desk.</source>
        <translation>این ورود منقضی شده است. در میز کار ورود تازه‌ای آغاز کنید.</translation>
    </message>
    <message>
        <source>This sign-in is finished. Start a new one at the desk to try again.</source>
        <translation>این ورود به پایان رسیده است. برای تلاش دوباره در میز کار ورود تازه‌ای آغاز کنید.</translation>
    </message>
    <message>
        <source>This sign-in link is not valid. Check that you scanned the code on the desk.</source>
        <translation>این پیوند ورود معتبر نیست. بررسی کنید که کد روی میز کار را اسکن کرده باشید.</translation>
    </message>
    <message>
        <source>Confirm with your security key…</source>
        <translation>با کلید امنیتی خود تأیید کنید…</translation>
    </message>
    <message>
        <source>Signed in. You can put the phone away; the desk continues.</source>
        <translation>وارد شدید. می‌توانید گوشی را کنار بگذارید؛ میز کار ادامه می‌دهد.</translation>
    </message>
    <message>
        <source>Nothing was signed. Tap “Sign in” to try again.</source>
        <translation>چیزی امضا نشد. برای تلاش دوباره «ورود» را بزنید.</translation>
    </message>
    <message>
        <source>Sign-in failed.</source>
        <translation>ورود ناموفق بود.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the connection and try again.</source>
        <translation>کارساز در دسترس نیست. اتصال را بررسی کنید و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>This browser cannot use passkeys. Open the link in your phone&apos;s default browser.</source>
        <translation>این مرورگر نمی‌تواند از گذرکلید استفاده کند. پیوند را در مرورگر پیش‌فرض گوشی خود باز کنید.</translation>
    </message>
    <message>
        <source>The desk “%1” at %2 asks you to sign in to KeyDesk with your security key.</source>
        <translation>میز کار «⁨%1⁩» در ⁨%2⁩ از شما می‌خواهد با کلید امنیتی خود به KeyDesk وارد شوید.</translation>
    </message>
    <message>
        <source>Sign in to KeyDesk</source>
        <translation>ورود به KeyDesk</translation>
    </message>
    <message>
        <source>Match number</source>
        <translation>عدد تطبیق</translation>
    </message>
    <message>
        <source>Sign in only if the desk in front of you shows this number.</source>
        <translation>فقط وقتی وارد شوید که میز کار روبه‌رویتان همین عدد را نشان دهد.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>ورود</translation>
    </message>
</context>
<context>
    <name>SignInService</name>
    <message>
        <source>This sign-in link is not valid. Check that you scanned the code on the desk.</source>
        <translation>این پیوند ورود معتبر نیست. بررسی کنید که کد روی میز کار را اسکن کرده باشید.</translation>
    </message>
    <message>
        <source>a desk names itself in 1 to %1 characters</source>
        <translation>نام میز کار ۱ تا ⁨%1⁩ نویسه است</translation>
    </message>
    <message>
        <source>too many sign-ins from %1</source>
        <translation>ورودهای بیش از حد از ⁨%1⁩</translation>
    </message>
    <message>
        <source>This sign-in has expired. Start a new one at the desk.</source>
        <translation>این ورود منقضی شده است. در میز کار ورود تازه‌ای آغاز کنید.</translation>
    </message>
    <message>
        <source>This sign-in is finished. Start a new one at the desk to try again.</source>
        <translation>این ورود به پایان رسیده است. برای تلاش دوباره در میز کار ورود تازه‌ای آغاز کنید.</translation>
    </message>
    <message>
        <source>KeyDesk did not sign you in: %1</source>
        <translation>KeyDesk شما را وارد نکرد: ⁨%1⁩</translation>
    </message>
    <message>
        <source>The authentication response is not valid: %1</source>
        <translation>پاسخ احراز هویت معتبر نیست: ⁨%1⁩</translation>
    </message>
    <message>
        <source>this key is not registered with KeyDesk</source>
        <translation>این کلید در KeyDesk ثبت نشده است</translation>
    </message>
    <message>
        <source>key %1 of %2 is %3</source>
        <translation>کلید ⁨%1⁩ از ⁨%2⁩ در وضعیت ⁨%3⁩ است</translation>
    </message>
    <message>
        <source>%1 is not a KeyDesk operator</source>
        <translation>⁨%1⁩ اپراتور KeyDesk نیست</translation>
    </message>
    <message>
        <source>%1 is disabled</source>
        <translation>⁨%1⁩ غیرفعال است</translation>
    </message>
    <message>
        <source>the relying party refused the assertion (%1): %2</source>
        <translation>طرف متکی ادعا را رد کرد (⁨%1⁩): ⁨%2⁩</translation>
    </message>
    <message>
        <source>no such sign-in; start a new one</source>
        <translation>چنین ورودی وجود ندارد؛ ورود تازه‌ای آغاز کنید</translation>
    </message>
    <message>
        <source>the sign-in expired before the phone answered; start a new one</source>
        <translation>ورود پیش از پاسخ گوشی منقضی شد؛ ورود تازه‌ای آغاز کنید</translation>
    </message>
    <message>
        <source>the sign-in was refused: %1</source>
        <translation>ورود رد شد: ⁨%1⁩</translation>
    </message>
    <message>
        <source>this sign-in&apos;s session was handed out already</source>
        <translation>نشست این ورود پیش‌تر تحویل داده شده است</translation>
    </message>
    <message>
        <source>the sign-in expired before the desk collected its session; start a new one</source>
        <translation>ورود پیش از آنکه میز کار نشستش را بگیرد منقضی شد؛ ورود تازه‌ای آغاز کنید</translation>
    </message>
</context>
<context>
    <name>Signature</name>
    <message>
        <source>signature is not a DER ECDSA signature</source>
        <translation>امضا یک امضای ECDSA با کدگذاری DER نیست</translation>
    </message>
    <message>
        <source>signature has r or s ≤ 0</source>
        <translation>امضا r یا s کوچک‌تر یا برابر صفر دارد</translation>
    </message>
    <message>
        <source>signature DER is not canonical</source>
        <translation>DER امضا متعارف نیست</translation>
    </message>
    <message>
        <source>signature is raw r‖s (%1 bytes); WebAuthn requires DER</source>
        <translation>امضا r‖s خام است (⁨%1⁩ بایت)؛ WebAuthn کدگذاری DER را لازم می‌داند</translation>
    </message>
    <message>
        <source>%1 bytes follow the DER signature</source>
        <translation>⁨%1⁩ بایت پس از امضای DER آمده است</translation>
    </message>
    <message>
        <source>signature has r or s not below the curve order</source>
        <translation>امضا r یا s دارد که کمتر از مرتبهٔ خم نیست</translation>
    </message>
    <message>
        <source>%1 needs an EC key</source>
        <translation>⁨%1⁩ به کلید EC نیاز دارد</translation>
    </message>
    <message>
        <source>%1 needs a key on curve %2</source>
        <translation>⁨%1⁩ به کلیدی روی خم ⁨%2⁩ نیاز دارد</translation>
    </message>
    <message>
        <source>%1 needs an RSA key</source>
        <translation>⁨%1⁩ به کلید RSA نیاز دارد</translation>
    </message>
    <message>
        <source>RSA key has %1 bits; at least 2048 are required</source>
        <translation>کلید RSA ⁨%1⁩ بیت دارد؛ دست‌کم ۲۰۴۸ لازم است</translation>
    </message>
    <message>
        <source>EdDSA needs an Ed25519 key</source>
        <translation>EdDSA به کلید Ed25519 نیاز دارد</translation>
    </message>
    <message>
        <source>algorithm %1 is not supported</source>
        <translation>الگوریتم ⁨%1⁩ پشتیبانی نمی‌شود</translation>
    </message>
    <message>
        <source>Ed25519 signature must be 64 bytes, got %1</source>
        <translation>امضای Ed25519 باید ۶۴ بایت باشد، ⁨%1⁩ رسید</translation>
    </message>
    <message>
        <source>RSA signature must be %1 bytes, got %2</source>
        <translation>امضای RSA باید ⁨%1⁩ بایت باشد، ⁨%2⁩ رسید</translation>
    </message>
    <message>
        <source>signature verification could not start</source>
        <translation>بررسی امضا آغاز نشد</translation>
    </message>
    <message>
        <source>%1 signature does not verify</source>
        <translation>امضای ⁨%1⁩ تأیید نمی‌شود</translation>
    </message>
</context>
<context>
    <name>SmtpSession</name>
    <message>
        <source>the mail server did not answer within %1 s</source>
        <translation>کارساز ایمیل ظرف ⁨%1⁩ ثانیه پاسخ نداد</translation>
    </message>
    <message>
        <source>connection to %1:%2 failed: %3</source>
        <translation>اتصال به ⁨%1⁩:⁨%2⁩ ناموفق بود: ⁨%3⁩</translation>
    </message>
    <message>
        <source>the mail server&apos;s TLS certificate is not trusted: %1</source>
        <translation>گواهی TLS کارساز ایمیل مورد اعتماد نیست: ⁨%1⁩</translation>
    </message>
    <message>
        <source>the mail server closed the connection</source>
        <translation>کارساز ایمیل اتصال را بست</translation>
    </message>
    <message>
        <source>no PEM certificate in &apos;%1&apos;</source>
        <translation>در «⁨%1⁩» گواهی PEM نیست</translation>
    </message>
    <message>
        <source>the message (%1 bytes) is larger than the server accepts (%2 bytes)</source>
        <translation>پیام (⁨%1⁩ بایت) بزرگ‌تر از حدی است که کارساز می‌پذیرد (⁨%2⁩ بایت)</translation>
    </message>
    <message>
        <source>the mail server sent a malformed reply: %1</source>
        <translation>کارساز ایمیل پاسخ بدشکلی فرستاد: ⁨%1⁩</translation>
    </message>
    <message>
        <source>the mail server sent an overlong line</source>
        <translation>کارساز ایمیل خطی بیش از حد بلند فرستاد</translation>
    </message>
    <message>
        <source>the mail server does not offer STARTTLS, which the settings require</source>
        <translation>کارساز ایمیل STARTTLS را که تنظیمات لازم می‌داند ارائه نمی‌کند</translation>
    </message>
    <message>
        <source>refusing to send the SMTP password over an unencrypted connection; use STARTTLS or TLS</source>
        <translation>گذرواژهٔ SMTP روی اتصال رمزنگاری‌نشده فرستاده نمی‌شود؛ از STARTTLS یا TLS استفاده کنید</translation>
    </message>
    <message>
        <source>the mail server offers no AUTH PLAIN or LOGIN (it offers: %1)</source>
        <translation>کارساز ایمیل AUTH PLAIN یا LOGIN ارائه نمی‌کند (ارائه می‌کند: ⁨%1⁩)</translation>
    </message>
    <message>
        <source>the mail server refused the connection: %1</source>
        <translation>کارساز ایمیل اتصال را نپذیرفت: ⁨%1⁩</translation>
    </message>
    <message>
        <source>EHLO was refused: %1</source>
        <translation>EHLO پذیرفته نشد: ⁨%1⁩</translation>
    </message>
    <message>
        <source>STARTTLS was refused: %1</source>
        <translation>STARTTLS پذیرفته نشد: ⁨%1⁩</translation>
    </message>
    <message>
        <source>the mail server refused the login: %1</source>
        <translation>کارساز ایمیل ورود را نپذیرفت: ⁨%1⁩</translation>
    </message>
    <message>
        <source>RSET was refused: %1</source>
        <translation>RSET پذیرفته نشد: ⁨%1⁩</translation>
    </message>
</context>
<context>
    <name>SmtpSettings</name>
    <message>
        <source>the SMTP host is empty</source>
        <translation>میزبان SMTP خالی است</translation>
    </message>
    <message>
        <source>the SMTP port must be 1 to 65535</source>
        <translation>درگاه SMTP باید از ۱ تا ۶۵۵۳۵ باشد</translation>
    </message>
    <message>
        <source>the sender address &quot;%1&quot; is not an email address</source>
        <translation>نشانی فرستنده «⁨%1⁩» نشانی ایمیل نیست</translation>
    </message>
    <message>
        <source>the SMTP timeout must be 1 to 600 seconds</source>
        <translation>مهلت SMTP باید از ۱ تا ۶۰۰ ثانیه باشد</translation>
    </message>
    <message>
        <source>the email language &quot;%1&quot; is not one of %2</source>
        <translation>زبان ایمیل «⁨%1⁩» یکی از ⁨%2⁩ نیست</translation>
    </message>
    <message>
        <source>a user name is set but no password (keychain or KEYDESK_SMTP_PASSWORD)</source>
        <translation>نام کاربری تنظیم شده اما گذرواژه‌ای نیست (جاکلیدی یا KEYDESK_SMTP_PASSWORD)</translation>
    </message>
    <message>
        <source>setting %1: &quot;%2&quot; is not a port number</source>
        <translation>تنظیم ⁨%1⁩: «⁨%2⁩» شمارهٔ درگاه نیست</translation>
    </message>
    <message>
        <source>setting %1: &quot;%2&quot; must be none, starttls or tls</source>
        <translation>تنظیم ⁨%1⁩: «⁨%2⁩» باید none، starttls یا tls باشد</translation>
    </message>
    <message>
        <source>setting %1: &quot;%2&quot; must be 1 to 600 seconds</source>
        <translation>تنظیم ⁨%1⁩: «⁨%2⁩» باید از ۱ تا ۶۰۰ ثانیه باشد</translation>
    </message>
    <message>
        <source>(kept elsewhere)</source>
        <translation>(جای دیگری نگه داشته می‌شود)</translation>
    </message>
</context>
<context>
    <name>SmtpSettingsDialog</name>
    <message>
        <source>Email Settings</source>
        <translation>تنظیمات ایمیل</translation>
    </message>
    <message>
        <source>SMTP &amp;server:</source>
        <translation>کارساز SMTP: (&amp;S)</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>درگاه: (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Security:</source>
        <translation>امنیت: (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>نام کاربری: (&amp;U)</translation>
    </message>
    <message>
        <source>empty: no login</source>
        <translation>خالی: بدون ورود</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>گذرواژه: (&amp;W)</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in the database or the settings file.</source>
        <translation>در جاکلیدی سیستم نگه داشته می‌شود، هرگز در پایگاه داده یا پروندهٔ تنظیمات.</translation>
    </message>
    <message>
        <source>&amp;From address:</source>
        <translation>نشانی فرستنده: (&amp;F)</translation>
    </message>
    <message>
        <source>helpdesk@example.com</source>
        <translation>helpdesk@example.com</translation>
    </message>
    <message>
        <source>From &amp;name:</source>
        <translation>نام فرستنده: (&amp;N)</translation>
    </message>
    <message>
        <source>IT Helpdesk</source>
        <translation>پشتیبانی فناوری اطلاعات</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>سازمان: (&amp;O)</translation>
    </message>
    <message>
        <source>as in &quot;Contoso IT has set up a security key for you&quot;</source>
        <translation>مانند &quot;فناوری اطلاعات Contoso یک کلید امنیتی برای شما راه‌اندازی کرده است&quot;</translation>
    </message>
    <message>
        <source>Extra &amp;CA file:</source>
        <translation>پروندهٔ CA اضافی: (&amp;C)</translation>
    </message>
    <message>
        <source>optional PEM, for a server with a private certificate</source>
        <translation>PEM اختیاری، برای کارسازی با گواهی خصوصی</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>مرور…</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>آزمایش</translation>
    </message>
    <message>
        <source>send a test email to…</source>
        <translation>فرستادن ایمیل آزمایشی به…</translation>
    </message>
    <message>
        <source>Send &amp;Test Email</source>
        <translation>فرستادن ایمیل آزمایشی (&amp;T)</translation>
    </message>
    <message>
        <source>Email &amp;language:</source>
        <translation>زبان ایمیل: (&amp;L)</translation>
    </message>
    <message>
        <source>The language activation emails are written in, whatever language this console shows.</source>
        <translation>زبانی که ایمیل‌های فعال‌سازی به آن نوشته می‌شوند، هر زبانی که این کنسول نشان دهد.</translation>
    </message>
</context>
<context>
    <name>SoftwareAuthenticator</name>
    <message>
        <source>none of the requested algorithms is supported</source>
        <translation>هیچ‌یک از الگوریتم‌های درخواستی پشتیبانی نمی‌شود</translation>
    </message>
    <message>
        <source>key generation failed</source>
        <translation>ساختن کلید ناموفق بود</translation>
    </message>
    <message>
        <source>the credential&apos;s private key is unusable</source>
        <translation>کلید خصوصی اعتبارنامه قابل استفاده نیست</translation>
    </message>
    <message>
        <source>the batch attestation key cannot be read</source>
        <translation>کلید گواهی دسته‌ای خوانده نمی‌شود</translation>
    </message>
</context>
<context>
    <name>SoftwareCredential</name>
    <message>
        <source>credential entry is incomplete or its key does not match its algorithm</source>
        <translation>ورودی اعتبارنامه ناقص است یا کلیدش با الگوریتمش جور نیست</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>the code key &apos;%1&apos; is missing; give this program the database&apos;s key file (every server instance needs the same one: KEYDESK_CODE_KEY_FILE)</source>
        <translation>کلید کد «⁨%1⁩» پیدا نشد؛ پرونده کلید پایگاه داده را به این برنامه بدهید (هر نمونه‌ی کارساز به همان پرونده نیاز دارد: KEYDESK_CODE_KEY_FILE)</translation>
    </message>
    <message>
        <source>the code key &apos;%1&apos; is not the one this database&apos;s codes were made with; give this program the database&apos;s key file (every server instance needs the same one: KEYDESK_CODE_KEY_FILE)</source>
        <translation>کلید کد «⁨%1⁩» همان کلیدی نیست که کدهای این پایگاه داده با آن ساخته شده‌اند؛ پرونده کلید پایگاه داده را به این برنامه بدهید (هر نمونه‌ی کارساز به همان پرونده نیاز دارد: KEYDESK_CODE_KEY_FILE)</translation>
    </message>
</context>
<context>
    <name>StrictCbor</name>
    <message>
        <source>CBOR nested deeper than %1 levels</source>
        <translation>CBOR بیش از ⁨%1⁩ سطح تودرتو است</translation>
    </message>
    <message>
        <source>CBOR string at byte %1 declares %2 bytes but only %3 remain</source>
        <translation>رشتهٔ CBOR در بایت ⁨%1⁩، ⁨%2⁩ بایت اعلام می‌کند اما فقط ⁨%3⁩ بایت مانده است</translation>
    </message>
    <message>
        <source>CBOR array at byte %1 declares %2 items but only %3 bytes remain</source>
        <translation>آرایهٔ CBOR در بایت ⁨%1⁩، ⁨%2⁩ عضو اعلام می‌کند اما فقط ⁨%3⁩ بایت مانده است</translation>
    </message>
    <message>
        <source>CBOR tag at byte %1 is not allowed here</source>
        <translation>برچسب CBOR در بایت ⁨%1⁩ اینجا مجاز نیست</translation>
    </message>
    <message>
        <source>CBOR data ends at byte %1 where an item should start</source>
        <translation>دادهٔ CBOR در بایت ⁨%1⁩ تمام می‌شود، جایی که باید عضوی آغاز شود</translation>
    </message>
    <message>
        <source>CBOR simple value 0x%1 at byte %2 is not allowed</source>
        <translation>مقدار سادهٔ CBOR ‎0x⁨%1⁩ در بایت ⁨%2⁩ مجاز نیست</translation>
    </message>
    <message>
        <source>CBOR indefinite length at byte %1 is not allowed</source>
        <translation>طول نامعین CBOR در بایت ⁨%1⁩ مجاز نیست</translation>
    </message>
    <message>
        <source>CBOR reserved header 0x%1 at byte %2</source>
        <translation>سرآیند رزروشدهٔ CBOR ‎0x⁨%1⁩ در بایت ⁨%2⁩</translation>
    </message>
    <message>
        <source>CBOR header at byte %1 is cut short</source>
        <translation>سرآیند CBOR در بایت ⁨%1⁩ بریده شده است</translation>
    </message>
    <message>
        <source>CBOR map at byte %1 declares %2 entries but only %3 bytes remain</source>
        <translation>نگاشت CBOR در بایت ⁨%1⁩، ⁨%2⁩ مدخل اعلام می‌کند اما فقط ⁨%3⁩ بایت مانده است</translation>
    </message>
    <message>
        <source>CBOR map at byte %1 has a duplicate key at byte %2</source>
        <translation>نگاشت CBOR در بایت ⁨%1⁩ کلید تکراری در بایت ⁨%2⁩ دارد</translation>
    </message>
    <message>
        <source>CBOR item could not be decoded (libcbor error %1 at byte %2)</source>
        <translation>عضو CBOR رمزگشایی نشد (خطای libcbor ‏⁨%1⁩ در بایت ⁨%2⁩)</translation>
    </message>
    <message>
        <source>%1 trailing bytes after the CBOR item</source>
        <translation>⁨%1⁩ بایت اضافه پس از عضو CBOR</translation>
    </message>
    <message>
        <source>%1 is not a CBOR map</source>
        <translation>⁨%1⁩ یک نگاشت CBOR نیست</translation>
    </message>
    <message>
        <source>CBOR map key at byte %1 is neither an integer nor text</source>
        <translation>کلید نگاشت CBOR در بایت ⁨%1⁩ نه عدد صحیح است نه متن</translation>
    </message>
</context>
<context>
    <name>StrictJson</name>
    <message>
        <source>unexpected data after the JSON value</source>
        <translation>دادهٔ غیرمنتظره پس از مقدار JSON</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>⁨%1⁩ در بایت ⁨%2⁩</translation>
    </message>
    <message>
        <source>invalid value</source>
        <translation>مقدار نامعتبر</translation>
    </message>
    <message>
        <source>JSON nested deeper than %1 levels</source>
        <translation>JSON بیش از ⁨%1⁩ سطح تودرتو است</translation>
    </message>
    <message>
        <source>unterminated object</source>
        <translation>شیء ناتمام</translation>
    </message>
    <message>
        <source>expected a member name</source>
        <translation>نام عضو انتظار می‌رفت</translation>
    </message>
    <message>
        <source>more than %1 members in an object</source>
        <translation>بیش از ⁨%1⁩ عضو در یک شیء</translation>
    </message>
    <message>
        <source>duplicate member &quot;%1&quot;</source>
        <translation>عضو تکراری «⁨%1⁩»</translation>
    </message>
    <message>
        <source>expected &apos;:&apos;</source>
        <translation>«:» انتظار می‌رفت</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>«,» یا «}» انتظار می‌رفت</translation>
    </message>
    <message>
        <source>more than %1 items in an array</source>
        <translation>بیش از ⁨%1⁩ عضو در یک آرایه</translation>
    </message>
    <message>
        <source>unterminated array</source>
        <translation>آرایهٔ ناتمام</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos;</source>
        <translation>«,» یا «]» انتظار می‌رفت</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>رشتهٔ ناتمام</translation>
    </message>
    <message>
        <source>control character in a string</source>
        <translation>نویسهٔ کنترلی در رشته</translation>
    </message>
    <message>
        <source>invalid escape</source>
        <translation>گریز نامعتبر</translation>
    </message>
    <message>
        <source>unpaired surrogate</source>
        <translation>جانشین بی‌جفت</translation>
    </message>
    <message>
        <source>invalid \u escape</source>
        <translation>گریز ‎\u نامعتبر</translation>
    </message>
    <message>
        <source>invalid UTF-8</source>
        <translation>UTF-8 نامعتبر</translation>
    </message>
    <message>
        <source>unexpected end</source>
        <translation>پایان غیرمنتظره</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>عدد نامعتبر</translation>
    </message>
</context>
<context>
    <name>SyncJson</name>
    <message>
        <source>the server&apos;s answer has no valid %1</source>
        <translation>پاسخ کارساز ⁨%1⁩ معتبری ندارد</translation>
    </message>
</context>
<context>
    <name>TestEmail</name>
    <message>
        <source>KeyDesk test email</source>
        <translation>ایمیل آزمایشی KeyDesk</translation>
    </message>
    <message>
        <source>KeyDesk can send email through %1:%2. Activation emails will arrive like this one.</source>
        <translation>KeyDesk می‌تواند از راه ⁨%1⁩:⁨%2⁩ ایمیل بفرستد. ایمیل‌های فعال‌سازی مانند همین ایمیل می‌رسند.</translation>
    </message>
</context>
<context>
    <name>TpmAttestation</name>
    <message>
        <source>pubArea is not an RSA key like the credential</source>
        <translation>pubArea مانند اعتبارنامه کلید RSA نیست</translation>
    </message>
    <message>
        <source>pubArea&apos;s RSA key is not the credential public key</source>
        <translation>کلید RSA در pubArea کلید عمومی اعتبارنامه نیست</translation>
    </message>
    <message>
        <source>pubArea&apos;s ECC key is not the credential public key</source>
        <translation>کلید ECC در pubArea کلید عمومی اعتبارنامه نیست</translation>
    </message>
    <message>
        <source>TPM attestation needs an RSA or EC2 credential key</source>
        <translation>گواهی TPM به کلید اعتبارنامهٔ RSA یا EC2 نیاز دارد</translation>
    </message>
    <message>
        <source>AIK certificate is not X.509 version 3</source>
        <translation>گواهی‌نامهٔ AIK نسخهٔ ۳ X.509 نیست</translation>
    </message>
    <message>
        <source>AIK certificate subject must be empty</source>
        <translation>موضوع گواهی‌نامهٔ AIK باید خالی باشد</translation>
    </message>
    <message>
        <source>AIK certificate&apos;s subject alternative name lacks the TPM manufacturer, model or version</source>
        <translation>نام جایگزین موضوع در گواهی‌نامهٔ AIK سازنده، مدل یا نسخهٔ TPM را ندارد</translation>
    </message>
    <message>
        <source>AIK certificate lacks the extended key usage tcg-kp-AIKCertificate</source>
        <translation>گواهی‌نامهٔ AIK کاربرد گستردهٔ کلید tcg-kp-AIKCertificate را ندارد</translation>
    </message>
    <message>
        <source>AIK certificate is a CA certificate</source>
        <translation>گواهی‌نامهٔ AIK یک گواهی‌نامهٔ CA است</translation>
    </message>
    <message>
        <source>tpm attStmt needs ver, alg, sig, certInfo and pubArea</source>
        <translation>attStmt از نوع tpm به ver، alg، sig، certInfo و pubArea نیاز دارد</translation>
    </message>
    <message>
        <source>tpm attStmt ver must be &quot;2.0&quot;</source>
        <translation>ver در attStmt از نوع tpm باید «2.0» باشد</translation>
    </message>
    <message>
        <source>tpm attestation alg %1 is not supported</source>
        <translation>alg گواهی tpm ‏⁨%1⁩ پشتیبانی نمی‌شود</translation>
    </message>
    <message>
        <source>tpm pubArea is malformed</source>
        <translation>pubArea در tpm بدشکل است</translation>
    </message>
    <message>
        <source>tpm certInfo is malformed</source>
        <translation>certInfo در tpm بدشکل است</translation>
    </message>
    <message>
        <source>tpm certInfo magic is not TPM_GENERATED_VALUE</source>
        <translation>magic در certInfo برابر TPM_GENERATED_VALUE نیست</translation>
    </message>
    <message>
        <source>tpm certInfo type is not TPM_ST_ATTEST_CERTIFY</source>
        <translation>type در certInfo برابر TPM_ST_ATTEST_CERTIFY نیست</translation>
    </message>
    <message>
        <source>tpm certInfo extraData is not the hash of authData ‖ clientDataHash</source>
        <translation>extraData در certInfo هش authData ‖ clientDataHash نیست</translation>
    </message>
    <message>
        <source>tpm certInfo does not name this pubArea</source>
        <translation>certInfo این pubArea را نام نمی‌برد</translation>
    </message>
    <message>
        <source>AIK certificate key does not fit alg: %1</source>
        <translation>کلید گواهی‌نامهٔ AIK با alg جور نیست: ⁨%1⁩</translation>
    </message>
    <message>
        <source>tpm attestation, AIK issued by %1</source>
        <translation>گواهی tpm، AIK صادرشده توسط ⁨%1⁩</translation>
    </message>
    <message>
        <source>the AIK (certInfo)</source>
        <translation>AIK (certInfo)</translation>
    </message>
</context>
<context>
    <name>User</name>
    <message>
        <source>display name is required</source>
        <translation>نام نمایشی لازم است</translation>
    </message>
    <message>
        <source>display name is longer than %1 characters</source>
        <translation>نام نمایشی بلندتر از ⁨%1⁩ نویسه است</translation>
    </message>
    <message>
        <source>UPN &apos;%1&apos; is not of the form name@domain</source>
        <translation>UPN «⁨%1⁩» به شکل name@domain نیست</translation>
    </message>
    <message>
        <source>department is longer than %1 characters</source>
        <translation>بخش بلندتر از ⁨%1⁩ نویسه است</translation>
    </message>
    <message>
        <source>control characters are not allowed</source>
        <translation>نویسه‌های کنترلی مجاز نیستند</translation>
    </message>
</context>
<context>
    <name>UserCsvImporter</name>
    <message>
        <source>... and %1 more problems</source>
        <translation>… و ⁨%1⁩ مشکل دیگر</translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>«⁨%1⁩» خواندنی نیست: ⁨%2⁩</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is larger than %2 MiB</source>
        <translation>«⁨%1⁩» بزرگ‌تر از ⁨%2⁩ مبی‌بایت است</translation>
    </message>
    <message>
        <source>the file is empty; expected a header line such as display_name,email,upn,department,groups</source>
        <translation>پرونده خالی است؛ یک خط سرآیند مانند display_name,email,upn,department,groups انتظار می‌رفت</translation>
    </message>
    <message>
        <source>line %1: column &apos;%2&apos; appears twice in the header</source>
        <translation>خط ⁨%1⁩: ستون «⁨%2⁩» دو بار در سرآیند آمده است</translation>
    </message>
    <message>
        <source>line %1: required column &apos;%2&apos; is missing from the header</source>
        <translation>خط ⁨%1⁩: ستون لازم «⁨%2⁩» در سرآیند نیست</translation>
    </message>
    <message>
        <source>the file has a header but no user rows</source>
        <translation>پرونده سرآیند دارد اما هیچ ردیف کاربری ندارد</translation>
    </message>
    <message>
        <source>line %1: %2 fields, but the header has %3</source>
        <translation>خط ⁨%1⁩: ⁨%2⁩ فیلد، اما سرآیند ⁨%3⁩ فیلد دارد</translation>
    </message>
    <message>
        <source>line %1: email &apos;%2&apos; already appears on line %3</source>
        <translation>خط ⁨%1⁩: ایمیل «⁨%2⁩» پیش‌تر در خط ⁨%3⁩ آمده است</translation>
    </message>
    <message>
        <source>import cancelled; nothing was changed</source>
        <translation>درون‌ریزی لغو شد؛ چیزی تغییر نکرد</translation>
    </message>
    <message>
        <source>line %1: %2; nothing was changed</source>
        <translation>خط ⁨%1⁩: ⁨%2⁩؛ چیزی تغییر نکرد</translation>
    </message>
    <message>
        <source>lines %1-%2: %3; nothing was changed</source>
        <translation>خط‌های ⁨%1⁩ تا ⁨%2⁩: ⁨%3⁩؛ چیزی تغییر نکرد</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>خط ⁨%1⁩: ⁨%2⁩</translation>
    </message>
    <message>
        <source>an email is already in use</source>
        <translation>یک ایمیل از قبل در استفاده است</translation>
    </message>
    <message>
        <source>the members of group &apos;%1&apos; come from the directory source %2</source>
        <translation>اعضای گروه «⁨%1⁩» از منبع فهرست راهنمای ⁨%2⁩ می‌آیند</translation>
    </message>
    <message>
        <source>%1 comes from the directory source %2</source>
        <translation>⁨%1⁩ از منبع فهرست راهنمای ⁨%2⁩ می‌آید</translation>
    </message>
</context>
<context>
    <name>UserDetailsDialog</name>
    <message>
        <source>User Details</source>
        <translation>جزئیات کاربر</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>نمایه</translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation>نام نمایشی: (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>ایمیل: (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;UPN:</source>
        <translation>UPN: (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>بخش: (&amp;D)</translation>
    </message>
    <message>
        <source>Account enabled</source>
        <translation>حساب فعال است</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>منبع:</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>بازگردانی</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>ذخیره (&amp;S)</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>گروه‌ها</translation>
    </message>
    <message>
        <source>Groups of the user</source>
        <translation>گروه‌های کاربر</translation>
    </message>
    <message>
        <source>Group to add the user to</source>
        <translation>گروهی که کاربر به آن افزوده می‌شود</translation>
    </message>
    <message>
        <source>Add to Group</source>
        <translation>افزودن به گروه</translation>
    </message>
    <message>
        <source>Remove from Group</source>
        <translation>حذف از گروه</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>فعالیت</translation>
    </message>
    <message>
        <source>The user&apos;s activity</source>
        <translation>فعالیت کاربر</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>no user &apos;%1&apos;</source>
        <translation>کاربر «⁨%1⁩» وجود ندارد</translation>
    </message>
    <message>
        <source>listing users: %1</source>
        <translation>فهرست کردن کاربران: ⁨%1⁩</translation>
    </message>
    <message>
        <source>no user with id %1</source>
        <translation>کاربری با شناسهٔ ⁨%1⁩ وجود ندارد</translation>
    </message>
    <message>
        <source>adding users: %1 ids returned for %2 rows</source>
        <translation>افزودن کاربران: ⁨%1⁩ شناسه برای ⁨%2⁩ ردیف برگشت</translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>no user with id %1</source>
        <translation>کاربری با شناسهٔ ⁨%1⁩ وجود ندارد</translation>
    </message>
    <message>
        <source>a user with email &apos;%1&apos; already exists</source>
        <translation>کاربری با ایمیل «⁨%1⁩» از قبل وجود دارد</translation>
    </message>
    <message>
        <source>user &apos;%1&apos; is already enabled</source>
        <translation>کاربر «⁨%1⁩» از قبل فعال است</translation>
    </message>
    <message>
        <source>user &apos;%1&apos; is already disabled</source>
        <translation>کاربر «⁨%1⁩» از قبل غیرفعال است</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already a member of &apos;%2&apos;</source>
        <translation>«⁨%1⁩» از قبل عضو «⁨%2⁩» است</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a member of &apos;%2&apos;</source>
        <translation>«⁨%1⁩» عضو «⁨%2⁩» نیست</translation>
    </message>
    <message>
        <source>%1 comes from the directory source %2: change their name, email, UPN, department and state there</source>
        <translation>⁨%1⁩ از منبع فهرست راهنمای ⁨%2⁩ می‌آید: نام، رایانامه، UPN، بخش و وضعیتش را همان‌جا تغییر دهید</translation>
    </message>
    <message>
        <source>the members of group &apos;%1&apos; come from the directory source %2: change them there</source>
        <translation>اعضای گروه «⁨%1⁩» از منبع فهرست راهنمای ⁨%2⁩ می‌آیند: همان‌جا تغییرشان دهید</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>All Users</source>
        <translation>همهٔ کاربران</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>جست‌وجوی کاربران</translation>
    </message>
    <message>
        <source>Search name, email, UPN or department</source>
        <translation>جست‌وجوی نام، ایمیل، UPN یا بخش</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>گروه:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>وضعیت:</translation>
    </message>
    <message>
        <source>Windows sign-in:</source>
        <translation>ورود به ویندوز:</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>کاربران</translation>
    </message>
    <message>
        <source>New User…</source>
        <translation>کاربر جدید…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>باز کردن…</translation>
    </message>
    <message>
        <source>Add to Group</source>
        <translation>افزودن به گروه</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>فعال کردن</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>غیرفعال کردن</translation>
    </message>
    <message>
        <source>Security Keys</source>
        <translation>کلیدهای امنیتی</translation>
    </message>
    <message>
        <source>Assign smartphone keys by email to the selected users, or send their pending activations again</source>
        <translation>به کاربران انتخاب‌شده کلید گوشی با ایمیل اختصاص بده، یا فعال‌سازی‌های در انتظارشان را دوباره بفرست</translation>
    </message>
</context>
<context>
    <name>Verification</name>
    <message>
        <source>Waiting for the authenticator</source>
        <translation>در انتظار احرازگر</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>تأیید شد</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>ناموفق</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>منقضی</translation>
    </message>
</context>
<context>
    <name>VerificationPage</name>
    <message>
        <source>This verification has expired. Ask your helpdesk to start a new one.</source>
        <translation>مهلت این بررسی تمام شده است. از پشتیبانی فنی بخواهید بررسی تازه‌ای آغاز کند.</translation>
    </message>
    <message>
        <source>This verification is finished. Your helpdesk sees the result.</source>
        <translation>این بررسی به پایان رسیده است. پشتیبانی فنی نتیجه را می‌بیند.</translation>
    </message>
    <message>
        <source>This security key is no longer active, so it cannot be verified.</source>
        <translation>این کلید امنیتی دیگر فعال نیست و بنابراین بررسی‌شدنی نیست.</translation>
    </message>
    <message>
        <source>This verification link is not valid. Check that you opened the whole link.</source>
        <translation>این پیوند بررسی معتبر نیست. بررسی کنید که کل پیوند را باز کرده باشید.</translation>
    </message>
    <message>
        <source>Confirm with your security key…</source>
        <translation>با کلید امنیتی خود تأیید کنید…</translation>
    </message>
    <message>
        <source>Verified: every check passed. Your helpdesk sees the result.</source>
        <translation>تأیید شد: همهٔ بررسی‌ها موفق بودند. پشتیبانی فنی نتیجه را می‌بیند.</translation>
    </message>
    <message>
        <source>Nothing was signed. Tap “Verify” to try again.</source>
        <translation>چیزی امضا نشد. برای تلاش دوباره «بررسی» را بزنید.</translation>
    </message>
    <message>
        <source>Verification failed.</source>
        <translation>بررسی ناموفق بود.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the connection and try again.</source>
        <translation>کارساز در دسترس نیست. اتصال را بررسی کنید و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>This browser cannot use passkeys. Open the link in your phone&apos;s default browser.</source>
        <translation>این مرورگر نمی‌تواند از گذرکلید استفاده کند. پیوند را در مرورگر پیش‌فرض گوشی خود باز کنید.</translation>
    </message>
    <message>
        <source>Hello %1. Tap “Verify” and confirm with your security key (%2) to show your helpdesk that it works.</source>
        <translation>سلام ⁨%1⁩. «بررسی» را بزنید و با کلید امنیتی خود (⁨%2⁩) تأیید کنید تا به پشتیبانی فنی نشان دهید که کار می‌کند.</translation>
    </message>
    <message>
        <source>Verify your security key</source>
        <translation>کلید امنیتی خود را بررسی کنید</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>بررسی</translation>
    </message>
</context>
<context>
    <name>VerificationReceipt</name>
    <message>
        <source>VERIFIED — every check passed</source>
        <translation>تأیید شد — همهٔ بررسی‌ها موفق بودند</translation>
    </message>
    <message>
        <source>FAILED — the check “%1” did not pass</source>
        <translation>ناموفق — بررسی «⁨%1⁩» موفق نبود</translation>
    </message>
    <message>
        <source>Security key verification receipt</source>
        <translation>رسید بررسی کلید امنیتی</translation>
    </message>
    <message>
        <source>User</source>
        <translation>کاربر</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>User principal name</source>
        <translation>نام اصلی کاربر (UPN)</translation>
    </message>
    <message>
        <source>Security key</source>
        <translation>کلید امنیتی</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>کلید</translation>
    </message>
    <message>
        <source>Authenticator</source>
        <translation>احرازگر</translation>
    </message>
    <message>
        <source>Credential ID</source>
        <translation>شناسهٔ اعتبارنامه</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>الگوریتم</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>فعال‌شده</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>بررسی</translation>
    </message>
    <message>
        <source>Relying party ID</source>
        <translation>شناسهٔ طرف متکی (RP ID)</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>آغازشده توسط</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>آغاز</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>پاسخ</translation>
    </message>
    <message>
        <source>Signature counter</source>
        <translation>شمارندهٔ امضا</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>بررسی‌ها</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>بررسی</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>جزئیات</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>موفق</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ناموفق</translation>
    </message>
    <message>
        <source>Verification stops at the first failed check; later checks did not run.</source>
        <translation>بررسی در نخستین بررسی ناموفق متوقف می‌شود؛ بررسی‌های بعدی اجرا نشدند.</translation>
    </message>
    <message>
        <source>Issued %1 by KeyDesk&apos;s test-mode relying party.</source>
        <translation>صادرشده در ⁨%1⁩ توسط طرف متکی آزمایشی KeyDesk.</translation>
    </message>
</context>
<context>
    <name>VerificationRecordDialog</name>
    <message>
        <source>Verification %1 no longer exists.</source>
        <translation>تأیید ⁨%1⁩ دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>The key of verification %1 was deleted.</source>
        <translation>کلید تأیید ⁨%1⁩ حذف شده است.</translation>
    </message>
    <message>
        <source>The user of verification %1 was deleted.</source>
        <translation>کاربر تأیید ⁨%1⁩ حذف شده است.</translation>
    </message>
</context>
<context>
    <name>VerificationService</name>
    <message>
        <source>This verification has expired. Ask your helpdesk to start a new one.</source>
        <translation>مهلت این بررسی تمام شده است. از پشتیبانی فنی بخواهید بررسی تازه‌ای آغاز کند.</translation>
    </message>
    <message>
        <source>This verification is finished. Ask your helpdesk to start a new one to try again.</source>
        <translation>این بررسی به پایان رسیده است. برای تلاش دوباره از پشتیبانی فنی بخواهید بررسی تازه‌ای آغاز کند.</translation>
    </message>
    <message>
        <source>This verification link is not valid. Check that you opened the whole link.</source>
        <translation>این پیوند بررسی معتبر نیست. بررسی کنید که کل پیوند را باز کرده باشید.</translation>
    </message>
    <message>
        <source>This security key is no longer active, so it cannot be verified.</source>
        <translation>این کلید امنیتی دیگر فعال نیست و بنابراین بررسی‌شدنی نیست.</translation>
    </message>
    <message>
        <source>the user of key %1 is gone</source>
        <translation>کاربر کلید ⁨%1⁩ دیگر وجود ندارد</translation>
    </message>
    <message>
        <source>The authentication response is not valid: %1</source>
        <translation>پاسخ احراز هویت معتبر نیست: ⁨%1⁩</translation>
    </message>
    <message>
        <source>The security key could not be verified (%1): %2</source>
        <translation>کلید امنیتی تأیید نشد (⁨%1⁩): ⁨%2⁩</translation>
    </message>
    <message>
        <source>only an active key can be verified; key %1 is %2</source>
        <translation>فقط کلید فعال تأییدشدنی است؛ کلید ⁨%1⁩ ⁨%2⁩ است</translation>
    </message>
</context>
<context>
    <name>VerifyKeyDialog</name>
    <message>
        <source>The verification has no result yet.</source>
        <translation>بررسی هنوز نتیجه‌ای ندارد.</translation>
    </message>
</context>
<context>
    <name>WindowsLogon</name>
    <message>
        <source>Shared PC, reader at %1</source>
        <translation>رایانهٔ مشترک، کارت‌خوان در ⁨%1⁩</translation>
    </message>
    <message>
        <source>Dedicated PC %1, paired %2</source>
        <translation>رایانهٔ اختصاصی ⁨%1⁩، جفت‌شده در ⁨%2⁩</translation>
    </message>
    <message>
        <source>Say where the shared PC&apos;s security key reader is.</source>
        <translation>بگویید کارت‌خوان کلید امنیتی رایانهٔ مشترک کجاست.</translation>
    </message>
    <message>
        <source>The reader&apos;s location is longer than 200 characters.</source>
        <translation>محل کارت‌خوان بیش از ۲۰۰ نویسه است.</translation>
    </message>
    <message>
        <source>The reader&apos;s location contains a control character.</source>
        <translation>محل کارت‌خوان یک نویسهٔ کنترلی دارد.</translation>
    </message>
    <message>
        <source>Give the date the phone was paired with the PC.</source>
        <translation>تاریخ جفت شدن گوشی با رایانه را وارد کنید.</translation>
    </message>
    <message>
        <source>The pairing date is in the future.</source>
        <translation>تاریخ جفت شدن در آینده است.</translation>
    </message>
    <message>
        <source>“%1” is not a Windows computer name: use 1 to 15 letters, digits and hyphens, not only digits, without a hyphen at either end.</source>
        <translation>«⁨%1⁩» نام رایانهٔ ویندوزی نیست: از ۱ تا ۱۵ حرف، رقم و خط تیره استفاده کنید، نه فقط رقم، و بدون خط تیره در آغاز یا پایان.</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>%1 must be a whole number from 0 to %2</source>
        <translation>⁨%1⁩ باید عدد صحیحی از ۰ تا ⁨%2⁩ باشد</translation>
    </message>
</context>
<context>
    <name>WorkflowEngine</name>
    <message>
        <source>the run vanished</source>
        <translation>اجرا ناپدید شد</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>لغو شد</translation>
    </message>
    <message>
        <source>workflow &apos;%1&apos;: %2</source>
        <translation>گردش کار ⁨%1⁩: ⁨%2⁩</translation>
    </message>
</context>
<context>
    <name>WorkflowRepository</name>
    <message>
        <source>no workflow %1</source>
        <translation>گردش کار ⁨%1⁩ وجود ندارد</translation>
    </message>
    <message>
        <source>the workflow vanished</source>
        <translation>گردش کار ناپدید شد</translation>
    </message>
    <message>
        <source>no workflow &apos;%1&apos;</source>
        <translation>گردش کار «⁨%1⁩» وجود ندارد</translation>
    </message>
</context>
<context>
    <name>WorkflowService</name>
    <message>
        <source>no workflow %1</source>
        <translation>گردش کار ⁨%1⁩ وجود ندارد</translation>
    </message>
    <message>
        <source>a workflow needs a name</source>
        <translation>گردش کار به یک نام نیاز دارد</translation>
    </message>
    <message>
        <source>a workflow name has at most 120 characters</source>
        <translation>نام گردش کار حداکثر ۱۲۰ نویسه است</translation>
    </message>
    <message>
        <source>no group %1</source>
        <translation>گروه ⁨%1⁩ وجود ندارد</translation>
    </message>
    <message>
        <source>a workflow named &apos;%1&apos; exists already</source>
        <translation>گردش کاری به نام «⁨%1⁩» از قبل وجود دارد</translation>
    </message>
</context>
<context>
    <name>WorkflowsPage</name>
    <message>
        <source>Workflows — Security Key Device Assignment</source>
        <translation>گردش‌های کار — اختصاص کلید امنیتی به دستگاه</translation>
    </message>
    <message>
        <source>A workflow gives every enabled user in its groups (or all users) who has no smartphone key yet a key and an activation email — now, whenever users join its scope, and on a timer.</source>
        <translation>یک گردش کار به هر کاربر فعال در گروه‌هایش (یا همهٔ کاربران) که هنوز کلید گوشی هوشمند ندارد، یک کلید و یک ایمیل فعال‌سازی می‌دهد — همین حالا، هر زمان که کاربری وارد دامنه‌اش شود، و به‌طور زمان‌بندی‌شده.</translation>
    </message>
    <message>
        <source>Workflows</source>
        <translation>گردش‌های کار</translation>
    </message>
    <message>
        <source>&amp;New Workflow…</source>
        <translation>گردش کار جدید… (&amp;N)</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>ویرایش… (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Run Now</source>
        <translation>اجرا همین حالا (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>فعال کردن (&amp;E)</translation>
    </message>
    <message>
        <source>D&amp;isable</source>
        <translation>غیرفعال کردن (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>حذف… (&amp;D)</translation>
    </message>
    <message>
        <source>Cancel Run</source>
        <translation>لغو اجرا</translation>
    </message>
    <message>
        <source>The selected workflow&apos;s runs</source>
        <translation>اجراهای گردش کار انتخاب‌شده</translation>
    </message>
    <message>
        <source>The selected run&apos;s outcomes per user</source>
        <translation>نتایج اجرای انتخاب‌شده برای هر کاربر</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::ActivateNowDialog</name>
    <message>
        <source>Activate Now — %1</source>
        <translation>فعال‌سازی همین حالا — ⁨%1⁩</translation>
    </message>
    <message>
        <source>Activate %1&apos;s smartphone</source>
        <translation>فعال‌سازی گوشی هوشمند ⁨%1⁩</translation>
    </message>
    <message>
        <source>No camera? In the app under “Work or School”, enter %1 and this code:</source>
        <translation>دوربین ندارید؟ در برنامه، زیر «محل کار یا تحصیل»، ⁨%1⁩ و این کد را وارد کنید:</translation>
    </message>
    <message>
        <source>Waiting for the phone…</source>
        <translation>در انتظار گوشی…</translation>
    </message>
    <message>
        <source>This key was deleted.</source>
        <translation>این کلید حذف شد.</translation>
    </message>
    <message>
        <source>Activated %1</source>
        <translation>فعال‌شده در ⁨%1⁩</translation>
    </message>
    <message>
        <source>✔ Activated — %1</source>
        <translation>✔ فعال شد — ⁨%1⁩</translation>
    </message>
    <message>
        <source>This key was revoked.</source>
        <translation>این کلید باطل شد.</translation>
    </message>
    <message>
        <source>A newer link replaced this one. Regenerate to show a fresh code.</source>
        <translation>پیوند تازه‌تری جای این یکی را گرفت. برای نمایش کدی تازه «ایجاد دوباره» را بزنید.</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>منقضی</translation>
    </message>
    <message>
        <source>Expired — regenerate to try again.</source>
        <translation>منقضی شد — برای تلاش دوباره «ایجاد دوباره» را بزنید.</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>ایجاد دوباره</translation>
    </message>
    <message>
        <source>Save QR Code</source>
        <translation>ذخیرهٔ کد QR</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>تصویر PNG (*.png);;تصویر SVG (*.svg)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>نوشتن ⁨%1⁩ ممکن نیست: ⁨%2⁩</translation>
    </message>
    <message>
        <source>Activate your security key — %1</source>
        <translation>کلید امنیتی خود را فعال کنید — ⁨%1⁩</translation>
    </message>
    <message>
        <source>Or open %1

Work or School: %2, code %3
Valid until %4</source>
        <translation>یا ⁨%1⁩ را باز کنید

محل کار یا تحصیل: ⁨%2⁩، کد ⁨%3⁩
معتبر تا ⁨%4⁩</translation>
    </message>
    <message>
        <source>Issue a new link and code? The ones shown now stop working at once, and %1 must scan the new code.</source>
        <translation>پیوند و کد تازه صادر شود؟ پیوند و کدی که اکنون نشان داده می‌شوند بی‌درنگ از کار می‌افتند و ⁨%1⁩ باید کد تازه را اسکن کند.</translation>
    </message>
    <message>
        <source>Work or School Code — %1</source>
        <translation>کد محل کار یا تحصیل — ⁨%1⁩</translation>
    </message>
    <message>
        <source>Give %1 the code for the phone app</source>
        <translation>کد برنامهٔ گوشی را به ⁨%1⁩ بدهید</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;On the smartphone, open the KeyDesk app and choose &lt;b&gt;Work or School&lt;/b&gt;, or open the address below in the phone&apos;s browser.&lt;/li&gt;&lt;li&gt;Enter the email and the code.&lt;/li&gt;&lt;li&gt;Confirm with the phone&apos;s screen lock.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;روی گوشی، برنامهٔ KeyDesk را باز کنید و &lt;b&gt;محل کار یا تحصیل&lt;/b&gt; را برگزینید، یا نشانی زیر را در مرورگر گوشی باز کنید.&lt;/li&gt;&lt;li&gt;ایمیل و کد را وارد کنید.&lt;/li&gt;&lt;li&gt;با قفل صفحهٔ گوشی تأیید کنید.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Email: %1 — code:</source>
        <translation>ایمیل: ⁨%1⁩ — کد:</translation>
    </message>
    <message>
        <source>this desk&apos;s enrollment server is not running (%1)</source>
        <translation>کارساز ثبت‌نام این میز کار در حال اجرا نیست (⁨%1⁩)</translation>
    </message>
    <message>
        <source>The phone cannot open this link: %1.</source>
        <translation>گوشی نمی‌تواند این پیوند را باز کند: ⁨%1⁩.</translation>
    </message>
    <message>
        <source>No server answers this link</source>
        <translation>هیچ کارسازی به این پیوند پاسخ نمی‌دهد</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::AllKeysTableModel</name>
    <message>
        <source>%1, expires %2</source>
        <translation>⁨%1⁩، انقضا ⁨%2⁩</translation>
    </message>
    <message>
        <source>User</source>
        <translation>کاربر</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Authenticator</source>
        <translation>احرازگر</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>ایجاد</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>فعال‌سازی</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>آخرین استفاده</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>آخرین راستی‌آزمایی</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>فعال‌سازی</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::AuditPage</name>
    <message>
        <source>Any operator</source>
        <translation>هر کاربر اجرایی</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>هر کنشی</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>۱ رویداد</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>⁨%1⁩ رویداد</translation>
    </message>
    <message>
        <source>Select an event to see every field.</source>
        <translation>برای دیدن همهٔ فیلدها یک رویداد را برگزینید.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>رویداد</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>اپراتور</translation>
    </message>
    <message>
        <source>Operator&apos;s user id</source>
        <translation>شناسهٔ کاربری اپراتور</translation>
    </message>
    <message>
        <source>Signed in with</source>
        <translation>واردشده با</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>کنش</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>هدف</translation>
    </message>
    <message>
        <source>Target&apos;s name</source>
        <translation>نام هدف</translation>
    </message>
    <message>
        <source>Export Audit Log</source>
        <translation>برون‌بری گزارش ممیزی</translation>
    </message>
    <message>
        <source>%1 — exported to %2</source>
        <translation>⁨%1⁩ — در ⁨%2⁩ برون‌بری شد</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::AuditTableModel</name>
    <message>
        <source>Time</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>کاربر اجرایی</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>کنش</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>هدف</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>جزئیات</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::BulkChangeDialog</name>
    <message>
        <source>Suspend Keys</source>
        <translation>تعلیق کلیدها</translation>
    </message>
    <message>
        <source>Resume Keys</source>
        <translation>ازسرگیری کلیدها</translation>
    </message>
    <message>
        <source>Revoke Keys</source>
        <translation>ابطال کلیدها</translation>
    </message>
    <message>
        <source>Send New Activation Emails</source>
        <translation>ارسال ایمیل‌های فعال‌سازی تازه</translation>
    </message>
    <message>
        <source>Assign Smartphone Keys by Email</source>
        <translation>اختصاص کلید گوشی با ایمیل</translation>
    </message>
    <message>
        <source>Progress of the change</source>
        <translation>پیشرفت تغییر</translation>
    </message>
    <message>
        <source>What was skipped, and why</source>
        <translation>آنچه نادیده گرفته شد، و چرا</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Suspending %1 keys…</source>
        <translation>در حال تعلیق ⁨%1⁩ کلید…</translation>
    </message>
    <message>
        <source>Resuming %1 keys…</source>
        <translation>در حال ازسرگیری ⁨%1⁩ کلید…</translation>
    </message>
    <message>
        <source>Revoking %1 keys…</source>
        <translation>در حال ابطال ⁨%1⁩ کلید…</translation>
    </message>
    <message>
        <source>Sending new activation emails for %1 keys…</source>
        <translation>در حال ارسال ایمیل فعال‌سازی تازه برای ⁨%1⁩ کلید…</translation>
    </message>
    <message>
        <source>Assigning smartphone keys by email to %1 users…</source>
        <translation>در حال اختصاص کلید گوشی با ایمیل به ⁨%1⁩ کاربر…</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>⁨%1⁩ از ⁨%2⁩ انجام شد</translation>
    </message>
    <message>
        <source>The change stopped: %1</source>
        <translation>تغییر متوقف شد: ⁨%1⁩</translation>
    </message>
    <message>
        <source>The batches before the error are done; the others are as they were.</source>
        <translation>دسته‌های پیش از خطا انجام شده‌اند؛ بقیه همان‌گونه که بودند مانده‌اند.</translation>
    </message>
    <message>
        <source>%1 changed.</source>
        <translation>⁨%1⁩ تغییر کرد.</translation>
    </message>
    <message>
        <source>%1 changed, %2 skipped (listed below with the reason).</source>
        <translation>⁨%1⁩ تغییر کرد، ⁨%2⁩ نادیده گرفته شد (در زیر با دلیل فهرست شده).</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2: those are done, the others are as they were.</source>
        <translation>پس از ⁨%1⁩ از ⁨%2⁩ لغو شد: آن‌ها انجام شده‌اند، بقیه همان‌گونه که بودند مانده‌اند.</translation>
    </message>
    <message>
        <source>Each change is in the audit log.</source>
        <translation>هر تغییر در گزارش ممیزی ثبت است.</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… و ⁨%1⁩ مورد دیگر.</translation>
    </message>
    <message>
        <source>Stopping after the batch under way…</source>
        <translation>پس از دستهٔ در حال انجام متوقف می‌شود…</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::ConnectDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation>اتصال به کارساز</translation>
    </message>
    <message>
        <source>Work with your team&apos;s KeyDesk server: this desk keeps a copy of what it shows and sends every change to the server. You sign in with your own security key next.</source>
        <translation>با کارساز KeyDesk تیم خود کار کنید: این میز کار رونوشتی از آنچه نشان می‌دهد نگه می‌دارد و هر تغییری را به کارساز می‌فرستد. سپس با کلید امنیتی خودتان وارد می‌شوید.</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>نشانی کارساز (&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Trust and Connect</source>
        <translation>اعتماد و اتصال (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>اتصال (&amp;C)</translation>
    </message>
    <message>
        <source>Type the server&apos;s address, https://host or https://host:port (plain http only to this computer).</source>
        <translation>نشانی کارساز را بنویسید، ⁨https://host⁩ یا ⁨https://host:port⁩ (http ساده فقط برای همین رایانه).</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>در حال پرسیدن از ⁨%1⁩…</translation>
    </message>
    <message>
        <source>The certificate of %1 is not one this computer trusts. Compare its fingerprint with the one the server&apos;s operator reads out (keydesk-cli server make-cert printed it); trust it only if they are the same.</source>
        <translation>این رایانه به گواهی ⁨%1⁩ اعتماد ندارد. اثر انگشت آن را با آنچه گردانندهٔ کارساز می‌خواند مقایسه کنید (keydesk-cli server make-cert آن را چاپ کرده است)؛ فقط اگر یکسان بودند به آن اعتماد کنید.</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: ⁨%1⁩</translation>
    </message>
    <message>
        <source>%1 answered, but not as a KeyDesk team server does (HTTP %2).</source>
        <translation>⁨%1⁩ پاسخ داد، اما نه مانند کارساز تیمی KeyDesk (HTTP ⁨%2⁩).</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::DatabasePasswordDialog</name>
    <message>
        <source>Database password</source>
        <translation>گذرواژهٔ پایگاه داده</translation>
    </message>
    <message>
        <source>The database server asks for a password to open
%1</source>
        <translation>کارساز پایگاه داده برای باز کردن این پایگاه گذرواژه می‌خواهد:
⁨%1⁩</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>گذرواژه (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Remember in the keychain</source>
        <translation>در جاکلیدی نگه دار (&amp;R)</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::DemoSession</name>
    <message>
        <source>The virtual phone (%1) is not installed.</source>
        <translation>گوشی مجازی (⁨%1⁩) نصب نشده است.</translation>
    </message>
    <message>
        <source>The virtual phone did not start: %1</source>
        <translation>گوشی مجازی آغاز نشد: ⁨%1⁩</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::DirectoryPage</name>
    <message>
        <source>full</source>
        <translation>کامل</translation>
    </message>
    <message>
        <source>incremental</source>
        <translation>افزایشی</translation>
    </message>
    <message>
        <source>%1, dry run</source>
        <translation>⁨%1⁩، اجرای آزمایشی</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>ناموفق: ⁨%1⁩</translation>
    </message>
    <message>
        <source>%1 created, %2 updated, %3 disabled, %4 enabled, %5 removed; memberships +%6 −%7; %8 keys withdrawn; %9 entry errors</source>
        <translation>⁨%1⁩ ساخته، ⁨%2⁩ به‌روز، ⁨%3⁩ غیرفعال، ⁨%4⁩ فعال، ⁨%5⁩ حذف‌شده؛ عضویت‌ها +⁨%6⁩ −⁨%7⁩؛ ⁨%8⁩ کلید پس گرفته‌شده؛ ⁨%9⁩ خطای مدخل</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>فهرست راهنما</translation>
    </message>
    <message>
        <source>Users and groups that come from a directory: LDAP / Active Directory servers KeyDesk reads, and identity providers that push over SCIM. What a source owns is changed there; a user who leaves it loses their keys.</source>
        <translation>کاربران و گروه‌هایی که از یک فهرست راهنما می‌آیند: سرورهای LDAP / Active Directory که کی‌دسک می‌خواند، و ارائه‌دهندگان هویت که از راه SCIM می‌فرستند. آنچه مال یک منبع است همان‌جا تغییر می‌کند؛ کاربری که آن را ترک کند کلیدهایش را از دست می‌دهد.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>کجا</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>آخرین اجرا</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <source>Sync Now</source>
        <translation>همگام‌سازی اکنون</translation>
    </message>
    <message>
        <source>Read what changed at the source since its last run</source>
        <translation>خواندن آنچه از آخرین اجرا در منبع تغییر کرده است</translation>
    </message>
    <message>
        <source>Full Sync</source>
        <translation>همگام‌سازی کامل</translation>
    </message>
    <message>
        <source>Read every entry: also finds the users the source no longer has</source>
        <translation>خواندن همهٔ مدخل‌ها: کاربرانی را هم که دیگر در منبع نیستند پیدا می‌کند</translation>
    </message>
    <message>
        <source>Dry Run…</source>
        <translation>اجرای آزمایشی…</translation>
    </message>
    <message>
        <source>List what a full sync would change, and change nothing</source>
        <translation>فهرست آنچه یک همگام‌سازی کامل تغییر می‌داد، بی آنکه چیزی تغییر کند</translation>
    </message>
    <message>
        <source>Bind Password…</source>
        <translation>گذرواژهٔ اتصال…</translation>
    </message>
    <message>
        <source>Keep the source&apos;s bind password in this computer&apos;s keychain (KEYDESK_LDAP_PASSWORD wins when set)</source>
        <translation>نگه‌داشتن گذرواژهٔ اتصال منبع در جاکلیدی این رایانه (اگر KEYDESK_LDAP_PASSWORD تنظیم شده باشد، آن مقدم است)</translation>
    </message>
    <message>
        <source>Runs of the selected source, newest first</source>
        <translation>اجراهای منبع برگزیده، تازه‌ترین نخست</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>پایان</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>حالت</translation>
    </message>
    <message>
        <source>Entries read</source>
        <translation>مدخل‌های خوانده‌شده</translation>
    </message>
    <message>
        <source>Entries the selected run could not take</source>
        <translation>مدخل‌هایی که اجرای برگزیده نتوانست بپذیرد</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>مدخل</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>خطا</translation>
    </message>
    <message>
        <source>pushed over SCIM 2.0 to /scim/v2</source>
        <translation>از راه SCIM 2.0 به /scim/v2 فرستاده می‌شود</translation>
    </message>
    <message>
        <source> (StartTLS)</source>
        <translation> (StartTLS)</translation>
    </message>
    <message>
        <source>SCIM</source>
        <translation>SCIM</translation>
    </message>
    <message>
        <source>LDAP</source>
        <translation>LDAP</translation>
    </message>
    <message>
        <source>never</source>
        <translation>هرگز</translation>
    </message>
    <message>
        <source>No directory sources: add one with keydesk-cli directory add-ldap, or make a SCIM source with keydesk-cli directory scim-token create (docs/directory.md).</source>
        <translation>هیچ منبع فهرست راهنمایی نیست: یکی با keydesk-cli directory add-ldap بیفزایید، یا یک منبع SCIM با keydesk-cli directory scim-token create بسازید (docs/directory.md).</translation>
    </message>
    <message numerus="yes">
        <source>%n directory source(s)</source>
        <translation>
            <numerusform>%n منبع فهرست راهنما</numerusform>
        </translation>
    </message>
    <message>
        <source>The identity provider pushes this source&apos;s changes over SCIM; there is nothing to read from here.</source>
        <translation>ارائه‌دهندهٔ هویت تغییرات این منبع را از راه SCIM می‌فرستد؛ از اینجا چیزی برای خواندن نیست.</translation>
    </message>
    <message>
        <source>Reading %1 for a dry run…</source>
        <translation>خواندن ⁨%1⁩ برای اجرای آزمایشی…</translation>
    </message>
    <message>
        <source>Syncing %1…</source>
        <translation>همگام‌سازی ⁨%1⁩…</translation>
    </message>
    <message numerus="yes">
        <source>Dry run of %1: %n change(s) would be made; nothing was changed.</source>
        <translation>
            <numerusform>اجرای آزمایشی ⁨%1⁩: %n تغییر انجام می‌شد؛ چیزی تغییر نکرد.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 synced: %2</source>
        <translation>⁨%1⁩ همگام شد: ⁨%2⁩</translation>
    </message>
    <message>
        <source>%1 was not synced: %2</source>
        <translation>⁨%1⁩ همگام نشد: ⁨%2⁩</translation>
    </message>
    <message>
        <source>Bind Password</source>
        <translation>گذرواژهٔ اتصال</translation>
    </message>
    <message>
        <source>The password of %1 for the directory source %2. It is kept in this computer&apos;s keychain, never in the database.</source>
        <translation>گذرواژهٔ ⁨%1⁩ برای منبع فهرست راهنمای ⁨%2⁩. در جاکلیدی این رایانه نگه داشته می‌شود، هرگز در پایگاه داده.</translation>
    </message>
    <message>
        <source>The bind password of %1 is in the keychain.</source>
        <translation>گذرواژهٔ اتصال ⁨%1⁩ در جاکلیدی است.</translation>
    </message>
    <message>
        <source>The keychain did not keep the password: %1</source>
        <translation>جاکلیدی گذرواژه را نگه نداشت: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Directory sources</source>
        <translation>منابع فهرست راهنما</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::DirectorySyncReportDialog</name>
    <message>
        <source>create user</source>
        <translation>ساختن کاربر</translation>
    </message>
    <message>
        <source>update user</source>
        <translation>به‌روزکردن کاربر</translation>
    </message>
    <message>
        <source>take over user</source>
        <translation>تحویل‌گرفتن کاربر</translation>
    </message>
    <message>
        <source>disable user</source>
        <translation>غیرفعال‌کردن کاربر</translation>
    </message>
    <message>
        <source>enable user</source>
        <translation>فعال‌کردن کاربر</translation>
    </message>
    <message>
        <source>remove user</source>
        <translation>حذف کاربر</translation>
    </message>
    <message>
        <source>join group</source>
        <translation>پیوستن به گروه</translation>
    </message>
    <message>
        <source>leave group</source>
        <translation>ترک گروه</translation>
    </message>
    <message>
        <source>create group</source>
        <translation>ساختن گروه</translation>
    </message>
    <message>
        <source>rename group</source>
        <translation>تغییر نام گروه</translation>
    </message>
    <message>
        <source>remove group</source>
        <translation>حذف گروه</translation>
    </message>
    <message>
        <source>Dry Run: %1</source>
        <translation>اجرای آزمایشی: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Sync: %1</source>
        <translation>همگام‌سازی: ⁨%1⁩</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was changed. A sync now would make %n change(s):</source>
        <translation>
            <numerusform>چیزی تغییر نکرد. یک همگام‌سازی اکنون %n تغییر می‌داد:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The sync made %n change(s):</source>
        <translation>
            <numerusform>همگام‌سازی %n تغییر داد:</numerusform>
        </translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>مدخل</translation>
    </message>
    <message>
        <source>Would</source>
        <translation>انجام می‌داد</translation>
    </message>
    <message>
        <source>Did</source>
        <translation>انجام داد</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>جزئیات</translation>
    </message>
    <message numerus="yes">
        <source>%n entry error(s): entries the sync could not take</source>
        <translation>
            <numerusform>%n خطای مدخل: مدخل‌هایی که همگام‌سازی نتوانست بپذیرد</numerusform>
        </translation>
    </message>
    <message>
        <source>Error</source>
        <translation>خطا</translation>
    </message>
    <message>
        <source>What the sync would change</source>
        <translation>آنچه همگام‌سازی تغییر می‌داد</translation>
    </message>
    <message>
        <source>What the sync changed</source>
        <translation>آنچه همگام‌سازی تغییر داد</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::FirstRunDialog</name>
    <message>
        <source>Welcome to KeyDesk</source>
        <translation>به KeyDesk خوش آمدید</translation>
    </message>
    <message>
        <source>KeyDesk keeps users, groups and security keys in a database file. Which one should it use?</source>
        <translation>KeyDesk کاربران، گروه‌ها و کلیدهای امنیتی را در یک پروندهٔ پایگاه داده نگه می‌دارد. از کدام استفاده کند؟</translation>
    </message>
    <message>
        <source>Open a Database</source>
        <translation>باز کردن پایگاه داده</translation>
    </message>
    <message>
        <source>A KeyDesk database your team already uses (a .sqlite file).</source>
        <translation>پایگاه دادهٔ KeyDesk که تیم شما از قبل به کار می‌برد (یک پروندهٔ ‎.sqlite).</translation>
    </message>
    <message>
        <source>Create an Empty Database</source>
        <translation>ساختن پایگاه دادهٔ خالی</translation>
    </message>
    <message>
        <source>Start from scratch at %1; add or import users next.</source>
        <translation>از صفر در ⁨%1⁩ آغاز کنید؛ سپس کاربران را بیفزایید یا درون‌ریزی کنید.</translation>
    </message>
    <message>
        <source>Try the Demo</source>
        <translation>امتحان نسخهٔ نمایشی</translation>
    </message>
    <message>
        <source>200 example users and the virtual phone beside the console; no network or phone needed.</source>
        <translation>۲۰۰ کاربر نمونه و گوشی مجازی کنار کنسول؛ نیازی به شبکه یا گوشی نیست.</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>باز کردن پایگاه داده</translation>
    </message>
    <message>
        <source>KeyDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>پایگاه‌های دادهٔ KeyDesk (*.sqlite *.db);;همهٔ پرونده‌ها (*)</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::GroupKeyPolicyDialog</name>
    <message>
        <source>Key Policy of %1</source>
        <translation>خط‌مشی کلید ⁨%1⁩</translation>
    </message>
    <message>
        <source>The members of %1 must pass this policy as well as the deployment&apos;s (Settings &gt; Key Policy) and those of their other groups. Keys active before a change stay active; the Overview lists those a policy would refuse.</source>
        <translation>اعضای ⁨%1⁩ باید این خط‌مشی را برآورده کنند، و همچنین خط‌مشی استقرار (تنظیمات &gt; خط‌مشی کلید) و خط‌مشی گروه‌های دیگرشان را. کلیدهایی که پیش از تغییر فعال بوده‌اند فعال می‌مانند؛ نمای کلی آن‌هایی را که یک خط‌مشی رد می‌کند فهرست می‌کند.</translation>
    </message>
    <message>
        <source>&amp;This group has a key policy of its own</source>
        <translation>این گروه خط‌مشی کلید خودش را دارد (&amp;T)</translation>
    </message>
    <message>
        <source>The stored policy cannot be read: %1</source>
        <translation>خط‌مشی ذخیره‌شده خوانده نمی‌شود: ⁨%1⁩</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::GroupTableModel</name>
    <message>
        <source>Group</source>
        <translation>گروه</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>اعضا</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>توضیح</translation>
    </message>
    <message>
        <source>Key policy</source>
        <translation>خط‌مشی کلید</translation>
    </message>
    <message>
        <source>Directory source</source>
        <translation>منبع فهرست راهنما</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::GroupsPage</name>
    <message>
        <source>Members of %1 (%2)</source>
        <translation>اعضای ⁨%1⁩ (⁨%2⁩)</translation>
    </message>
    <message>
        <source>Select a group to see its members.</source>
        <translation>برای دیدن اعضای یک گروه، آن را انتخاب کنید.</translation>
    </message>
    <message>
        <source>KeyDesk</source>
        <translation>KeyDesk</translation>
    </message>
    <message>
        <source>New Group</source>
        <translation>گروه جدید</translation>
    </message>
    <message>
        <source>Group name:</source>
        <translation>نام گروه:</translation>
    </message>
    <message>
        <source>Rename Group</source>
        <translation>تغییر نام گروه</translation>
    </message>
    <message>
        <source>New name for %1:</source>
        <translation>نام تازه برای ⁨%1⁩:</translation>
    </message>
    <message>
        <source>Delete Group</source>
        <translation>حذف گروه</translation>
    </message>
    <message numerus="yes">
        <source>Delete the group %1? Its %n member(s) stay in KeyDesk but leave the group.</source>
        <translation>
            <numerusform>گروه ⁨%1⁩ حذف شود؟ %n عضو آن در KeyDesk می‌مانند ولی از گروه خارج می‌شوند.</numerusform>
        </translation>
    </message>
    <message>
        <source>From the directory source %1: change it there.</source>
        <translation>از منبع فهرست راهنمای ⁨%1⁩: همان‌جا تغییرش دهید.</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::ImportDialog</name>
    <message>
        <source>Importing users from %1</source>
        <translation>درون‌ریزی کاربران از ⁨%1⁩</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>در حال خواندن پرونده…</translation>
    </message>
    <message>
        <source>Cancelling; nothing will be changed…</source>
        <translation>در حال لغو؛ چیزی تغییر نخواهد کرد…</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>⁨%1⁩ از ⁨%2⁩ سطر</translation>
    </message>
    <message>
        <source>The file was not imported; nothing was changed.</source>
        <translation>پرونده درون‌ریزی نشد؛ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>Sending the file to the server…</source>
        <translation>در حال فرستادن پرونده به کارساز…</translation>
    </message>
    <message>
        <source>Sending the file to the server: %1 of %2</source>
        <translation>در حال فرستادن پرونده به کارساز: ⁨%1⁩ از ⁨%2⁩</translation>
    </message>
    <message>
        <source>The server is importing the file…</source>
        <translation>کارساز در حال درون‌ریزی پرونده است…</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::ImportWorker</name>
    <message>
        <source>Imported %1 rows: %2 users created, %3 updated, %4 unchanged, %5 group memberships added.</source>
        <translation>⁨%1⁩ سطر درون‌ریزی شد: ⁨%2⁩ کاربر ساخته شد، ⁨%3⁩ به‌روز شد، ⁨%4⁩ بدون تغییر، ⁨%5⁩ عضویت گروه افزوده شد.</translation>
    </message>
    <message>
        <source>New groups: %1.</source>
        <translation>گروه‌های جدید: ⁨%1⁩.</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::KeyPolicyEditor</name>
    <message>
        <source>&amp;Device-bound keys only: refuse synced passkeys (backup eligible)</source>
        <translation>فقط کلیدهای وابسته به دستگاه: رد گذرکلیدهای همگام‌شده (قابل پشتیبان‌گیری) (&amp;D)</translation>
    </message>
    <message>
        <source>Any authenticator</source>
        <translation>هر احرازگری</translation>
    </message>
    <message>
        <source>Only the authenticators checked below</source>
        <translation>فقط احرازگرهای علامت‌خورده در زیر</translation>
    </message>
    <message>
        <source>Every authenticator but those checked below</source>
        <translation>هر احرازگری جز آن‌هایی که در زیر علامت خورده‌اند</translation>
    </message>
    <message>
        <source>Filter by name or AAGUID</source>
        <translation>پالایش بر اساس نام یا AAGUID</translation>
    </message>
    <message>
        <source>Filter authenticators</source>
        <translation>پالایش احرازگرها</translation>
    </message>
    <message>
        <source>Authenticators</source>
        <translation>احرازگرها</translation>
    </message>
    <message>
        <source>Authenticator</source>
        <translation>احرازگر</translation>
    </message>
    <message>
        <source>AAGUID</source>
        <translation>AAGUID</translation>
    </message>
    <message>
        <source>AAGUID to add</source>
        <translation>AAGUID برای افزودن</translation>
    </message>
    <message>
        <source>&amp;Add AAGUID</source>
        <translation>افزودن AAGUID (&amp;A)</translation>
    </message>
    <message>
        <source>A&amp;uthenticators:</source>
        <translation>احرازگرها: (&amp;U)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an AAGUID (8-4-4-4-12 hexadecimal digits)</source>
        <translation>«⁨%1⁩» یک AAGUID نیست (۸-۴-۴-۴-۱۲ رقم شانزده‌شانزدهی)</translation>
    </message>
    <message>
        <source>A key&apos;s attestation must chain to one of the attestation trust anchors under Settings &gt; Security Keys.</source>
        <translation>زنجیرهٔ گواهی کلید باید به یکی از لنگرهای اعتماد گواهی در تنظیمات &gt; کلیدهای امنیتی برسد.</translation>
    </message>
    <message>
        <source>T&amp;rusted attestation only: refuse keys no vendor root vouches for</source>
        <translation>فقط گواهی مورد اعتماد: رد کلیدهایی که هیچ ریشهٔ سازنده‌ای ضامنشان نیست (&amp;R)</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::KeyServices</name>
    <message>
        <source>Enrollment server: %1 (authenticator names: %2)</source>
        <translation>کارساز ثبت‌نام: ⁨%1⁩ (نام احرازگرها: ⁨%2⁩)</translation>
    </message>
    <message>
        <source>Enrollment server: %1</source>
        <translation>کارساز ثبت‌نام: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Enrollment server: off</source>
        <translation>کارساز ثبت‌نام: خاموش</translation>
    </message>
    <message>
        <source>Email: not set up</source>
        <translation>ایمیل: راه‌اندازی نشده</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>ایمیل: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Email: the keychain is not available (%1)</source>
        <translation>ایمیل: جاکلیدی در دسترس نیست (⁨%1⁩)</translation>
    </message>
    <message>
        <source>A team desk&apos;s console does not do this; keydesk-cli --server does it on the server (docs/team-mode.md).</source>
        <translation>کنسول میز کار تیمی این کار را نمی‌کند؛ keydesk-cli --server آن را روی کارساز انجام می‌دهد (docs/team-mode.md).</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::KeysPage</name>
    <message>
        <source>All Keys</source>
        <translation>همه کلیدها</translation>
    </message>
    <message>
        <source>Search owners by name, email, UPN or department</source>
        <translation>جست‌وجوی دارندگان با نام، ایمیل، UPN یا بخش</translation>
    </message>
    <message>
        <source>Search keys by their owner</source>
        <translation>جست‌وجوی کلیدها بر اساس دارنده</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>هر وضعیت</translation>
    </message>
    <message>
        <source>Suspended or revoked</source>
        <translation>معلق یا باطل‌شده</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;وضعیت:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;گروه:</translation>
    </message>
    <message>
        <source>All keys</source>
        <translation>همه کلیدها</translation>
    </message>
    <message>
        <source>Links expiring within 24 hours</source>
        <translation>پیوندهایی که تا ۲۴ ساعت منقضی می‌شوند</translation>
    </message>
    <message>
        <source>Not used or verified for long</source>
        <translation>مدت‌ها بدون استفاده یا راستی‌آزمایی</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;نمایش:</translation>
    </message>
    <message>
        <source>Every user&apos;s security keys</source>
        <translation>کلیدهای امنیتی همه کاربران</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>همه گروه‌ها</translation>
    </message>
    <message>
        <source>%1 keys</source>
        <translation>⁨%1⁩ کلید</translation>
    </message>
    <message>
        <source>&quot;For long&quot; is the Overview&apos;s stale-key limit: the overview.stale_key_days setting, 90 days unless changed</source>
        <translation>«مدت‌ها» مرز نمای کلی برای کلیدهای بلااستفاده است: تنظیم overview.stale_key_days، اگر تغییر نکرده باشد ۹۰ روز</translation>
    </message>
    <message>
        <source>Suspend…</source>
        <translation>تعلیق…</translation>
    </message>
    <message>
        <source>Suspend the selected active keys</source>
        <translation>کلیدهای فعال انتخاب‌شده را تعلیق کن</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>ازسرگیری</translation>
    </message>
    <message>
        <source>Resume the selected suspended keys</source>
        <translation>کلیدهای تعلیق‌شدهٔ انتخاب‌شده را از سر بگیر</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>ابطال…</translation>
    </message>
    <message>
        <source>Revoke the selected keys for good, with one reason</source>
        <translation>کلیدهای انتخاب‌شده را برای همیشه باطل کن، با یک دلیل</translation>
    </message>
    <message>
        <source>Send New Activation Email</source>
        <translation>ارسال ایمیل فعال‌سازی تازه</translation>
    </message>
    <message>
        <source>A new link by email for each selected key waiting for activation (pending or expired); the old links stop working</source>
        <translation>یک پیوند تازه با ایمیل برای هر کلید انتخاب‌شده‌ای که در انتظار فعال‌سازی است (در انتظار یا منقضی)؛ پیوندهای قدیمی دیگر کار نمی‌کنند</translation>
    </message>
    <message>
        <source>Activate Now…</source>
        <translation>فعال‌سازی اکنون…</translation>
    </message>
    <message>
        <source>A new link shown as a QR code here, for one waiting key whose user is present</source>
        <translation>یک پیوند تازه که اینجا به شکل کد QR نمایش داده می‌شود، برای یک کلید در انتظار که کاربرش حاضر است</translation>
    </message>
    <message>
        <source>Export Selection…</source>
        <translation>برون‌بری انتخاب…</translation>
    </message>
    <message>
        <source>Write the selected keys to a CSV or JSON file</source>
        <translation>کلیدهای انتخاب‌شده را در یک پروندهٔ CSV یا JSON بنویس</translation>
    </message>
    <message>
        <source>%1 keys, %2 selected</source>
        <translation>⁨%1⁩ کلید، ⁨%2⁩ انتخاب‌شده</translation>
    </message>
    <message>
        <source>Suspend %1 keys? They cannot sign in until resumed. Reason (optional):</source>
        <translation>⁨%1⁩ کلید تعلیق شود؟ تا ازسرگیری نمی‌توانند وارد شوند. دلیل (اختیاری):</translation>
    </message>
    <message>
        <source>Revoking is permanent: %1 keys can never sign in again. One reason for all (required):</source>
        <translation>ابطال همیشگی است: ⁨%1⁩ کلید دیگر هرگز نمی‌توانند وارد شوند. یک دلیل برای همه (الزامی):</translation>
    </message>
    <message>
        <source>Resume %1 keys? They can sign in again.</source>
        <translation>⁨%1⁩ کلید از سر گرفته شود؟ دوباره می‌توانند وارد شوند.</translation>
    </message>
    <message>
        <source>Send a new activation email for %1 keys? Their current links stop working.</source>
        <translation>برای ⁨%1⁩ کلید ایمیل فعال‌سازی تازه فرستاده شود؟ پیوندهای کنونی‌شان دیگر کار نمی‌کنند.</translation>
    </message>
    <message>
        <source>Activate Now</source>
        <translation>فعال‌سازی اکنون</translation>
    </message>
    <message>
        <source>Export Selection</source>
        <translation>برون‌بری انتخاب</translation>
    </message>
    <message>
        <source>Active keys the key policy refuses</source>
        <translation>کلیدهای فعالی که خط‌مشی کلید رد می‌کند</translation>
    </message>
    <message>
        <source>Suspended, their user back</source>
        <translation>معلق، کاربرش برگشته</translation>
    </message>
    <message>
        <source>Keys suspended when their user left a directory source, whose user is enabled again</source>
        <translation>کلیدهایی که هنگام ترک منبع فهرست راهنما توسط کاربرشان معلق شدند و کاربرشان دوباره فعال است</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::LostPhoneDialog</name>
    <message>
        <source>Lost Phone — %1</source>
        <translation>گوشی گم‌شده — ⁨%1⁩</translation>
    </message>
    <message>
        <source>Every smartphone key of %1 that may be on the lost phone is withdrawn and a replacement issued, as one case in the audit log.</source>
        <translation>همهٔ کلیدهای گوشی ⁨%1⁩ که ممکن است روی گوشی گم‌شده باشند پس گرفته می‌شوند و جایگزینی صادر می‌شود، به‌صورت یک پرونده در گزارش ممیزی.</translation>
    </message>
    <message>
        <source>On the phone: %1 active, %2 suspended, %3 waiting for activation (their links are revoked: the phone may hold them).</source>
        <translation>روی گوشی: ⁨%1⁩ فعال، ⁨%2⁩ تعلیق‌شده، ⁨%3⁩ در انتظار فعال‌سازی (پیوندهایشان باطل می‌شوند: ممکن است روی گوشی باشند).</translation>
    </message>
    <message>
        <source>The keys on the phone</source>
        <translation>کلیدهای روی گوشی</translation>
    </message>
    <message>
        <source>&amp;Suspend them: undone if the phone is found</source>
        <translation>&amp;تعلیقشان کن: اگر گوشی پیدا شود بازگردانده می‌شود</translation>
    </message>
    <message>
        <source>Re&amp;voke them for good: the phone was stolen or will not come back</source>
        <translation>برای همیشه &amp;باطلشان کن: گوشی دزدیده شده یا برنمی‌گردد</translation>
    </message>
    <message>
        <source>Where and when it was lost, the ticket number</source>
        <translation>کجا و کی گم شد، شمارهٔ درخواست</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;دلیل (الزامی):</translation>
    </message>
    <message>
        <source>Replacement</source>
        <translation>جایگزین</translation>
    </message>
    <message>
        <source>Activate &amp;Now: the user is here with the new phone</source>
        <translation>فعال‌سازی &amp;اکنون: کاربر با گوشی تازه اینجاست</translation>
    </message>
    <message>
        <source>Send an activation &amp;email</source>
        <translation>ارسال &amp;ایمیل فعال‌سازی</translation>
    </message>
    <message>
        <source>Enable the user to assign a key.</source>
        <translation>برای اختصاص کلید، کاربر را فعال کنید.</translation>
    </message>
    <message>
        <source>Withdraw and Replace</source>
        <translation>پس‌گرفتن و جایگزینی</translation>
    </message>
    <message>
        <source>No replacement &amp;for now</source>
        <translation>&amp;فعلاً بدون جایگزین</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::MainWindow</name>
    <message>
        <source>About KeyDesk</source>
        <translation>دربارهٔ KeyDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;KeyDesk %1&lt;/b&gt;&lt;p&gt;Turns users&apos; smartphones into FIDO2/WebAuthn security keys for helpdesk teams.&lt;/p&gt;</source>
        <translation>&lt;b&gt;KeyDesk ⁨%1⁩&lt;/b&gt;&lt;p&gt;گوشی‌های هوشمند کاربران را به کلیدهای امنیتی FIDO2/WebAuthn تبدیل می‌کند، برای تیم‌های پشتیبانی فنی.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Database: %1 · operator %2</source>
        <translation>پایگاه داده: ⁨%1⁩ · کاربر اجرایی ⁨%2⁩</translation>
    </message>
    <message>
        <source>All Users</source>
        <translation>همهٔ کاربران</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>گروه‌ها</translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation>گزارش رویدادها</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>صندوق خروجی</translation>
    </message>
    <message>
        <source>Workflows</source>
        <translation>گردش‌های کار</translation>
    </message>
    <message>
        <source>Test Relying Party</source>
        <translation>طرف متکی آزمایشی</translation>
    </message>
    <message>
        <source>KeyDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>پایگاه‌های دادهٔ KeyDesk (*.sqlite *.db);;همهٔ پرونده‌ها (*)</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>پایگاه دادهٔ جدید</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>باز کردن پایگاه داده</translation>
    </message>
    <message>
        <source>%1 already exists. Choose Open Database to use it.</source>
        <translation>⁨%1⁩ از قبل وجود دارد. برای استفاده از آن «باز کردن پایگاه داده» را برگزینید.</translation>
    </message>
    <message>
        <source>KeyDesk</source>
        <translation>KeyDesk</translation>
    </message>
    <message>
        <source>Import Users</source>
        <translation>درون‌ریزی کاربران</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>پرونده‌های CSV (*.csv);;همهٔ پرونده‌ها (*)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Copyright © 2026 KeyDesk developers. KeyDesk is free software under the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later), and comes with absolutely no warranty. The licence is in %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;حق نشر © ۲۰۲۶ توسعه‌دهندگان KeyDesk. ‏KeyDesk نرم‌افزاری آزاد تحت پروانهٔ عمومی همگانی گنو، نسخهٔ ۳ یا (به انتخاب شما) هر نسخهٔ بعدی (GPL-3.0-or-later) است و هیچ ضمانتی ندارد. متن پروانه در ⁨%1⁩ است.&lt;/p&gt;</translation>
    </message>
    <message>
        <source> · readable by other users</source>
        <translation> · برای کاربران دیگر خواندنی</translation>
    </message>
    <message>
        <source>No databases opened yet</source>
        <translation>هنوز پایگاه داده‌ای باز نشده است</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>پاک کردن فهرست</translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation>باز کردن موارد اخیر</translation>
    </message>
    <message>
        <source>%1 no longer exists; it has been removed from the list.</source>
        <translation>⁨%1⁩ دیگر وجود ندارد و از فهرست برداشته شد.</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>نمایش ⁨%1⁩</translation>
    </message>
    <message>
        <source>Open the selected user</source>
        <translation>باز کردن کاربر برگزیده</translation>
    </message>
    <message>
        <source>The database password was not kept in the keychain: %1</source>
        <translation>گذرواژهٔ پایگاه داده در جاکلیدی نگه داشته نشد: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Connect to Server</source>
        <translation>اتصال به کارساز</translation>
    </message>
    <message>
        <source>Cannot read this desk&apos;s copy of the server: %1</source>
        <translation>رونوشت کارساز روی این میز کار خوانده نمی‌شود: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Signed out of %1. File &gt; Connect to Server… signs in again; File &gt; Open Database… opens a file.</source>
        <translation>از ⁨%1⁩ خارج شدید. پرونده &gt; اتصال به کارساز… دوباره وارد می‌شود؛ پرونده &gt; باز کردن پایگاه داده… یک پرونده را باز می‌کند.</translation>
    </message>
    <message>
        <source>Email: sent by the server</source>
        <translation>ایمیل: کارساز می‌فرستد</translation>
    </message>
    <message>
        <source>This desk&apos;s copy of %1, as of %2</source>
        <translation>رونوشت ⁨%1⁩ روی این میز کار، به‌روز تا ⁨%2⁩</translation>
    </message>
    <message>
        <source>This desk&apos;s copy of %1</source>
        <translation>رونوشت ⁨%1⁩ روی این میز کار</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>نمای کلی</translation>
    </message>
    <message>
        <source>All Keys</source>
        <translation>همه کلیدها</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>فهرست راهنما</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::NewSecurityKeyWizard</name>
    <message>
        <source>New Security Key — %1</source>
        <translation>کلید امنیتی جدید — ⁨%1⁩</translation>
    </message>
    <message>
        <source>The user is here: show a QR code to scan with the phone. It works for %1 minutes.</source>
        <translation>کاربر اینجاست: یک کد QR نشان دهید تا با گوشی اسکن کند. ⁨%1⁩ دقیقه معتبر است.</translation>
    </message>
    <message>
        <source>Send %1 an email with the link, a code and the QR code. It works for %2 days.</source>
        <translation>یک ایمیل با پیوند، کد و کد QR برای ⁨%1⁩ بفرستید. ⁨%2⁩ روز معتبر است.</translation>
    </message>
    <message>
        <source>None — any phone (recommended)</source>
        <translation>هیچ — هر گوشی‌ای (پیشنهادی)</translation>
    </message>
    <message>
        <source>Record — ask the phone to prove its make</source>
        <translation>ثبت — از گوشی خواسته می‌شود سازندهٔ خود را اثبات کند</translation>
    </message>
    <message>
        <source>Require — only authenticators from trusted vendors</source>
        <translation>الزامی — فقط احرازگرهای سازندگان مورد اعتماد</translation>
    </message>
    <message>
        <source>Most phone passkey providers send no attestation; requiring it refuses them.</source>
        <translation>بیشتر فراهم‌کنندگان گذرکلید روی گوشی هیچ گواهی‌ای نمی‌فرستند؛ الزامی کردن آن، آن‌ها را رد می‌کند.</translation>
    </message>
    <message>
        <source>days</source>
        <translation>روز</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>دقیقه</translation>
    </message>
    <message>
        <source>an activation email to %1</source>
        <translation>یک ایمیل فعال‌سازی به ⁨%1⁩</translation>
    </message>
    <message>
        <source>a QR code to scan now</source>
        <translation>یک کد QR برای اسکن همین حالا</translation>
    </message>
    <message>
        <source>a code to type in the phone app</source>
        <translation>یک کد برای وارد کردن در برنامهٔ گوشی</translation>
    </message>
    <message>
        <source>&lt;p&gt;Assign a &lt;b&gt;smartphone security key&lt;/b&gt; to &lt;b&gt;%1&lt;/b&gt; (%2) with %3.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;User verification: %4&lt;/li&gt;&lt;li&gt;Activation valid for: %5 %6&lt;/li&gt;&lt;li&gt;Attestation: %7&lt;/li&gt;%8&lt;/ul&gt;</source>
        <translation>&lt;p&gt;اختصاص یک &lt;b&gt;کلید امنیتی گوشی هوشمند&lt;/b&gt; به &lt;b&gt;⁨%1⁩&lt;/b&gt; (⁨%2⁩) با ⁨%3⁩.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;تأیید هویت کاربر: ⁨%4⁩&lt;/li&gt;&lt;li&gt;مدت اعتبار فعال‌سازی: ⁨%5⁩ ⁨%6⁩&lt;/li&gt;&lt;li&gt;گواهی: ⁨%7⁩&lt;/li&gt;⁨%8⁩&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>required</source>
        <translation>الزامی</translation>
    </message>
    <message>
        <source>preferred</source>
        <translation>ترجیحی</translation>
    </message>
    <message>
        <source>&lt;li&gt;Label: %1&lt;/li&gt;</source>
        <translation>&lt;li&gt;برچسب: ⁨%1⁩&lt;/li&gt;</translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation>در دسترس نیست: ⁨%1⁩</translation>
    </message>
    <message>
        <source>(File &gt; Email Settings)</source>
        <translation>(پرونده &gt; تنظیمات ایمیل)</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::NewWorkflowWizard</name>
    <message>
        <source>&amp;Submit</source>
        <translation>ارسال (&amp;S)</translation>
    </message>
    <message>
        <source>%1 (%2 members)</source>
        <translation>⁨%1⁩ (⁨%2⁩ عضو)</translation>
    </message>
    <message>
        <source>None — any phone (recommended)</source>
        <translation>هیچ — هر گوشی‌ای (پیشنهادی)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>ثبت</translation>
    </message>
    <message>
        <source>Require trusted</source>
        <translation>الزام به اعتماد</translation>
    </message>
    <message>
        <source>Edit Workflow — %1</source>
        <translation>ویرایش گردش کار — ⁨%1⁩</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>ذخیره (&amp;S)</translation>
    </message>
    <message>
        <source>Save changes the workflow; its next run follows the new settings.</source>
        <translation>«ذخیره» گردش کار را تغییر می‌دهد؛ اجرای بعدی آن از تنظیمات تازه پیروی می‌کند.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; enabled users are in scope right now; &lt;b&gt;%2&lt;/b&gt; of them have no smartphone key yet and would get an activation email now.&lt;/p&gt;</source>
        <translation>&lt;p&gt;هم‌اکنون &lt;b&gt;⁨%1⁩&lt;/b&gt; کاربر فعال در دامنه هستند؛ &lt;b&gt;⁨%2⁩&lt;/b&gt; نفر از آن‌ها هنوز کلید گوشی هوشمند ندارند و همین حالا یک ایمیل فعال‌سازی می‌گیرند.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Scope: %2&lt;/li&gt;&lt;li&gt;Key: smartphone, user verification %3&lt;/li&gt;&lt;li&gt;Reminder after %4 days, at most %5 re-issues of expired links&lt;/li&gt;&lt;/ul&gt;%6&lt;p&gt;Users who enter the scope later get their key when they do.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;⁨%1⁩&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;دامنه: ⁨%2⁩&lt;/li&gt;&lt;li&gt;کلید: گوشی هوشمند، تأیید هویت کاربر ⁨%3⁩&lt;/li&gt;&lt;li&gt;یادآوری پس از ⁨%4⁩ روز، حداکثر ⁨%5⁩ بار صدور دوبارهٔ پیوندهای منقضی&lt;/li&gt;&lt;/ul&gt;⁨%6⁩&lt;p&gt;کاربرانی که بعداً وارد دامنه شوند، همان هنگام کلید خود را می‌گیرند.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;all users&lt;/b&gt;</source>
        <translation>&lt;b&gt;همهٔ کاربران&lt;/b&gt;</translation>
    </message>
    <message>
        <source>required</source>
        <translation>الزامی</translation>
    </message>
    <message>
        <source>preferred</source>
        <translation>ترجیحی</translation>
    </message>
    <message>
        <source>A workflow needs a name.</source>
        <translation>گردش کار به یک نام نیاز دارد.</translation>
    </message>
    <message>
        <source>A workflow with this name exists already.</source>
        <translation>گردش کاری با این نام از قبل وجود دارد.</translation>
    </message>
    <message>
        <source>&lt;p style=&quot;color: #82071e;&quot;&gt;&lt;b&gt;Email is not set up yet.&lt;/b&gt; The keys are assigned now and their activation emails wait in the outbox until &lt;a href=&quot;email-settings&quot;&gt;Email Settings&lt;/a&gt; are complete.&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;color: #82071e;&quot;&gt;&lt;b&gt;ایمیل هنوز راه‌اندازی نشده است.&lt;/b&gt; کلیدها اکنون اختصاص می‌یابند و ایمیل‌های فعال‌سازی آن‌ها تا تکمیل &lt;a href=&quot;email-settings&quot;&gt;تنظیمات ایمیل&lt;/a&gt; در صندوق خروجی می‌مانند.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::OutboxPage</name>
    <message>
        <source>All messages</source>
        <translation>همهٔ پیام‌ها</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>تلاش دوباره</translation>
    </message>
    <message>
        <source>Cancel Message</source>
        <translation>لغو پیام</translation>
    </message>
    <message>
        <source>Cancel this email? Its content is deleted and it will not be sent.</source>
        <translation>این ایمیل لغو شود؟ محتوای آن پاک می‌شود و فرستاده نخواهد شد.</translation>
    </message>
    <message>
        <source>stuck</source>
        <translation>گیرکرده</translation>
    </message>
    <message>
        <source>Not sent although tried (waiting to be tried again), or waiting for more than an hour</source>
        <translation>با وجود تلاش ارسال نشده (در انتظار تلاش دوباره) یا بیش از یک ساعت در انتظار</translation>
    </message>
    <message>
        <source>The newest %1 of %2 messages</source>
        <translation>جدیدترین ⁨%1⁩ از ⁨%2⁩ پیام</translation>
    </message>
    <message>
        <source>%1 messages</source>
        <translation>⁨%1⁩ پیام</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::OutboxTableModel</name>
    <message>
        <source>Queued</source>
        <translation>در صف</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>در حال ارسال</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>فرستاده شد</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>ناموفق</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>فرستاده‌شده ⁨%1⁩</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>To</source>
        <translation>به</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>تلاش‌ها</translation>
    </message>
    <message>
        <source>Next try</source>
        <translation>تلاش بعدی</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>آخرین خطا</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>نمای کلی</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>برون‌بری…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تازه‌سازی</translation>
    </message>
    <message>
        <source>Enrollment of enabled users</source>
        <translation>ثبت‌نام کاربران فعال</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>نیازمند رسیدگی</translation>
    </message>
    <message>
        <source>By group</source>
        <translation>بر اساس گروه</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>گروه</translation>
    </message>
    <message>
        <source>Enabled users</source>
        <translation>کاربران فعال</translation>
    </message>
    <message>
        <source>Active %</source>
        <translation>٪ فعال</translation>
    </message>
    <message>
        <source>Workflows</source>
        <translation>گردش‌کارها</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>گردش‌کار</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>آخرین اجرا</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>فعالیت اخیر</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>اپراتور</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>کنش</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>هدف</translation>
    </message>
    <message>
        <source>The overview could not be read: %1</source>
        <translation>نمای کلی خوانده نشد: ⁨%1⁩</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>تا ⁨%1⁩</translation>
    </message>
    <message>
        <source>%1 enabled users</source>
        <translation>⁨%1⁩ کاربر فعال</translation>
    </message>
    <message>
        <source>%1 disabled users are not counted</source>
        <translation>⁨%1⁩ کاربر غیرفعال شمرده نمی‌شوند</translation>
    </message>
    <message>
        <source>%1 activation links expire within 24 hours</source>
        <translation>⁨%1⁩ پیوند فعال‌سازی تا ۲۴ ساعت منقضی می‌شوند</translation>
    </message>
    <message>
        <source>%1 emails failed</source>
        <translation>⁨%1⁩ ایمیل ناموفق</translation>
    </message>
    <message>
        <source>%1 emails stuck: tried and waiting, or not sent after an hour</source>
        <translation>⁨%1⁩ ایمیل گیرکرده: تلاش‌شده و در انتظار، یا پس از یک ساعت ارسال‌نشده</translation>
    </message>
    <message>
        <source>%1 active keys not used or verified for %2 days</source>
        <translation>⁨%1⁩ کلید فعال که ⁨%2⁩ روز استفاده یا راستی‌آزمایی نشده‌اند</translation>
    </message>
    <message>
        <source>never</source>
        <translation>هرگز</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>غیرفعال</translation>
    </message>
    <message>
        <source>%1: %2 keys, %3 emails</source>
        <translation>⁨%1⁩: ⁨%2⁩ کلید، ⁨%3⁩ ایمیل</translation>
    </message>
    <message>
        <source>Links expiring within 24 hours</source>
        <translation>پیوندهایی که تا ۲۴ ساعت منقضی می‌شوند</translation>
    </message>
    <message>
        <source>Not used or verified for %1 days</source>
        <translation>⁨%1⁩ روز بدون استفاده یا راستی‌آزمایی</translation>
    </message>
    <message>
        <source>Enrollment report, CSV (*.csv)</source>
        <translation>گزارش ثبت‌نام، CSV (*.csv)</translation>
    </message>
    <message>
        <source>Enrollment report, JSON (*.json)</source>
        <translation>گزارش ثبت‌نام، JSON (*.json)</translation>
    </message>
    <message>
        <source>Stale keys, CSV (*.csv)</source>
        <translation>کلیدهای بلااستفاده، CSV (*.csv)</translation>
    </message>
    <message>
        <source>Stale keys, JSON (*.json)</source>
        <translation>کلیدهای بلااستفاده، JSON (*.json)</translation>
    </message>
    <message>
        <source>Links expiring within 24 hours, CSV (*.csv)</source>
        <translation>پیوندهای رو به انقضا تا ۲۴ ساعت، CSV (*.csv)</translation>
    </message>
    <message>
        <source>Links expiring within 24 hours, JSON (*.json)</source>
        <translation>پیوندهای رو به انقضا تا ۲۴ ساعت، JSON (*.json)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>برون‌بری</translation>
    </message>
    <message>
        <source>Save the enrollment report as PDF, CSV or JSON, or the stale keys or the expiring links as CSV or JSON</source>
        <translation>ذخیرهٔ گزارش ثبت‌نام به‌صورت PDF، CSV یا JSON، یا کلیدهای بلااستفاده یا پیوندهای رو به انقضا به‌صورت CSV یا JSON</translation>
    </message>
    <message>
        <source>%1 active keys the key policy would refuse today</source>
        <translation>⁨%1⁩ کلید فعال را خط‌مشی کلید امروز رد می‌کرد</translation>
    </message>
    <message>
        <source>Active keys the key policy refuses</source>
        <translation>کلیدهای فعالی که خط‌مشی کلید رد می‌کند</translation>
    </message>
    <message>
        <source>Enrollment report, PDF (*.pdf)</source>
        <translation>گزارش ثبت‌نام، PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1 suspended keys of users who left a directory source and are back</source>
        <translation>⁨%1⁩ کلید معلقِ کاربرانی که منبع فهرست راهنما را ترک کرده و برگشته‌اند</translation>
    </message>
    <message>
        <source>Suspended keys of users back at their directory source</source>
        <translation>کلیدهای معلق کاربرانی که به منبع فهرست راهنمای خود برگشته‌اند</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::QrCodeWidget</name>
    <message>
        <source>Activation QR code</source>
        <translation>کد QR فعال‌سازی</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::RpDebuggerWidget</name>
    <message>
        <source>Registration (navigator.credentials.create)</source>
        <translation>ثبت‌نام (navigator.credentials.create)</translation>
    </message>
    <message>
        <source>Authentication (navigator.credentials.get)</source>
        <translation>احراز هویت (navigator.credentials.get)</translation>
    </message>
    <message>
        <source>Paste the RegistrationResponseJSON or AuthenticationResponseJSON here.</source>
        <translation>RegistrationResponseJSON یا AuthenticationResponseJSON را اینجا بچسبانید.</translation>
    </message>
    <message>
        <source>Response JSON</source>
        <translation>JSON پاسخ</translation>
    </message>
    <message>
        <source>base64url, as issued</source>
        <translation>base64url، همان‌گونه که صادر شد</translation>
    </message>
    <message>
        <source>Allowed origins, separated by spaces.</source>
        <translation>مبدأهای مجاز، جداشده با فاصله.</translation>
    </message>
    <message>
        <source>Require user verification (UV)</source>
        <translation>الزام به تأیید هویت کاربر (UV)</translation>
    </message>
    <message>
        <source>What the relying party expects</source>
        <translation>آنچه طرف متکی انتظار دارد</translation>
    </message>
    <message>
        <source>&amp;Ceremony:</source>
        <translation>فرایند: (&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;hallenge:</source>
        <translation>چالش: (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;RP ID:</source>
        <translation>شناسهٔ RP: (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Origins:</source>
        <translation>مبدأها: (&amp;O)</translation>
    </message>
    <message>
        <source>The stored credential (authentication)</source>
        <translation>اعتبارنامهٔ ذخیره‌شده (احراز هویت)</translation>
    </message>
    <message>
        <source>&amp;Load Key</source>
        <translation>بارگذاری کلید (&amp;L)</translation>
    </message>
    <message>
        <source>COSE key, base64url</source>
        <translation>کلید COSE، base64url</translation>
    </message>
    <message>
        <source>Backup eligible (BE) at registration</source>
        <translation>هنگام ثبت‌نام قابل پشتیبان‌گیری (BE)</translation>
    </message>
    <message>
        <source>optional, base64url</source>
        <translation>اختیاری، base64url</translation>
    </message>
    <message>
        <source>Stored key id:</source>
        <translation>شناسهٔ کلید ذخیره‌شده:</translation>
    </message>
    <message>
        <source>Credential &amp;ID:</source>
        <translation>شناسهٔ اعتبارنامه: (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Public key:</source>
        <translation>کلید عمومی: (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Sign count:</source>
        <translation>شمارندهٔ امضا: (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;User handle:</source>
        <translation>شناسهٔ کاربر: (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>بررسی (&amp;V)</translation>
    </message>
    <message>
        <source>Response JSON:</source>
        <translation>JSON پاسخ:</translation>
    </message>
    <message>
        <source>Nothing verified yet. Nothing you paste here is stored.</source>
        <translation>هنوز چیزی بررسی نشده است. آنچه اینجا می‌چسبانید ذخیره نمی‌شود.</translation>
    </message>
    <message>
        <source>Key %1 has no credential.</source>
        <translation>کلید ⁨%1⁩ اعتبارنامه ندارد.</translation>
    </message>
    <message>
        <source>Loaded key %1. Paste an authentication response for it and press Verify.</source>
        <translation>کلید ⁨%1⁩ بارگذاری شد. یک پاسخ احراز هویت برای آن بچسبانید و «بررسی» را بزنید.</translation>
    </message>
    <message>
        <source>Paste a response first.</source>
        <translation>نخست یک پاسخ بچسبانید.</translation>
    </message>
    <message>
        <source>Challenge: give the challenge that was issued, in base64url.</source>
        <translation>چالش: چالش صادرشده را به‌صورت base64url وارد کنید.</translation>
    </message>
    <message>
        <source>RP ID and at least one origin are needed.</source>
        <translation>شناسهٔ RP و دست‌کم یک مبدأ لازم است.</translation>
    </message>
    <message>
        <source>Credential ID and public key: load a stored key or give them in base64url.</source>
        <translation>شناسهٔ اعتبارنامه و کلید عمومی: یک کلید ذخیره‌شده را بارگذاری کنید یا آن‌ها را به‌صورت base64url وارد کنید.</translation>
    </message>
    <message>
        <source>User handle: base64url, or leave it empty.</source>
        <translation>شناسهٔ کاربر: base64url، یا خالی بگذارید.</translation>
    </message>
    <message>
        <source>✔ Verified: every check passed.</source>
        <translation>✔ تأیید شد: همهٔ بررسی‌ها موفق بودند.</translation>
    </message>
    <message>
        <source>✘ Failed at “%1”: %2</source>
        <translation>✘ ناموفق در «⁨%1⁩»: ⁨%2⁩</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::SecurityKeyTableModel</name>
    <message>
        <source>Pending — %1</source>
        <translation>در انتظار — ⁨%1⁩</translation>
    </message>
    <message>
        <source>Activation expired — re-issue</source>
        <translation>فعال‌سازی منقضی شده — دوباره صادر کنید</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>⁨%1⁩ (⁨%2⁩)</translation>
    </message>
    <message>
        <source>AAGUID %1</source>
        <translation>AAGUID ⁨%1⁩</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>برچسب</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Authenticator</source>
        <translation>احرازگر</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>فعال‌سازی</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>ساخته‌شده</translation>
    </message>
    <message>
        <source>Activated</source>
        <translation>فعال‌شده</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>آخرین بررسی</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::SecurityKeysTab</name>
    <message>
        <source>Enable the user to assign a key.</source>
        <translation>برای اختصاص کلید، کاربر را فعال کنید.</translation>
    </message>
    <message>
        <source>No security keys yet.</source>
        <translation>هنوز کلید امنیتی‌ای نیست.</translation>
    </message>
    <message>
        <source>Keys: %1 · active: %2</source>
        <translation>کلیدها: ⁨%1⁩ · فعال: ⁨%2⁩</translation>
    </message>
    <message>
        <source>Not set up: Windows needs the phone paired with the user&apos;s PC, or a security key reader on a shared PC.</source>
        <translation>راه‌اندازی نشده: ویندوز به گوشیِ جفت‌شده با رایانهٔ کاربر، یا یک کارت‌خوان کلید امنیتی روی رایانهٔ مشترک نیاز دارد.</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>تغییر… (&amp;C)</translation>
    </message>
    <message>
        <source>Set &amp;Up…</source>
        <translation>راه‌اندازی… (&amp;U)</translation>
    </message>
    <message>
        <source>Clear Windows Sign-in</source>
        <translation>پاک کردن ورود به ویندوز</translation>
    </message>
    <message>
        <source>Forget how %1 signs in to Windows? Nothing changes on the PC itself.</source>
        <translation>شیوهٔ ورود ⁨%1⁩ به ویندوز فراموش شود؟ روی خود رایانه چیزی تغییر نمی‌کند.</translation>
    </message>
    <message>
        <source>The activation email to %1 is in the outbox and goes out shortly.</source>
        <translation>ایمیل فعال‌سازی برای ⁨%1⁩ در صندوق خروجی است و به‌زودی فرستاده می‌شود.</translation>
    </message>
    <message>
        <source>Show a QR code now (user present)</source>
        <translation>نمایش کد QR همین حالا (کاربر حاضر است)</translation>
    </message>
    <message>
        <source>Send a new activation email</source>
        <translation>فرستادن ایمیل فعال‌سازی تازه</translation>
    </message>
    <message>
        <source>Re-issue Activation</source>
        <translation>صدور دوبارهٔ فعال‌سازی</translation>
    </message>
    <message>
        <source>The current link and code stop working. How should %1 get the new ones?</source>
        <translation>پیوند و کد فعلی دیگر کار نمی‌کنند. ⁨%1⁩ پیوند و کد تازه را چگونه بگیرد؟</translation>
    </message>
    <message>
        <source>(Email: %1)</source>
        <translation>(ایمیل: ⁨%1⁩)</translation>
    </message>
    <message>
        <source>A new activation email to %1 is in the outbox.</source>
        <translation>ایمیل فعال‌سازی تازه برای ⁨%1⁩ در صندوق خروجی است.</translation>
    </message>
    <message>
        <source>Suspend Key</source>
        <translation>تعلیق کلید</translation>
    </message>
    <message>
        <source>Why? (optional; recorded in the audit log)</source>
        <translation>چرا؟ (اختیاری؛ در گزارش رویدادها ثبت می‌شود)</translation>
    </message>
    <message>
        <source>Resume Key</source>
        <translation>ازسرگیری کلید</translation>
    </message>
    <message>
        <source>Revoke Key</source>
        <translation>ابطال کلید</translation>
    </message>
    <message>
        <source>Revoking is permanent: the key can never sign in again. Why is it revoked? (required)</source>
        <translation>ابطال همیشگی است: کلید دیگر هرگز نمی‌تواند وارد شود. چرا باطل می‌شود؟ (الزامی)</translation>
    </message>
    <message>
        <source>Delete Key</source>
        <translation>حذف کلید</translation>
    </message>
    <message>
        <source>Delete this key? Its activation link and code stop working.</source>
        <translation>این کلید حذف شود؟ پیوند و کد فعال‌سازی آن دیگر کار نمی‌کنند.</translation>
    </message>
    <message>
        <source>The activation email to %1 waits in the outbox until Email Settings are complete.</source>
        <translation>ایمیل فعال‌سازی به ⁨%1⁩ تا تکمیل تنظیمات ایمیل در صندوق خروجی می‌ماند.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>باطل کردن</translation>
    </message>
    <message>
        <source>The activation email to %1 is in the server&apos;s outbox; the server sends it.</source>
        <translation>ایمیل فعال‌سازی برای ⁨%1⁩ در صندوق خروجی کارساز است؛ کارساز آن را می‌فرستد.</translation>
    </message>
    <message>
        <source>Lost Phone</source>
        <translation>گوشی گم‌شده</translation>
    </message>
    <message>
        <source>Lost phone, case %1: keys suspended: %2; waiting links revoked: %3.</source>
        <translation>گوشی گم‌شده، پروندهٔ ⁨%1⁩: کلیدهای تعلیق‌شده: ⁨%2⁩؛ پیوندهای در انتظارِ باطل‌شده: ⁨%3⁩.</translation>
    </message>
    <message>
        <source>Lost phone, case %1: keys revoked: %2; waiting links revoked: %3.</source>
        <translation>گوشی گم‌شده، پروندهٔ ⁨%1⁩: کلیدهای باطل‌شده: ⁨%2⁩؛ پیوندهای در انتظارِ باطل‌شده: ⁨%3⁩.</translation>
    </message>
    <message>
        <source>The replacement&apos;s activation email to %1 is in the outbox.</source>
        <translation>ایمیل فعال‌سازی جایگزین به ⁨%1⁩ در صندوق خروجی است.</translation>
    </message>
    <message>
        <source>Phone Found</source>
        <translation>گوشی پیدا شد</translation>
    </message>
    <message>
        <source>Undo lost-phone case %1? The keys it suspended resume, and its replacement is revoked unless it was activated already.</source>
        <translation>پروندهٔ گوشی گم‌شدهٔ ⁨%1⁩ بازگردانده شود؟ کلیدهایی که تعلیق کرد از سر گرفته می‌شوند و جایگزینش باطل می‌شود مگر آنکه از پیش فعال شده باشد.</translation>
    </message>
    <message>
        <source>Case %1 undone: keys resumed: %2.</source>
        <translation>پروندهٔ ⁨%1⁩ بازگردانده شد: کلیدهای ازسرگرفته: ⁨%2⁩.</translation>
    </message>
    <message>
        <source>The replacement was revoked.</source>
        <translation>جایگزین باطل شد.</translation>
    </message>
    <message>
        <source>The replacement was activated already and stays.</source>
        <translation>جایگزین از پیش فعال شده بود و می‌ماند.</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>عمومی (&amp;G)</translation>
    </message>
    <message>
        <source>Enrollment &amp;Server</source>
        <translation>کارساز ثبت‌نام (&amp;S)</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>ایمیل (&amp;M)</translation>
    </message>
    <message>
        <source>Security &amp;Keys</source>
        <translation>کلیدهای امنیتی (&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Workflows</source>
        <translation>گردش‌های کار (&amp;W)</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>زبان سیستم</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>زبان: (&amp;L)</translation>
    </message>
    <message>
        <source>A new language applies the next time KeyDesk starts.</source>
        <translation>زبان تازه از اجرای بعدی KeyDesk اعمال می‌شود.</translation>
    </message>
    <message>
        <source>The desktop&apos;s</source>
        <translation>مطابق میزکار</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>روشن</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>تیره</translation>
    </message>
    <message>
        <source>A&amp;ppearance:</source>
        <translation>ظاهر: (&amp;P)</translation>
    </message>
    <message>
        <source>Database at start</source>
        <translation>پایگاه داده هنگام آغاز</translation>
    </message>
    <message>
        <source>&amp;Database at start:</source>
        <translation>پایگاه داده هنگام آغاز: (&amp;D)</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>پایگاه داده</translation>
    </message>
    <message>
        <source>KeyDesk databases (*.sqlite *.db)</source>
        <translation>پایگاه‌های دادهٔ KeyDesk (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>Open now: %1. File &gt; Open Database… switches at once.</source>
        <translation>اکنون باز است: ⁨%1⁩. «پرونده &gt; باز کردن پایگاه داده…» بی‌درنگ جابه‌جا می‌کند.</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>هر درگاه آزادی</translation>
    </message>
    <message>
        <source>TLS certificate</source>
        <translation>گواهی TLS</translation>
    </message>
    <message>
        <source>TLS private key</source>
        <translation>کلید خصوصی TLS</translation>
    </message>
    <message>
        <source>&lt;b&gt;This desk&lt;/b&gt; — where its server listens (restarted on Save)</source>
        <translation>&lt;b&gt;این میز کار&lt;/b&gt; — جایی که کارساز آن گوش می‌دهد (با ذخیره دوباره آغاز می‌شود)</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>نشانی: (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>درگاه: (&amp;P)</translation>
    </message>
    <message>
        <source>TLS &amp;certificate (PEM):</source>
        <translation>گواهی TLS ‏(PEM): (&amp;C)</translation>
    </message>
    <message>
        <source>TLS Certificate</source>
        <translation>گواهی TLS</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt)</source>
        <translation>پرونده‌های PEM (*.pem *.crt)</translation>
    </message>
    <message>
        <source>TLS private &amp;key (PEM):</source>
        <translation>کلید خصوصی TLS ‏(PEM): (&amp;K)</translation>
    </message>
    <message>
        <source>TLS Private Key</source>
        <translation>کلید خصوصی TLS</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.key)</source>
        <translation>پرونده‌های PEM (*.pem *.key)</translation>
    </message>
    <message>
        <source>127.0.0.1 serves this computer only. Phones need an address they can reach and HTTPS with a certificate they trust (keydesk-cli server make-cert for demos).</source>
        <translation>127.0.0.1 فقط به همین رایانه خدمت می‌دهد. گوشی‌ها به نشانی‌ای نیاز دارند که به آن برسند و HTTPS با گواهی‌ای که به آن اعتماد کنند (برای نمایش: keydesk-cli server make-cert).</translation>
    </message>
    <message>
        <source>&lt;b&gt;The deployment&lt;/b&gt; — shared by every desk on this database</source>
        <translation>&lt;b&gt;استقرار&lt;/b&gt; — مشترک میان همهٔ میزهای کار این پایگاه داده</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>نشانی پایه (URL): (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Relying party ID:</source>
        <translation>شناسهٔ طرف متکی: (&amp;R)</translation>
    </message>
    <message>
        <source>Relying party &amp;name:</source>
        <translation>نام طرف متکی: (&amp;N)</translation>
    </message>
    <message>
        <source>Further allowed &amp;origins:</source>
        <translation>مبدأهای مجاز دیگر: (&amp;O)</translation>
    </message>
    <message>
        <source>Email &amp;Settings…</source>
        <translation>تنظیمات ایمیل… (&amp;S)</translation>
    </message>
    <message>
        <source>The SMTP server, the sender and the password (kept in the system keychain, never in the database).</source>
        <translation>کارساز SMTP، فرستنده و گذرواژه (در جاکلیدی سیستم، هرگز در پایگاه داده).</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> دقیقه</translation>
    </message>
    <message>
        <source> days</source>
        <translation> روز</translation>
    </message>
    <message>
        <source>Required (recommended)</source>
        <translation>الزامی (پیشنهادی)</translation>
    </message>
    <message>
        <source>Preferred</source>
        <translation>ترجیحی</translation>
    </message>
    <message>
        <source>None — any phone (recommended)</source>
        <translation>هیچ — هر گوشی‌ای (پیشنهادی)</translation>
    </message>
    <message>
        <source>Record what the phone proves</source>
        <translation>ثبت آنچه گوشی اثبات می‌کند</translation>
    </message>
    <message>
        <source>Require a trusted vendor</source>
        <translation>الزام به سازندهٔ مورد اعتماد</translation>
    </message>
    <message>
        <source>Attestation trust anchors</source>
        <translation>لنگرهای اعتماد گواهی</translation>
    </message>
    <message>
        <source>Add &amp;PEM File…</source>
        <translation>افزودن پروندهٔ PEM… (&amp;P)</translation>
    </message>
    <message>
        <source>Trust Anchor</source>
        <translation>لنگر اعتماد</translation>
    </message>
    <message>
        <source>Activate &amp;Now link lives:</source>
        <translation>مدت اعتبار پیوند «فعال‌سازی همین حالا»: (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Emailed link lives:</source>
        <translation>مدت اعتبار پیوند ایمیل‌شده: (&amp;E)</translation>
    </message>
    <message>
        <source>New keys: &amp;user verification:</source>
        <translation>کلیدهای جدید، تأیید هویت کاربر: (&amp;U)</translation>
    </message>
    <message>
        <source>New keys: &amp;attestation:</source>
        <translation>کلیدهای جدید، گواهی: (&amp;A)</translation>
    </message>
    <message>
        <source>Attestation &amp;trust anchors:</source>
        <translation>لنگرهای اعتماد گواهی: (&amp;T)</translation>
    </message>
    <message>
        <source>Run enabled workflows &amp;every:</source>
        <translation>اجرای گردش‌های کار فعال، هر: (&amp;E)</translation>
    </message>
    <message>
        <source>While this console or keydesk-cli serve runs; also when users join a workflow&apos;s groups.</source>
        <translation>تا زمانی که این کنسول یا keydesk-cli serve اجرا می‌شود؛ همچنین وقتی کاربران به گروه‌های یک گردش کار می‌پیوندند.</translation>
    </message>
    <message>
        <source>empty: the last database opened</source>
        <translation>خالی: آخرین پایگاه دادهٔ بازشده</translation>
    </message>
    <message>
        <source>Running now at %1.</source>
        <translation>اکنون در ⁨%1⁩ اجرا می‌شود.</translation>
    </message>
    <message>
        <source>Not running: %1</source>
        <translation>در حال اجرا نیست: ⁨%1⁩</translation>
    </message>
    <message>
        <source>This run uses the address and port given on the command line; the values above apply when KeyDesk starts without them, or now if you change them.</source>
        <translation>این اجرا از نشانی و درگاه خط فرمان استفاده می‌کند؛ مقادیر بالا وقتی KeyDesk بدون آن‌ها آغاز شود اعمال می‌شوند، یا همین حالا اگر تغییرشان دهید.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>⁨%1⁩: ⁨%2⁩</translation>
    </message>
    <message>
        <source>Key a&amp;lgorithms:</source>
        <translation>الگوریتم‌های کلید: (&amp;L)</translation>
    </message>
    <message>
        <source>Offered to phones, preferred first, and the only ones the relying party accepts. Empty: the recommended list shown.</source>
        <translation>به گوشی‌ها پیشنهاد می‌شوند، ترجیحی‌ها نخست، و تنها الگوریتم‌هایی‌اند که طرف متکی می‌پذیرد. خالی: فهرست پیشنهادی نشان‌داده‌شده.</translation>
    </message>
    <message>
        <source>Which keys the relying party accepts at activation. A phone refused by the policy is told why; keys active before a change stay active, and the Overview lists those the policy would refuse.</source>
        <translation>طرف اتکاکننده هنگام فعال‌سازی کدام کلیدها را می‌پذیرد. به گوشی ردشده دلیلش گفته می‌شود؛ کلیدهایی که پیش از تغییر فعال بوده‌اند فعال می‌مانند و نمای کلی آن‌هایی را که خط‌مشی رد می‌کند فهرست می‌کند.</translation>
    </message>
    <message>
        <source>Device-bound keys only</source>
        <translation>فقط کلیدهای وابسته به دستگاه</translation>
    </message>
    <message>
        <source>Authenticators</source>
        <translation>احرازگرها</translation>
    </message>
    <message>
        <source>Checked authenticators</source>
        <translation>احرازگرهای علامت‌خورده</translation>
    </message>
    <message>
        <source>Key Pol&amp;icy</source>
        <translation>خط‌مشی کلید (&amp;I)</translation>
    </message>
    <message>
        <source>Root certificates of the authenticator vendors you trust; needed only when keys require attestation or the key policy takes trusted attestation only.</source>
        <translation>گواهی‌های ریشهٔ سازندگان احرازگری که به آن‌ها اعتماد دارید؛ فقط وقتی لازم است که کلیدها گواهی بخواهند یا خط‌مشی کلید فقط گواهی مورد اعتماد را بپذیرد.</translation>
    </message>
    <message>
        <source>Trusted attestation only</source>
        <translation>فقط گواهی مورد اعتماد</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>میان‌برهای صفحه‌کلید</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>میان‌برهای صفحه‌کلید</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>کلیدها</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>کنش</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::SignInDialog</name>
    <message>
        <source>admin</source>
        <translation>مدیر</translation>
    </message>
    <message>
        <source>helpdesk</source>
        <translation>پشتیبانی</translation>
    </message>
    <message>
        <source>auditor</source>
        <translation>حسابرس</translation>
    </message>
    <message>
        <source>Sign In to %1</source>
        <translation>ورود به ⁨%1⁩</translation>
    </message>
    <message>
        <source>Scan this code with your phone, or open the link, and confirm with your security key. Your phone shows the same number and this desk&apos;s name, “%1”.</source>
        <translation>این کد را با تلفن خود اسکن کنید یا پیوند را باز کنید و با کلید امنیتی خود تأیید کنید. تلفن شما همین شماره و نام این میز کار، «⁨%1⁩»، را نشان می‌دهد.</translation>
    </message>
    <message>
        <source>Match number</source>
        <translation>شمارهٔ تطبیق</translation>
    </message>
    <message>
        <source>Start Again</source>
        <translation>شروع دوباره</translation>
    </message>
    <message>
        <source>Starting the sign-in…</source>
        <translation>در حال شروع ورود…</translation>
    </message>
    <message>
        <source>Match number %1</source>
        <translation>شمارهٔ تطبیق ⁨%1⁩</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>وارد شدید</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation>با نام ⁨%1⁩ (⁨%2⁩) وارد شدید.</translation>
    </message>
    <message>
        <source>The sign-in expired before the phone answered.</source>
        <translation>مهلت ورود پیش از پاسخ تلفن به پایان رسید.</translation>
    </message>
    <message>
        <source>Waiting for your phone — %1:%2 left</source>
        <translation>در انتظار تلفن شما — ⁨%1⁩:⁨%2⁩ مانده</translation>
    </message>
    <message>
        <source>Not signed in: %1</source>
        <translation>وارد نشدید: ⁨%1⁩</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::SmtpSettingsDialog</name>
    <message>
        <source>STARTTLS (port 587, recommended)</source>
        <translation>STARTTLS (درگاه 587، پیشنهادی)</translation>
    </message>
    <message>
        <source>TLS from the start (port 465)</source>
        <translation>TLS از آغاز (درگاه 465)</translation>
    </message>
    <message>
        <source>None (a relay on this machine only)</source>
        <translation>هیچ (فقط یک رله روی همین رایانه)</translation>
    </message>
    <message>
        <source>The keychain is not available: %1</source>
        <translation>جاکلیدی در دسترس نیست: ⁨%1⁩</translation>
    </message>
    <message>
        <source>CA Certificates</source>
        <translation>گواهی‌های CA</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt);;All files (*)</source>
        <translation>پرونده‌های PEM (*.pem *.crt);;همهٔ پرونده‌ها (*)</translation>
    </message>
    <message>
        <source>Not sent: %1.</source>
        <translation>فرستاده نشد: ⁨%1⁩.</translation>
    </message>
    <message>
        <source>Enter an address to send the test email to.</source>
        <translation>نشانی‌ای برای فرستادن ایمیل آزمایشی وارد کنید.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>در حال ارسال…</translation>
    </message>
    <message>
        <source>Sent to %1 (%2).</source>
        <translation>به ⁨%1⁩ فرستاده شد (⁨%2⁩).</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>فرستاده نشد: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Not saved: %1.</source>
        <translation>ذخیره نشد: ⁨%1⁩.</translation>
    </message>
    <message>
        <source>Settings saved, but the password could not be stored in the keychain (%1). Set KEYDESK_SMTP_PASSWORD instead.</source>
        <translation>تنظیمات ذخیره شد، اما گذرواژه در جاکلیدی ذخیره نشد (⁨%1⁩). به‌جای آن KEYDESK_SMTP_PASSWORD را تنظیم کنید.</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::SyncProgressDialog</name>
    <message>
        <source>Copying from %1</source>
        <translation>رونوشت از ⁨%1⁩</translation>
    </message>
    <message>
        <source>This desk keeps its own copy of what it shows, so that it stays quick and readable when the network is not. The first copy takes a while; you can stop it, and the next connection goes on where it stopped.</source>
        <translation>این میز کار رونوشتی از آنچه نشان می‌دهد نزد خود نگه می‌دارد تا سریع بماند و وقتی شبکه در دسترس نیست هم خواندنی باشد. نخستین رونوشت کمی طول می‌کشد؛ می‌توانید آن را متوقف کنید و اتصال بعدی از همان‌جا ادامه می‌دهد.</translation>
    </message>
    <message>
        <source>Asking the server what there is…</source>
        <translation>در حال پرسیدن از کارساز دربارهٔ داده‌ها…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>توقف</translation>
    </message>
    <message>
        <source>Applying the changes made meanwhile: %1 rows</source>
        <translation>اعمال تغییرهای این فاصله: ⁨%1⁩ ردیف</translation>
    </message>
    <message>
        <source>Copying %1: %2 of %3 rows</source>
        <translation>رونوشت ⁨%1⁩: ⁨%2⁩ از ⁨%3⁩ ردیف</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>کارساز نپذیرفت: ⁨%1⁩</translation>
    </message>
    <message>
        <source>%1 — trying again in a moment.</source>
        <translation>⁨%1⁩ — به‌زودی دوباره تلاش می‌شود.</translation>
    </message>
    <message>
        <source>Stopping after this page…</source>
        <translation>توقف پس از این صفحه…</translation>
    </message>
    <message>
        <source>users</source>
        <translation>کاربران</translation>
    </message>
    <message>
        <source>groups</source>
        <translation>گروه‌ها</translation>
    </message>
    <message>
        <source>group members</source>
        <translation>اعضای گروه‌ها</translation>
    </message>
    <message>
        <source>workflows</source>
        <translation>گردش‌های کار</translation>
    </message>
    <message>
        <source>workflows&apos; groups</source>
        <translation>گروه‌های گردش‌های کار</translation>
    </message>
    <message>
        <source>workflow runs</source>
        <translation>اجراهای گردش کار</translation>
    </message>
    <message>
        <source>workflow runs&apos; users</source>
        <translation>کاربران اجراهای گردش کار</translation>
    </message>
    <message>
        <source>security keys</source>
        <translation>کلیدهای امنیتی</translation>
    </message>
    <message>
        <source>activations</source>
        <translation>فعال‌سازی‌ها</translation>
    </message>
    <message>
        <source>verifications</source>
        <translation>بررسی‌ها</translation>
    </message>
    <message>
        <source>Windows logon arrangements</source>
        <translation>ترتیبات ورود به ویندوز</translation>
    </message>
    <message>
        <source>operators</source>
        <translation>اپراتورها</translation>
    </message>
    <message>
        <source>outbox</source>
        <translation>صندوق خروجی</translation>
    </message>
    <message>
        <source>audit log</source>
        <translation>گزارش رویدادها</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::TeamBanner</name>
    <message>
        <source>Offline since %1 — showing data as of %2; changes need the server</source>
        <translation>برون‌خط از ⁨%1⁩ — داده‌ها به‌روز تا ⁨%2⁩؛ تغییرها به کارساز نیاز دارند</translation>
    </message>
    <message>
        <source>Offline since %1 — nothing copied from the server yet; changes need the server</source>
        <translation>برون‌خط از ⁨%1⁩ — هنوز چیزی از کارساز رونوشت نشده؛ تغییرها به کارساز نیاز دارند</translation>
    </message>
    <message>
        <source>Signed out: %1</source>
        <translation>خارج شدید: ⁨%1⁩</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::TeamSession</name>
    <message>
        <source>KeyDesk on %1</source>
        <translation>KeyDesk روی ⁨%1⁩</translation>
    </message>
    <message>
        <source>Signed in, but the session was not kept on this computer: %1</source>
        <translation>وارد شدید، اما نشست روی این رایانه نگه داشته نشد: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Cannot make the folder %1 for this desk&apos;s copy of the server.</source>
        <translation>پوشهٔ ⁨%1⁩ برای رونوشت کارساز روی این میز کار ساخته نمی‌شود.</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>کارساز نپذیرفت: ⁨%1⁩</translation>
    </message>
    <message>
        <source>The first copy was stopped; the next connection goes on where it stopped.</source>
        <translation>نخستین رونوشت متوقف شد؛ اتصال بعدی از همان‌جا ادامه می‌دهد.</translation>
    </message>
    <message>
        <source>Offline since %1; changes need the server.</source>
        <translation>برون‌خط از ⁨%1⁩؛ تغییرها به کارساز نیاز دارند.</translation>
    </message>
    <message>
        <source>Signed out; sign in again with File &gt; Connect to Server…</source>
        <translation>خارج شدید؛ با پرونده &gt; اتصال به کارساز… دوباره وارد شوید</translation>
    </message>
    <message>
        <source>Team: %1 — %2 (%3)</source>
        <translation>تیم: ⁨%1⁩ — ⁨%2⁩ (⁨%3⁩)</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::TestRelyingPartyPage</name>
    <message>
        <source>Test Relying Party</source>
        <translation>طرف متکی آزمایشی</translation>
    </message>
    <message>
        <source>Search name or email</source>
        <translation>جست‌وجوی نام یا ایمیل</translation>
    </message>
    <message>
        <source>Matching users</source>
        <translation>کاربران منطبق</translation>
    </message>
    <message>
        <source>Active keys of the user</source>
        <translation>کلیدهای فعال کاربر</translation>
    </message>
    <message>
        <source>&amp;Verify Now…</source>
        <translation>بررسی همین حالا… (&amp;V)</translation>
    </message>
    <message>
        <source>Verify an enrollment</source>
        <translation>بررسی یک ثبت‌نام</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>کاربر: (&amp;U)</translation>
    </message>
    <message>
        <source>Active &amp;key:</source>
        <translation>کلید فعال: (&amp;K)</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>پاسخ</translation>
    </message>
    <message>
        <source>User</source>
        <translation>کاربر</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>کلید</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <source>Started by</source>
        <translation>آغازشده توسط</translation>
    </message>
    <message>
        <source>Recent verifications</source>
        <translation>بررسی‌های اخیر</translation>
    </message>
    <message>
        <source>&amp;Verify an Enrollment</source>
        <translation>بررسی یک ثبت‌نام (&amp;V)</translation>
    </message>
    <message>
        <source>RP &amp;Debugger</source>
        <translation>اشکال‌زدای RP ‏(&amp;D)</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt; · %3 active</source>
        <translation>⁨%1⁩ &lt;%2&gt; · ⁨%3⁩ فعال</translation>
    </message>
    <message>
        <source>#%1 %2 · %3</source>
        <translation>#⁨%1⁩ ⁨%2⁩ · ⁨%3⁩</translation>
    </message>
    <message>
        <source>Pick a user.</source>
        <translation>یک کاربر برگزینید.</translation>
    </message>
    <message>
        <source>This user has no active key. Assign one in User Details &gt; Security Keys.</source>
        <translation>این کاربر کلید فعالی ندارد. از «جزئیات کاربر &gt; کلیدهای امنیتی» یکی اختصاص دهید.</translation>
    </message>
    <message>
        <source>Failed at %1</source>
        <translation>ناموفق در ⁨%1⁩</translation>
    </message>
    <message>
        <source>Double-click (or Enter) to see a verification&apos;s checks and export its receipt again.</source>
        <translation>برای دیدن بررسی‌های یک تأیید و برون‌بری دوبارهٔ رسید آن، دوبار کلیک کنید (یا Enter).</translation>
    </message>
    <message>
        <source>%1 users match; the first %2 are listed. Type more of a name or email to find the others.</source>
        <translation>⁨%1⁩ کاربر منطبق‌اند؛ ⁨%2⁩ کاربر نخست فهرست شده‌اند. برای یافتن بقیه، بخش بیشتری از نام یا ایمیل را بنویسید.</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::UserDetailsDialog</name>
    <message>
        <source>Security &amp;Keys</source>
        <translation>کلیدهای امنیتی (&amp;K)</translation>
    </message>
    <message>
        <source>This user no longer exists.</source>
        <translation>این کاربر دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>New User</source>
        <translation>کاربر جدید</translation>
    </message>
    <message>
        <source>User Details — %1</source>
        <translation>جزئیات کاربر — ⁨%1⁩</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>کاربر جدید</translation>
    </message>
    <message>
        <source>entered here</source>
        <translation>واردشده در اینجا</translation>
    </message>
    <message>
        <source>KeyDesk</source>
        <translation>KeyDesk</translation>
    </message>
    <message>
        <source>From the directory source %1: change it there.</source>
        <translation>از منبع فهرست راهنمای ⁨%1⁩: همان‌جا تغییرش دهید.</translation>
    </message>
    <message>
        <source>the directory source %1, where the name, email, UPN, department and state are changed</source>
        <translation>منبع فهرست راهنمای ⁨%1⁩، جایی که نام، ایمیل، UPN، بخش و وضعیت تغییر می‌کنند</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::UserGuideDialog</name>
    <message>
        <source>KeyDesk User Guide</source>
        <translation>راهنمای کاربر KeyDesk</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>راهنمای کاربر</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::UserTableModel</name>
    <message numerus="yes">
        <source>%n active</source>
        <translation>
            <numerusform>%n فعال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n در انتظار</numerusform>
        </translation>
    </message>
    <message>
        <source>No key</source>
        <translation>بدون کلید</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>غیرفعال</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>بخش</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>گروه‌ها</translation>
    </message>
    <message>
        <source>Security Keys</source>
        <translation>کلیدهای امنیتی</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::UsersPage</name>
    <message>
        <source>All users</source>
        <translation>همهٔ کاربران</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>غیرفعال</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>همه</translation>
    </message>
    <message>
        <source>Dedicated PC (paired)</source>
        <translation>رایانهٔ اختصاصی (جفت‌شده)</translation>
    </message>
    <message>
        <source>Shared PC (reader)</source>
        <translation>رایانهٔ مشترک (کارت‌خوان)</translation>
    </message>
    <message>
        <source>Not set up</source>
        <translation>راه‌اندازی نشده</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>همهٔ گروه‌ها</translation>
    </message>
    <message>
        <source>Cannot read users: %1</source>
        <translation>خواندن کاربران ممکن نیست: ⁨%1⁩</translation>
    </message>
    <message>
        <source>1 user</source>
        <translation>۱ کاربر</translation>
    </message>
    <message>
        <source>%1 users</source>
        <translation>⁨%1⁩ کاربر</translation>
    </message>
    <message>
        <source>KeyDesk</source>
        <translation>KeyDesk</translation>
    </message>
    <message>
        <source>%1 of %2 users added to %3; the others were members already.</source>
        <translation>⁨%1⁩ از ⁨%2⁩ کاربر به ⁨%3⁩ افزوده شدند؛ بقیه از قبل عضو بودند.</translation>
    </message>
    <message>
        <source>Enabled: %1</source>
        <translation>فعال: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Enabled users by their best key: active, else pending, else suspended or revoked, else none</source>
        <translation>کاربران فعال بر اساس بهترین کلیدشان: فعال، وگرنه در انتظار، وگرنه معلق یا باطل‌شده، وگرنه هیچ</translation>
    </message>
    <message>
        <source>Assign a Smartphone Key by Email…</source>
        <translation>اختصاص کلید گوشی با ایمیل…</translation>
    </message>
    <message>
        <source>Send Pending Activations Again…</source>
        <translation>ارسال دوبارهٔ فعال‌سازی‌های در انتظار…</translation>
    </message>
    <message>
        <source>Assign a smartphone key to %1 users and email each an activation link? As a workflow does it, users who are disabled, have no email address, or have an active or pending smartphone key are skipped.</source>
        <translation>به ⁨%1⁩ کاربر کلید گوشی اختصاص داده و برای هر کدام پیوند فعال‌سازی ایمیل شود؟ مانند یک گردش‌کار، کاربرانی که غیرفعال‌اند، نشانی ایمیل ندارند یا کلید گوشی فعال یا در انتظار دارند نادیده گرفته می‌شوند.</translation>
    </message>
    <message>
        <source>Send a new activation email for the pending smartphone keys of %1 users? Their current links stop working.</source>
        <translation>برای کلیدهای گوشی در انتظارِ ⁨%1⁩ کاربر ایمیل فعال‌سازی تازه فرستاده شود؟ پیوندهای کنونی‌شان دیگر کار نمی‌کنند.</translation>
    </message>
    <message>
        <source>None of the selected users has a smartphone key waiting for activation.</source>
        <translation>هیچ‌یک از کاربران انتخاب‌شده کلید گوشی در انتظار فعال‌سازی ندارد.</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::VerdictTable</name>
    <message>
        <source>Result</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>بررسی</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>جزئیات</translation>
    </message>
    <message>
        <source>Verification checks</source>
        <translation>بررسی‌های تأیید</translation>
    </message>
    <message>
        <source>✔ pass</source>
        <translation>✔ موفق</translation>
    </message>
    <message>
        <source>✘ FAIL</source>
        <translation>✘ ناموفق</translation>
    </message>
    <message>
        <source>Verification stops at the first failed check; later checks did not run.</source>
        <translation>بررسی در نخستین بررسی ناموفق متوقف می‌شود؛ بررسی‌های بعدی اجرا نشدند.</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::VerificationRecordDialog</name>
    <message>
        <source>Verification %1 — %2</source>
        <translation>تأیید ⁨%1⁩ — ⁨%2⁩</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 &amp;lt;%2&amp;gt;&lt;/b&gt; · key #%3 %4&lt;br&gt;%5 · %6 · started by %7</source>
        <translation>&lt;b&gt;⁨%1⁩ &amp;lt;⁨%2⁩&amp;gt;&lt;/b&gt; · کلید #⁨%3⁩ ⁨%4⁩&lt;br&gt;⁨%5⁩ · ⁨%6⁩ · آغازشده توسط ⁨%7⁩</translation>
    </message>
    <message>
        <source>&amp;Export Receipt…</source>
        <translation>برون‌بری رسید… (&amp;E)</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::VerifyKeyDialog</name>
    <message>
        <source>Verify Security Key — %1</source>
        <translation>بررسی کلید امنیتی — ⁨%1⁩</translation>
    </message>
    <message>
        <source>Verify %1&apos;s security key</source>
        <translation>بررسی کلید امنیتی ⁨%1⁩</translation>
    </message>
    <message>
        <source>%1 · %2 · credential %3…</source>
        <translation>⁨%1⁩ · ⁨%2⁩ · اعتبارنامهٔ ⁨%3⁩…</translation>
    </message>
    <message>
        <source>Scan the code with the phone and confirm, or open the link in this computer&apos;s browser for a key attached here. KeyDesk then checks the answer like a real sign-in would.</source>
        <translation>کد را با گوشی اسکن کنید و تأیید کنید، یا برای کلیدی که به همین رایانه وصل است پیوند را در مرورگر این رایانه باز کنید. سپس KeyDesk پاسخ را مانند یک ورود واقعی بررسی می‌کند.</translation>
    </message>
    <message>
        <source>QR code of the verification link</source>
        <translation>کد QR پیوند بررسی</translation>
    </message>
    <message>
        <source>&amp;Copy Link</source>
        <translation>رونوشت پیوند (&amp;C)</translation>
    </message>
    <message>
        <source>Use This Computer&apos;s &amp;Browser</source>
        <translation>استفاده از مرورگر این رایانه (&amp;B)</translation>
    </message>
    <message>
        <source>For a security key attached to this PC: opens the link in the default browser.</source>
        <translation>برای کلید امنیتی وصل به این رایانه: پیوند را در مرورگر پیش‌فرض باز می‌کند.</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>تلاش دوباره (&amp;T)</translation>
    </message>
    <message>
        <source>Export &amp;Receipt…</source>
        <translation>برون‌بری رسید… (&amp;R)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Cannot verify</source>
        <translation>بررسی ممکن نیست</translation>
    </message>
    <message>
        <source>Waiting for the authenticator…</source>
        <translation>در انتظار احرازگر…</translation>
    </message>
    <message>
        <source>✔ Verified</source>
        <translation>✔ تأیید شد</translation>
    </message>
    <message>
        <source>✘ Failed</source>
        <translation>✘ ناموفق</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>منقضی</translation>
    </message>
    <message>
        <source>Expires in %1:%2</source>
        <translation>⁨%1⁩:⁨%2⁩ تا انقضا</translation>
    </message>
    <message>
        <source>Nobody answered in time. Try again to start a new verification.</source>
        <translation>کسی به‌موقع پاسخ نداد. برای آغاز بررسی تازه دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>Verified %1 · signature counter %2</source>
        <translation>تأیید در ⁨%1⁩ · شمارندهٔ امضا ⁨%2⁩</translation>
    </message>
    <message>
        <source>✔ Verified — %1 signed in; every check passed.</source>
        <translation>✔ تأیید شد — ⁨%1⁩ وارد شد؛ همهٔ بررسی‌ها موفق بودند.</translation>
    </message>
    <message>
        <source>Answered %1 · the key was left as it was</source>
        <translation>پاسخ در ⁨%1⁩ · کلید بدون تغییر ماند</translation>
    </message>
    <message>
        <source>✘ Verification failed at “%1”: %2</source>
        <translation>✘ بررسی در «⁨%1⁩» ناموفق بود: ⁨%2⁩</translation>
    </message>
    <message>
        <source>Open Link</source>
        <translation>باز کردن پیوند</translation>
    </message>
    <message>
        <source>No browser could be started for %1.</source>
        <translation>هیچ مرورگری برای ⁨%1⁩ آغاز نشد.</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::WindowsLogonDialog</name>
    <message>
        <source>Windows Sign-in — %1</source>
        <translation>ورود به ویندوز — ⁨%1⁩</translation>
    </message>
    <message>
        <source>Windows accepts the smartphone key in one of two ways. Record which one %1 uses.</source>
        <translation>ویندوز کلید گوشی هوشمند را به یکی از دو روش می‌پذیرد. ثبت کنید ⁨%1⁩ کدام را به کار می‌برد.</translation>
    </message>
    <message>
        <source>&amp;Dedicated PC — the phone is paired with the user&apos;s own PC</source>
        <translation>رایانهٔ اختصاصی — گوشی با رایانهٔ خود کاربر جفت شده است (&amp;D)</translation>
    </message>
    <message>
        <source>Computer &amp;name:</source>
        <translation>نام رایانه: (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Paired on:</source>
        <translation>جفت‌شده در: (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Shared PC — users sign in through a security key reader</source>
        <translation>رایانهٔ مشترک — کاربران با کارت‌خوان کلید امنیتی وارد می‌شوند (&amp;S)</translation>
    </message>
    <message>
        <source>e.g. Reception, ground floor</source>
        <translation>مثلاً پذیرش، طبقهٔ همکف</translation>
    </message>
    <message>
        <source>&amp;Reader location:</source>
        <translation>محل کارت‌خوان: (&amp;R)</translation>
    </message>
</context>
<context>
    <name>keydesk::gui::WorkflowsPage</name>
    <message>
        <source>All outcomes</source>
        <translation>همهٔ نتایج</translation>
    </message>
    <message>
        <source>Running: %1 of %2 users…</source>
        <translation>در حال اجرا: ⁨%1⁩ از ⁨%2⁩ کاربر…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>گروه‌ها</translation>
    </message>
    <message>
        <source>Key type</source>
        <translation>نوع کلید</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>آخرین اجرا</translation>
    </message>
    <message>
        <source>In scope</source>
        <translation>در دامنه</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>در انتظار</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>همهٔ کاربران</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <source>No</source>
        <translation>خیر</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>⁨%1⁩، ⁨%2⁩</translation>
    </message>
    <message>
        <source>never</source>
        <translation>هرگز</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>آغاز</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>محرک</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>اختصاص‌یافته</translation>
    </message>
    <message>
        <source>Emails queued</source>
        <translation>ایمیل‌های در صف</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>ردشده</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>یادآوری‌ها</translation>
    </message>
    <message>
        <source>Re-issued</source>
        <translation>دوباره صادرشده</translation>
    </message>
    <message>
        <source>Gave up</source>
        <translation>رهاشده</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>خطا</translation>
    </message>
    <message>
        <source>User</source>
        <translation>کاربر</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <source>Per-user outcomes of the selected run.</source>
        <translation>نتایج اجرای انتخاب‌شده برای هر کاربر.</translation>
    </message>
    <message>
        <source>The first %1 outcomes of run %2 (filter to see others):</source>
        <translation>نخستین ⁨%1⁩ نتیجهٔ اجرای ⁨%2⁩ (برای دیدن بقیه، پالایش کنید):</translation>
    </message>
    <message>
        <source>Outcomes of run %1: %2 users</source>
        <translation>نتایج اجرای ⁨%1⁩: ⁨%2⁩ کاربر</translation>
    </message>
    <message>
        <source>Created, but not run: %1</source>
        <translation>ساخته شد، اما اجرا نشد: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Run Workflow</source>
        <translation>اجرای گردش کار</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>گردش کار</translation>
    </message>
    <message>
        <source>Delete Workflow</source>
        <translation>حذف گردش کار</translation>
    </message>
    <message>
        <source>Delete this workflow? Its keys that are still waiting for activation can stay (Yes: keep them) or be revoked with their emails cancelled (No: revoke them).</source>
        <translation>این گردش کار حذف شود؟ کلیدهای آن که هنوز در انتظار فعال‌سازی‌اند می‌توانند بمانند (بله: نگه داشتن) یا همراه با لغو ایمیل‌هایشان باطل شوند (خیر: ابطال).</translation>
    </message>
    <message>
        <source>Without a key</source>
        <translation>بدون کلید</translation>
    </message>
    <message>
        <source>&lt;b&gt;Email is not set up yet.&lt;/b&gt; Workflows still assign keys and queue the activation emails; they wait in the outbox and go out once &lt;a href=&quot;email-settings&quot;&gt;Email Settings&lt;/a&gt; are complete.</source>
        <translation>&lt;b&gt;ایمیل هنوز راه‌اندازی نشده است.&lt;/b&gt; گردش‌های کار همچنان کلید اختصاص می‌دهند و ایمیل‌های فعال‌سازی را در صف می‌گذارند؛ این ایمیل‌ها در صندوق خروجی می‌مانند و پس از تکمیل &lt;a href=&quot;email-settings&quot;&gt;تنظیمات ایمیل&lt;/a&gt; فرستاده می‌شوند.</translation>
    </message>
    <message>
        <source>Running on the server…</source>
        <translation>در حال اجرا روی کارساز…</translation>
    </message>
</context>
<context>
    <name>keydesk::net::DirectoryWorker</name>
    <message>
        <source>Directory sync not run: %1</source>
        <translation>همگام‌سازی فهرست راهنما اجرا نشد: ⁨%1⁩</translation>
    </message>
    <message>
        <source>%1: sync failed: %2</source>
        <translation>⁨%1⁩: همگام‌سازی ناموفق بود: ⁨%2⁩</translation>
    </message>
    <message>
        <source>%1: %2 created, %3 updated, %4 disabled, %5 removed, %6 entry errors</source>
        <translation>⁨%1⁩: ⁨%2⁩ ساخته، ⁨%3⁩ به‌روز، ⁨%4⁩ غیرفعال، ⁨%5⁩ حذف، ⁨%6⁩ خطای مدخل</translation>
    </message>
</context>
<context>
    <name>keydesk::net::LiveChannel</name>
    <message>
        <source>the sign-in has ended</source>
        <translation>ورود به پایان رسیده است</translation>
    </message>
</context>
<context>
    <name>keydesk::net::WorkflowWorker</name>
    <message>
        <source>The workflow no longer exists.</source>
        <translation>این گردش کار دیگر وجود ندارد.</translation>
    </message>
    <message>
        <source>Workflow “%1” failed: %2</source>
        <translation>گردش کار «⁨%1⁩» ناموفق بود: ⁨%2⁩</translation>
    </message>
    <message>
        <source>Cancelled. Users already processed keep their keys; the next run goes on.</source>
        <translation>لغو شد. کاربرانی که پردازش شده‌اند کلیدهای خود را نگه می‌دارند؛ اجرای بعدی ادامه می‌دهد.</translation>
    </message>
    <message>
        <source>Workflows run: %1. Keys assigned: %2, reminders: %3, links re-issued: %4, gave up: %5.</source>
        <translation>اجراهای گردش کار: ⁨%1⁩. کلیدهای اختصاص‌یافته: ⁨%2⁩، یادآوری‌ها: ⁨%3⁩، پیوندهای دوباره صادرشده: ⁨%4⁩، رهاشده: ⁨%5⁩.</translation>
    </message>
</context>
<context>
    <name>keydesk::phone::VirtualPhone</name>
    <message>
        <source>Activated, but the passkey could not be saved: %1</source>
        <translation>فعال شد، اما گذرکلید ذخیره نشد: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Activated — this phone is now a security key for %1.</source>
        <translation>فعال شد — این گوشی اکنون کلید امنیتی ⁨%1⁩ است.</translation>
    </message>
    <message>
        <source>Verified — the helpdesk sees every check passed.</source>
        <translation>تأیید شد — پشتیبانی فنی می‌بیند که همهٔ بررسی‌ها موفق بودند.</translation>
    </message>
    <message>
        <source>No QR code found.</source>
        <translation>هیچ کد QR‌ای پیدا نشد.</translation>
    </message>
    <message>
        <source>The QR code is not a KeyDesk link: %1</source>
        <translation>این کد QR پیوند KeyDesk نیست: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Signed in — the desk continues.</source>
        <translation>وارد شدید — میز کار ادامه می‌دهد.</translation>
    </message>
    <message>
        <source>%1 is not a KeyDesk activation, verification or sign-in link.</source>
        <translation>⁨%1⁩ پیوند فعال‌سازی، بررسی یا ورود KeyDesk نیست.</translation>
    </message>
</context>
<context>
    <name>keydesk::phoneapp::PhoneWindow</name>
    <message>
        <source>KeyDesk virtual phone</source>
        <translation>گوشی مجازی KeyDesk</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>گوشی (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Scan QR Code from Screen</source>
        <translation>اسکن کد QR از صفحه (&amp;S)</translation>
    </message>
    <message>
        <source>Scan QR Code from &amp;Image…</source>
        <translation>اسکن کد QR از تصویر… (&amp;I)</translation>
    </message>
    <message>
        <source>Open &amp;Link…</source>
        <translation>باز کردن پیوند… (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Work or School…</source>
        <translation>محل کار یا تحصیل… (&amp;W)</translation>
    </message>
    <message>
        <source>New Passkeys Are S&amp;ynced (BE/BS)</source>
        <translation>گذرکلیدهای جدید همگام‌شده‌اند (BE/BS) ‏(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>خروج (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Tamper</source>
        <translation>دست‌کاری (&amp;T)</translation>
    </message>
    <message>
        <source>Scan QR Code</source>
        <translation>اسکن کد QR</translation>
    </message>
    <message>
        <source>Reads a KeyDesk QR code shown anywhere on the screen, as a camera would.</source>
        <translation>یک کد QR‌ KeyDesk را هر جای صفحه که باشد می‌خواند، مانند یک دوربین.</translation>
    </message>
    <message>
        <source>Work or School…</source>
        <translation>محل کار یا تحصیل…</translation>
    </message>
    <message>
        <source>Scan the code your helpdesk shows you.</source>
        <translation>کدی را که پشتیبانی فنی نشانتان می‌دهد اسکن کنید.</translation>
    </message>
    <message>
        <source>Passkeys on this phone</source>
        <translation>گذرکلیدهای این گوشی</translation>
    </message>
    <message>
        <source>Remove Passkey</source>
        <translation>حذف گذرکلید</translation>
    </message>
    <message>
        <source>What the phone did</source>
        <translation>کارهایی که گوشی انجام داد</translation>
    </message>
    <message>
        <source>Passkeys kept in memory only.</source>
        <translation>گذرکلیدها فقط در حافظه نگه داشته می‌شوند.</translation>
    </message>
    <message>
        <source>Passkeys file: %1</source>
        <translation>پروندهٔ گذرکلیدها: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Tampering: %1</source>
        <translation>دست‌کاری: ⁨%1⁩</translation>
    </message>
    <message>
        <source>✘ Refused at “%1”. %2</source>
        <translation>✘ در «⁨%1⁩» رد شد. ⁨%2⁩</translation>
    </message>
    <message>
        <source>No KeyDesk QR code on the screen. Show it in the console, or open an image.</source>
        <translation>هیچ کد QR‌ KeyDesk روی صفحه نیست. آن را در کنسول نشان دهید یا یک تصویر باز کنید.</translation>
    </message>
    <message>
        <source>Reading the QR code…</source>
        <translation>در حال خواندن کد QR…</translation>
    </message>
    <message>
        <source>Talking to %1…</source>
        <translation>در حال گفت‌وگو با ⁨%1⁩…</translation>
    </message>
    <message>
        <source>Scan QR Code from Image</source>
        <translation>اسکن کد QR از تصویر</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp)</source>
        <translation>تصویرها (*.png *.jpg *.jpeg *.bmp)</translation>
    </message>
    <message>
        <source>%1 is not an image this phone can read.</source>
        <translation>⁨%1⁩ تصویری نیست که این گوشی بتواند بخواند.</translation>
    </message>
    <message>
        <source>Open Link</source>
        <translation>باز کردن پیوند</translation>
    </message>
    <message>
        <source>Activation or verification link:</source>
        <translation>پیوند فعال‌سازی یا بررسی:</translation>
    </message>
    <message>
        <source>Work or School</source>
        <translation>محل کار یا تحصیل</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>کارساز: (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>ایمیل: (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>کد: (&amp;C)</translation>
    </message>
    <message>
        <source>Looking up the code…</source>
        <translation>در حال جست‌وجوی کد…</translation>
    </message>
    <message>
        <source>Remove this passkey from the phone? The key in KeyDesk stays as it is, but this phone can no longer sign with it.</source>
        <translation>این گذرکلید از گوشی حذف شود؟ کلید در KeyDesk همان‌گونه می‌ماند، ولی این گوشی دیگر نمی‌تواند با آن امضا کند.</translation>
    </message>
    <message>
        <source>None yet: scan an activation code.</source>
        <translation>هنوز هیچ: یک کد فعال‌سازی را اسکن کنید.</translation>
    </message>
    <message>
        <source>(user not recorded)</source>
        <translation>(کاربر ثبت نشده)</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>⁨%1⁩ &lt;%2&gt;</translation>
    </message>
    <message>
        <source>%1
%2 · %3 · credential %4… · counter %5 · %6</source>
        <translation>⁨%1⁩
⁨%2⁩ · ⁨%3⁩ · اعتبارنامه ⁨%4⁩… · شمارنده ⁨%5⁩ · ⁨%6⁩</translation>
    </message>
</context>
</TS>
