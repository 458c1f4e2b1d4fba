<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en_US">
<context>
    <name>AccountPage</name>
    <message>
        <source>My account</source>
        <translation>Mi cuenta</translation>
    </message>
    <message>
        <source>It has been a while since you changed your password. To keep your account safe, please choose a new one below.</source>
        <translation>Hace tiempo que no cambia su contraseña. Para mantener segura su cuenta, elija una nueva abajo.</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Más tarde</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>Sus datos</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Cerrar &amp;sesión</translation>
    </message>
    <message>
        <source>Change your password</source>
        <translation>Cambiar la contraseña</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>Contraseña &amp;actual</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Nueva contraseña</translation>
    </message>
    <message>
        <source>At least 10 characters, not your e-mail address, not a common word.</source>
        <translation>Al menos 10 caracteres, que no sea su correo electrónico ni una palabra común.</translation>
    </message>
    <message>
        <source>New password &amp;again</source>
        <translation>Nueva contraseña &amp;otra vez</translation>
    </message>
    <message>
        <source>C&amp;hange password</source>
        <translation>Cam&amp;biar contraseña</translation>
    </message>
    <message>
        <source>Language and reminders</source>
        <translation>Idioma y recordatorios</translation>
    </message>
    <message>
        <source>&amp;Language of the app</source>
        <translation>&amp;Idioma de la aplicación</translation>
    </message>
    <message>
        <source>Remind me about my session:</source>
        <translation>Recordarme mi cita:</translation>
    </message>
    <message>
        <source>The day &amp;before</source>
        <translation>El &amp;día anterior</translation>
    </message>
    <message>
        <source>&amp;30 minutes before</source>
        <translation>&amp;30 minutos antes</translation>
    </message>
    <message>
        <source>When I can &amp;join</source>
        <translation>Cuando pueda en&amp;trar</translation>
    </message>
    <message>
        <source>Delete your account</source>
        <translation>Eliminar su cuenta</translation>
    </message>
    <message>
        <source>This deletes your registration and personal data and cancels your future sessions. It cannot be undone. To use the service again, you would register again. Enter your password to confirm.</source>
        <translation>Esto elimina su registro y sus datos personales y cancela sus próximas citas. No se puede deshacer. Para volver a usar el servicio, tendría que registrarse de nuevo. Escriba su contraseña para confirmar.</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>&amp;Delete my account…</source>
        <translation>&amp;Eliminar mi cuenta…</translation>
    </message>
    <message>
        <source>Name: {name}</source>
        <translation>Nombre: {name}</translation>
    </message>
    <message>
        <source>E-mail: {email}</source>
        <translation>Correo electrónico: {email}</translation>
    </message>
    <message>
        <source>Job-seeker number: {number}</source>
        <translation>Número de solicitante de empleo: {number}</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(no indicado)</translation>
    </message>
    <message>
        <source>Password last changed: {date}</source>
        <translation>Último cambio de contraseña: {date}</translation>
    </message>
    <message>
        <source>Please enter your current password.</source>
        <translation>Escriba su contraseña actual.</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>Las dos contraseñas nuevas no son iguales.</translation>
    </message>
    <message>
        <source>Your password is changed. Other computers signed in to your account are signed out.</source>
        <translation>Su contraseña se cambió. Se cerró la sesión en las demás computadoras conectadas a su cuenta.</translation>
    </message>
    <message>
        <source>Please enter your password to confirm.</source>
        <translation>Escriba su contraseña para confirmar.</translation>
    </message>
    <message>
        <source>Delete your account?</source>
        <translation>¿Eliminar su cuenta?</translation>
    </message>
    <message>
        <source>Do you really want to delete your account?</source>
        <translation>¿De verdad quiere eliminar su cuenta?</translation>
    </message>
    <message>
        <source>Your future sessions will be cancelled. This cannot be undone.</source>
        <translation>Sus próximas citas se cancelarán. Esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>&amp;Yes, delete my account</source>
        <translation>&amp;Sí, eliminar mi cuenta</translation>
    </message>
    <message>
        <source>&amp;No, keep it</source>
        <translation>&amp;No, conservarla</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation>Algo salió mal. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>This server address is not safe. It must start with https://. Please check the address your Hello Work office gave you.</source>
        <translation>Esta dirección del servidor no es segura. Debe empezar con https://. Revise la dirección que le dio su oficina de Hello Work.</translation>
    </message>
    <message>
        <source>Could not reach the service. Please check your internet connection and try again.</source>
        <translation>No se pudo conectar con el servicio. Revise su conexión a internet e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The connection is not secure, so the app stopped. Check that your PC&apos;s date and time are correct, or try another network.</source>
        <translation>La conexión no es segura, por eso la aplicación se detuvo. Revise que la fecha y la hora de su computadora sean correctas, o pruebe con otra red.</translation>
    </message>
    <message>
        <source>The service is busy or under maintenance. Please try again in a few minutes.</source>
        <translation>El servicio está ocupado o en mantenimiento. Inténtelo de nuevo en unos minutos.</translation>
    </message>
    <message>
        <source>The service gave an answer the app does not understand. Please check the server address, or update the app.</source>
        <translation>El servicio dio una respuesta que la aplicación no entiende. Revise la dirección del servidor o actualice la aplicación.</translation>
    </message>
</context>
<context>
    <name>Booking</name>
    <message>
        <source>Booked</source>
        <translation>Reservada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Cancelled by the office</source>
        <translation>Cancelada por la oficina</translation>
    </message>
    <message>
        <source>Missed (you did not join)</source>
        <translation>Inasistencia (usted no entró)</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Asistió</translation>
    </message>
    <message>
        <source>Unknown status. Please refresh.</source>
        <translation>Estado desconocido. Actualice la página.</translation>
    </message>
    <message>
        <source>Online job counselling with {office}.</source>
        <translation>Cita de orientación laboral en línea con {office}.</translation>
    </message>
    <message>
        <source>Open the hwclient app and press Join from 10 minutes before the start.</source>
        <translation>Abra la aplicación hwclient y presione Entrar desde 10 minutos antes del inicio.</translation>
    </message>
    <message>
        <source>Have your job-seeker number ready.</source>
        <translation>Tenga a la mano su número de solicitante de empleo.</translation>
    </message>
    <message>
        <source>To cancel on the day or if you have trouble, phone the office: {phone}</source>
        <translation>Para cancelar el mismo día o si tiene algún problema, llame a la oficina: {phone}</translation>
    </message>
    <message>
        <source>Hello Work online counselling</source>
        <translation>Orientación en línea de Hello Work</translation>
    </message>
    <message>
        <source>{office} (online, Zoom)</source>
        <translation>{office} (en línea, Zoom)</translation>
    </message>
    <message>
        <source>Your counselling session starts in 30 minutes.</source>
        <translation>Su cita de orientación empieza en 30 minutos.</translation>
    </message>
</context>
<context>
    <name>BookingCard</name>
    <message>
        <source>Office: {office}</source>
        <translation>Oficina: {office}</translation>
    </message>
    <message>
        <source>Office phone: {phone}</source>
        <translation>Teléfono de la oficina: {phone}</translation>
    </message>
    <message>
        <source>With you: {who}</source>
        <translation>Con usted: {who}</translation>
    </message>
    <message>
        <source>Reason from the office: {reason}</source>
        <translation>Motivo indicado por la oficina: {reason}</translation>
    </message>
    <message>
        <source>&amp;Cancel this session</source>
        <translation>&amp;Cancelar esta cita</translation>
    </message>
    <message>
        <source>Cancel the session on {when}</source>
        <translation>Cancelar la cita del {when}</translation>
    </message>
    <message>
        <source>Add to ca&amp;lendar</source>
        <translation>Agregar al ca&amp;lendario</translation>
    </message>
    <message>
        <source>The session has started, so it cannot be cancelled in the app. To cancel or if you have trouble, please phone the office: {phone}</source>
        <translation>La cita ya empezó, por eso no se puede cancelar en la aplicación. Para cancelar o si tiene algún problema, llame a la oficina: {phone}</translation>
    </message>
    <message>
        <source>(see your Hello Work card)</source>
        <translation>(vea su tarjeta de Hello Work)</translation>
    </message>
</context>
<context>
    <name>BookingPage</name>
    <message>
        <source>{name} (your office)</source>
        <translation>{name} (su oficina)</translation>
    </message>
    <message>
        <source>{prefecture} · Phone {phone}</source>
        <translation>{prefecture} · Teléfono {phone}</translation>
    </message>
    <message>
        <source>Languages: {languages}</source>
        <translation>Idiomas: {languages}</translation>
    </message>
    <message>
        <source>Book a session</source>
        <translation>Reservar una cita</translation>
    </message>
    <message>
        <source>Choose the Hello Work office for your online session.</source>
        <translation>Elija la oficina de Hello Work para su cita en línea.</translation>
    </message>
    <message>
        <source>Choose a day, then a time. Days in bold have free times. Times are Japan time.</source>
        <translation>Elija un día y luego una hora. Los días en negrita tienen horarios disponibles. Las horas son en hora de Japón.</translation>
    </message>
    <message>
        <source>&amp;Note for the counsellor (optional), for example what you want to talk about:</source>
        <translation>&amp;Nota para el orientador (opcional), por ejemplo, de qué quiere hablar:</translation>
    </message>
    <message>
        <source>Please check the details. You can cancel in the app until the session starts.</source>
        <translation>Revise los datos. Puede cancelar en la aplicación hasta que empiece la cita.</translation>
    </message>
    <message>
        <source>&lt; &amp;Previous step</source>
        <translation>&lt; Paso &amp;anterior</translation>
    </message>
    <message>
        <source>Add to my &amp;calendar</source>
        <translation>Agregar a mi &amp;calendario</translation>
    </message>
    <message>
        <source>See &amp;my bookings</source>
        <translation>Ver &amp;mis reservas</translation>
    </message>
    <message>
        <source>Step 1 of 4: choose an office</source>
        <translation>Paso 1 de 4: elija una oficina</translation>
    </message>
    <message>
        <source>Step 2 of 4: choose a day and time</source>
        <translation>Paso 2 de 4: elija el día y la hora</translation>
    </message>
    <message>
        <source>Step 3 of 4: who will be with you</source>
        <translation>Paso 3 de 4: quién estará con usted</translation>
    </message>
    <message>
        <source>Step 4 of 4: check and book</source>
        <translation>Paso 4 de 4: revise y reserve</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Reservada</translation>
    </message>
    <message>
        <source>&amp;Book this session</source>
        <translation>&amp;Reservar esta cita</translation>
    </message>
    <message>
        <source>Go to &amp;home</source>
        <translation>Ir al &amp;inicio</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <source>{count} / {limit} characters</source>
        <translation>{count} / {limit} caracteres</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nadie)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation>Teléfono de la oficina</translation>
    </message>
    <message>
        <source>With you</source>
        <translation>Con usted</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>There are no other free times on {day}. Please choose another day.</source>
        <translation>No hay otros horarios disponibles el {day}. Elija otro día.</translation>
    </message>
    <message>
        <source>✓ Your session is booked.</source>
        <translation>✓ Su cita está reservada.</translation>
    </message>
    <message>
        <source>{when}
{office}

We also sent you an e-mail. On the day, open this app and press Join from 10 minutes before the start.</source>
        <translation>{when}
{office}

También le enviamos un correo electrónico. Ese día, abra esta aplicación y presione Entrar desde 10 minutos antes del inicio.</translation>
    </message>
    <message>
        <source>✓ Saved. Open the file to add the session to your calendar: {path}</source>
        <translation>✓ Guardado. Abra el archivo para agregar la cita a su calendario: {path}</translation>
    </message>
</context>
<context>
    <name>BookingsPage</name>
    <message>
        <source>My bookings</source>
        <translation>Mis reservas</translation>
    </message>
    <message>
        <source>&amp;Upcoming</source>
        <translation>&amp;Próximas</translation>
    </message>
    <message>
        <source>&amp;Past</source>
        <translation>Pa&amp;sadas</translation>
    </message>
    <message>
        <source>You have no upcoming sessions.</source>
        <translation>No tiene citas próximas.</translation>
    </message>
    <message>
        <source>No past sessions yet.</source>
        <translation>Todavía no hay citas pasadas.</translation>
    </message>
    <message>
        <source>&amp;Book a session</source>
        <translation>&amp;Reservar una cita</translation>
    </message>
    <message>
        <source>Cancel the session?</source>
        <translation>¿Cancelar la cita?</translation>
    </message>
    <message>
        <source>Do you want to cancel your session on {when}?</source>
        <translation>¿Quiere cancelar su cita del {when}?</translation>
    </message>
    <message>
        <source>You can book another time afterwards.</source>
        <translation>Después puede reservar otra hora.</translation>
    </message>
    <message>
        <source>&amp;Yes, cancel it</source>
        <translation>&amp;Sí, cancelarla</translation>
    </message>
    <message>
        <source>&amp;No, keep it</source>
        <translation>&amp;No, conservarla</translation>
    </message>
    <message>
        <source>Your session on {when} is cancelled.</source>
        <translation>Su cita del {when} está cancelada.</translation>
    </message>
    <message>
        <source>Saved. Open the file to add the session to your calendar: {path}</source>
        <translation>Guardado. Abra el archivo para agregar la cita a su calendario: {path}</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Save to your calendar</source>
        <translation>Guardar en su calendario</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
    <message>
        <source>The file could not be saved there. Please choose another folder.</source>
        <translation>No se pudo guardar el archivo ahí. Elija otra carpeta.</translation>
    </message>
</context>
<context>
    <name>CameraPreview</name>
    <message>
        <source>Camera picture</source>
        <translation>Imagen de la cámara</translation>
    </message>
    <message>
        <source>The camera picture will appear here.</source>
        <translation>La imagen de la cámara aparecerá aquí.</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Encendiendo la cámara…</translation>
    </message>
    <message>
        <source>No camera found. Connect a webcam, or use a PC with a built-in camera, then press Check again.</source>
        <translation>No se encontró ninguna cámara. Conecte una cámara web o use una computadora con cámara integrada, y luego presione Revisar de nuevo.</translation>
    </message>
    <message>
        <source>This app is not allowed to use the camera. Allow it in your PC&apos;s privacy settings, then press Check again.</source>
        <translation>Esta aplicación no tiene permiso para usar la cámara. Permítalo en la configuración de privacidad de su computadora y luego presione Revisar de nuevo.</translation>
    </message>
    <message>
        <source>The camera could not be started. It may be in use by another app (for example Zoom or Teams). Close that app, then press Check again.</source>
        <translation>No se pudo encender la cámara. Puede que otra aplicación la esté usando (por ejemplo, Zoom o Teams). Cierre esa aplicación y luego presione Revisar de nuevo.</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>Unknown check: %1. Known checks: %2.</source>
        <translation>Revisión desconocida: %1. Revisiones conocidas: %2.</translation>
    </message>
    <message>
        <source>The device check could not run. Please try again.</source>
        <translation>No se pudo hacer la revisión del equipo. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The file %1 could not be opened.</source>
        <translation>No se pudo abrir el archivo %1.</translation>
    </message>
    <message>
        <source>%1 is not a diagnostics bundle (it is not a zip file).</source>
        <translation>%1 no es un paquete de diagnóstico (no es un archivo zip).</translation>
    </message>
    <message>
        <source>%1 is not a diagnostics bundle from this app.</source>
        <translation>%1 no es un paquete de diagnóstico de esta aplicación.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of this app. Update the app to read it.</source>
        <translation>%1 fue creado por una versión más nueva de esta aplicación. Actualice la aplicación para poder leerlo.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read. Ask for a new bundle.</source>
        <translation>%1 está dañado y no se puede leer. Pida un paquete nuevo.</translation>
    </message>
    <message>
        <source>The diagnostics bundle could not be saved to %1: %2</source>
        <translation>No se pudo guardar el paquete de diagnóstico en %1: %2</translation>
    </message>
    <message>
        <source>Diagnostics bundle saved: %1</source>
        <translation>Paquete de diagnóstico guardado: %1</translation>
    </message>
    <message>
        <source>No server is set, so the report was not sent.</source>
        <translation>No hay ningún servidor configurado, por eso no se envió el informe.</translation>
    </message>
    <message>
        <source>Sign in with the app first, then send the report again.</source>
        <translation>Primero inicie sesión en la aplicación y luego envíe el informe de nuevo.</translation>
    </message>
    <message>
        <source>The report could not be sent. Check the connection and try again.</source>
        <translation>No se pudo enviar el informe. Revise la conexión e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Report sent (number %1).</source>
        <translation>Informe enviado (número %1).</translation>
    </message>
    <message>
        <source>Virus protection is turned off.</source>
        <translation>La protección contra virus está desactivada.</translation>
    </message>
    <message>
        <source>Virus protection is turned off: %1.</source>
        <translation>La protección contra virus está desactivada: %1.</translation>
    </message>
    <message>
        <source>Open your virus protection and turn real-time protection on.</source>
        <translation>Abra su antivirus y active la protección en tiempo real.</translation>
    </message>
    <message>
        <source>The virus definitions of %1 are out of date.</source>
        <translation>Las definiciones de virus de %1 están desactualizadas.</translation>
    </message>
    <message>
        <source>Open your virus protection and choose to check for updates.</source>
        <translation>Abra su antivirus y elija buscar actualizaciones.</translation>
    </message>
    <message>
        <source>%1 is on and up to date.</source>
        <translation>%1 está activado y actualizado.</translation>
    </message>
    <message>
        <source>Gatekeeper, the Mac&apos;s protection against harmful apps, is turned off.</source>
        <translation>Gatekeeper, la protección de la Mac contra aplicaciones dañinas, está desactivado.</translation>
    </message>
    <message>
        <source>Ask someone you trust to turn it back on (Terminal: sudo spctl --master-enable).</source>
        <translation>Pida a una persona de confianza que lo vuelva a activar (Terminal: sudo spctl --master-enable).</translation>
    </message>
    <message>
        <source>The Mac&apos;s built-in malware data was last updated %1 days ago.</source>
        <translation>Los datos de protección contra malware de la Mac se actualizaron por última vez hace %1 días.</translation>
    </message>
    <message>
        <source>Open Software Update and install the updates.</source>
        <translation>Abra Actualización de software e instale las actualizaciones.</translation>
    </message>
    <message>
        <source>The Mac&apos;s built-in protection (Gatekeeper and XProtect) is on.</source>
        <translation>La protección integrada de la Mac (Gatekeeper y XProtect) está activada.</translation>
    </message>
    <message>
        <source>No virus scanner was found that this app can check.</source>
        <translation>No se encontró ningún antivirus que esta aplicación pueda revisar.</translation>
    </message>
    <message>
        <source>Update them (for example with: sudo freshclam).</source>
        <translation>Actualícelas (por ejemplo, con: sudo freshclam).</translation>
    </message>
    <message>
        <source>This app (version %1) is too old to use the service.</source>
        <translation>Esta aplicación (versión %1) es demasiado antigua para usar el servicio.</translation>
    </message>
    <message>
        <source>Download and install the new version %1.</source>
        <translation>Descargue e instale la nueva versión %1.</translation>
    </message>
    <message>
        <source>A new version of this app is available: %1.</source>
        <translation>Hay una nueva versión de esta aplicación: %1.</translation>
    </message>
    <message>
        <source>This app is up to date (version %1).</source>
        <translation>Esta aplicación está actualizada (versión %1).</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Micrófono</translation>
    </message>
    <message>
        <source>Speakers or headphones</source>
        <translation>Altavoces o audífonos</translation>
    </message>
    <message>
        <source>Operating system and updates</source>
        <translation>Sistema operativo y actualizaciones</translation>
    </message>
    <message>
        <source>Virus protection</source>
        <translation>Protección contra virus</translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation>Firewall (cortafuegos)</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Connection to the service and Zoom</source>
        <translation>Conexión con el servicio y con Zoom</translation>
    </message>
    <message>
        <source>Zoom app</source>
        <translation>Aplicación Zoom</translation>
    </message>
    <message>
        <source>This app</source>
        <translation>Esta aplicación</translation>
    </message>
    <message>
        <source>Recording and file-sharing programs</source>
        <translation>Programas de grabación y de intercambio de archivos</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Energía</translation>
    </message>
    <message>
        <source>Computer load</source>
        <translation>Carga de la computadora</translation>
    </message>
    <message>
        <source>This could not be checked on this computer.</source>
        <translation>No se pudo revisar esto en esta computadora.</translation>
    </message>
    <message>
        <source>The check timed out before this computer answered.</source>
        <translation>Se acabó el tiempo de la revisión antes de que esta computadora respondiera.</translation>
    </message>
    <message>
        <source>The tool needed for this check is not on this computer.</source>
        <translation>La herramienta necesaria para esta revisión no está en esta computadora.</translation>
    </message>
    <message>
        <source>The answer from this computer could not be read.</source>
        <translation>No se pudo leer la respuesta de esta computadora.</translation>
    </message>
    <message>
        <source>The counselling service cannot be reached.</source>
        <translation>No se puede conectar con el servicio de orientación.</translation>
    </message>
    <message>
        <source>Zoom cannot be reached.</source>
        <translation>No se puede conectar con Zoom.</translation>
    </message>
    <message>
        <source>Check that the internet works (open a web page). At work or school, a network filter may block it: ask the administrator.</source>
        <translation>Revise que internet funcione (abra una página web). En el trabajo o en la escuela, un filtro de red puede bloquearlo: consulte al administrador.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is off by about %1 minutes.</source>
        <translation>El reloj de esta computadora tiene una diferencia de unos %1 minutos.</translation>
    </message>
    <message>
        <source>Turn on &quot;Set time automatically&quot; in the date and time settings.</source>
        <translation>Active &quot;Establecer la hora automáticamente&quot; en la configuración de fecha y hora.</translation>
    </message>
    <message>
        <source>The connection is slow (%1 ms).</source>
        <translation>La conexión es lenta (%1 ms).</translation>
    </message>
    <message>
        <source>Move closer to the Wi-Fi router or use a network cable.</source>
        <translation>Acérquese al router Wi-Fi o use un cable de red.</translation>
    </message>
    <message>
        <source>The service and Zoom can be reached, and the clock is right.</source>
        <translation>Hay conexión con el servicio y con Zoom, y el reloj está bien.</translation>
    </message>
    <message>
        <source>Zoom can be reached, and the clock is right.</source>
        <translation>Hay conexión con Zoom, y el reloj está bien.</translation>
    </message>
    <message>
        <source>No camera was found.</source>
        <translation>No se encontró ninguna cámara.</translation>
    </message>
    <message>
        <source>Connect a webcam, or check that the built-in camera is switched on (some laptops have a switch or a key for it). Then check again.</source>
        <translation>Conecte una cámara web o revise que la cámara integrada esté encendida (algunas laptops tienen un interruptor o una tecla para eso). Luego revise de nuevo.</translation>
    </message>
    <message>
        <source>A camera was found: %1. The picture is tested in the app.</source>
        <translation>Se encontró una cámara: %1. La imagen se prueba en la aplicación.</translation>
    </message>
    <message>
        <source>This computer does not allow apps to use the camera.</source>
        <translation>Esta computadora no permite que las aplicaciones usen la cámara.</translation>
    </message>
    <message>
        <source>Open the camera privacy setting, allow apps (and this app) to use the camera, then check again.</source>
        <translation>Abra la configuración de privacidad de la cámara, permita que las aplicaciones (y esta aplicación) usen la cámara y luego revise de nuevo.</translation>
    </message>
    <message>
        <source>Another app is using the camera.</source>
        <translation>Otra aplicación está usando la cámara.</translation>
    </message>
    <message>
        <source>Close other apps that may use the camera (Zoom, Teams, Skype, LINE, a browser tab), then check again.</source>
        <translation>Cierre otras aplicaciones que puedan usar la cámara (Zoom, Teams, Skype, LINE, una pestaña del navegador) y luego revise de nuevo.</translation>
    </message>
    <message>
        <source>The camera works.</source>
        <translation>La cámara funciona.</translation>
    </message>
    <message>
        <source>The camera did not send a picture.</source>
        <translation>La cámara no envió ninguna imagen.</translation>
    </message>
    <message>
        <source>Check that the lens is not covered, unplug the camera and plug it in again, or restart the computer. Then check again.</source>
        <translation>Revise que el lente no esté tapado, desconecte la cámara y vuelva a conectarla, o reinicie la computadora. Luego revise de nuevo.</translation>
    </message>
    <message>
        <source>Found: %1.</source>
        <translation>Encontrado: %1.</translation>
    </message>
    <message>
        <source>No microphone was found.</source>
        <translation>No se encontró ningún micrófono.</translation>
    </message>
    <message>
        <source>Connect a headset or microphone, or allow microphone use in the privacy settings. Then check again.</source>
        <translation>Conecte unos audífonos con micrófono o un micrófono, o permita el uso del micrófono en la configuración de privacidad. Luego revise de nuevo.</translation>
    </message>
    <message>
        <source>No speakers or headphones were found.</source>
        <translation>No se encontraron altavoces ni audífonos.</translation>
    </message>
    <message>
        <source>Connect headphones or speakers, or turn the sound on. Then check again.</source>
        <translation>Conecte audífonos o altavoces, o active el sonido. Luego revise de nuevo.</translation>
    </message>
    <message>
        <source>The firewall is on.</source>
        <translation>El firewall está activado.</translation>
    </message>
    <message>
        <source>The firewall is off for these networks: %1.</source>
        <translation>El firewall está desactivado para estas redes: %1.</translation>
    </message>
    <message>
        <source>Open the firewall settings and turn the firewall on.</source>
        <translation>Abra la configuración del firewall y actívelo.</translation>
    </message>
    <message>
        <source>The Mac&apos;s firewall is off.</source>
        <translation>El firewall de la Mac está desactivado.</translation>
    </message>
    <message>
        <source>Open the Network settings, choose Firewall and turn it on.</source>
        <translation>Abra la configuración de Red, elija Firewall y actívelo.</translation>
    </message>
    <message>
        <source>No firewall was found that this app can check.</source>
        <translation>No se encontró ningún firewall que esta aplicación pueda revisar.</translation>
    </message>
    <message>
        <source>This computer is not connected to a network.</source>
        <translation>Esta computadora no está conectada a ninguna red.</translation>
    </message>
    <message>
        <source>Connect to your home Wi-Fi or plug in a network cable, then check again.</source>
        <translation>Conéctese al Wi-Fi de su casa o conecte un cable de red, y luego revise de nuevo.</translation>
    </message>
    <message>
        <source>This Wi-Fi has no password or uses old, unsafe protection.</source>
        <translation>Este Wi-Fi no tiene contraseña o usa una protección antigua e insegura.</translation>
    </message>
    <message>
        <source>Use your home Wi-Fi with a password (WPA2 or WPA3) or a network cable.</source>
        <translation>Use el Wi-Fi de su casa con contraseña (WPA2 o WPA3) o un cable de red.</translation>
    </message>
    <message>
        <source>This Wi-Fi uses weak protection.</source>
        <translation>Este Wi-Fi usa una protección débil.</translation>
    </message>
    <message>
        <source>If it is your router, set it to WPA2 or WPA3 (AES).</source>
        <translation>Si el router es suyo, configúrelo en WPA2 o WPA3 (AES).</translation>
    </message>
    <message>
        <source>This looks like a free or public Wi-Fi hotspot.</source>
        <translation>Parece que esta es una red Wi-Fi gratuita o pública.</translation>
    </message>
    <message>
        <source>Counselling is private: use your home network, not a public one.</source>
        <translation>La orientación es privada: use la red de su casa, no una red pública.</translation>
    </message>
    <message>
        <source>Windows treats this network as a public network.</source>
        <translation>Windows trata esta red como una red pública.</translation>
    </message>
    <message>
        <source>If you are at a café, station or hotel, go home first. At home, you can set this network to Private.</source>
        <translation>Si está en un café, una estación o un hotel, vaya primero a su casa. En casa, puede configurar esta red como Privada.</translation>
    </message>
    <message>
        <source>Connected by cable.</source>
        <translation>Conectado por cable.</translation>
    </message>
    <message>
        <source>Connected by Wi-Fi.</source>
        <translation>Conectado por Wi-Fi.</translation>
    </message>
    <message>
        <source>Connected by mobile data. A 30-minute video call uses a lot of data.</source>
        <translation>Conectado por datos móviles. Una videollamada de 30 minutos usa muchos datos.</translation>
    </message>
    <message>
        <source>Connected through a VPN.</source>
        <translation>Conectado a través de una VPN.</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Conectado.</translation>
    </message>
    <message>
        <source>%1 no longer gets security updates.</source>
        <translation>%1 ya no recibe actualizaciones de seguridad.</translation>
    </message>
    <message>
        <source>Update to a newer version. Open the update settings to start.</source>
        <translation>Actualice a una versión más nueva. Abra la configuración de actualizaciones para empezar.</translation>
    </message>
    <message>
        <source>%1 is a current version.</source>
        <translation>%1 es una versión actual.</translation>
    </message>
    <message>
        <source>%1: its support dates are not known yet.</source>
        <translation>%1: todavía no se conocen sus fechas de soporte.</translation>
    </message>
    <message>
        <source>%1 probably no longer gets security updates.</source>
        <translation>%1 probablemente ya no recibe actualizaciones de seguridad.</translation>
    </message>
    <message>
        <source>%1 stopped getting security updates on %2.</source>
        <translation>%1 dejó de recibir actualizaciones de seguridad el %2.</translation>
    </message>
    <message>
        <source>%1 gets security updates only until %2.</source>
        <translation>%1 recibe actualizaciones de seguridad solo hasta el %2.</translation>
    </message>
    <message>
        <source>Plan to update to a newer version before then.</source>
        <translation>Planee actualizar a una versión más nueva antes de esa fecha.</translation>
    </message>
    <message>
        <source>%1 is supported until %2.</source>
        <translation>%1 tiene soporte hasta el %2.</translation>
    </message>
    <message>
        <source>%1 is a server system, not a PC system.</source>
        <translation>%1 es un sistema para servidores, no para computadoras personales.</translation>
    </message>
    <message>
        <source>Use a PC with Windows 11 or a Mac if you can.</source>
        <translation>Si puede, use una computadora con Windows 11 o una Mac.</translation>
    </message>
    <message>
        <source>Open Windows Update and install the updates.</source>
        <translation>Abra Windows Update e instale las actualizaciones.</translation>
    </message>
    <message>
        <source>The last update was installed %1 days ago.</source>
        <translation>La última actualización se instaló hace %1 días.</translation>
    </message>
    <message>
        <source>%1 has updates waiting to be installed.</source>
        <translation>%1 tiene actualizaciones pendientes de instalar.</translation>
    </message>
    <message>
        <source>%1: this app cannot tell whether it still gets security updates.</source>
        <translation>%1: esta aplicación no puede saber si todavía recibe actualizaciones de seguridad.</translation>
    </message>
    <message>
        <source>Install your system&apos;s updates regularly.</source>
        <translation>Instale las actualizaciones de su sistema con regularidad.</translation>
    </message>
    <message>
        <source>No battery: the computer runs on mains power.</source>
        <translation>Sin batería: la computadora funciona conectada a la corriente.</translation>
    </message>
    <message>
        <source>The power cable is connected.</source>
        <translation>El cable de corriente está conectado.</translation>
    </message>
    <message>
        <source>The battery is low (%1 %).</source>
        <translation>La batería está baja (%1 %).</translation>
    </message>
    <message>
        <source>Connect the power cable before the session.</source>
        <translation>Conecte el cable de corriente antes de la cita.</translation>
    </message>
    <message>
        <source>Running on battery. Connecting the power cable for the session is safer.</source>
        <translation>Funcionando con batería. Es más seguro conectar el cable de corriente durante la cita.</translation>
    </message>
    <message>
        <source>The processor is very busy (%1 %).</source>
        <translation>El procesador está muy ocupado (%1 %).</translation>
    </message>
    <message>
        <source>Memory is nearly full (%1 %).</source>
        <translation>La memoria está casi llena (%1 %).</translation>
    </message>
    <message>
        <source>Close programs and browser tabs you do not need, then check again.</source>
        <translation>Cierre los programas y las pestañas del navegador que no necesite, y luego revise de nuevo.</translation>
    </message>
    <message>
        <source>The computer has enough free capacity.</source>
        <translation>La computadora tiene suficiente capacidad libre.</translation>
    </message>
    <message>
        <source>A file-sharing (P2P) program is running: %1.</source>
        <translation>Hay un programa de intercambio de archivos (P2P) abierto: %1.</translation>
    </message>
    <message>
        <source>Quit it and, if you can, uninstall it. Then check again.</source>
        <translation>Ciérrelo y, si puede, desinstálelo. Luego revise de nuevo.</translation>
    </message>
    <message>
        <source>A screen recording program is running: %1.</source>
        <translation>Hay un programa de grabación de pantalla abierto: %1.</translation>
    </message>
    <message>
        <source>Recording the counselling is not allowed. Quit the program before the session.</source>
        <translation>No está permitido grabar la orientación. Cierre el programa antes de la cita.</translation>
    </message>
    <message>
        <source>No recording or file-sharing programs are running.</source>
        <translation>No hay programas de grabación ni de intercambio de archivos abiertos.</translation>
    </message>
    <message>
        <source>The Zoom app is not installed.</source>
        <translation>La aplicación Zoom no está instalada.</translation>
    </message>
    <message>
        <source>Install Zoom Workplace from zoom.us, then check again.</source>
        <translation>Instale Zoom Workplace desde zoom.us y luego revise de nuevo.</translation>
    </message>
    <message>
        <source>Zoom is installed, but its version could not be read.</source>
        <translation>Zoom está instalado, pero no se pudo leer su versión.</translation>
    </message>
    <message>
        <source>Open Zoom once before the session so it can update itself.</source>
        <translation>Abra Zoom una vez antes de la cita para que se actualice.</translation>
    </message>
    <message>
        <source>Zoom %1 is too old to join meetings (needs %2 or newer).</source>
        <translation>Zoom %1 es demasiado antiguo para entrar a reuniones (se necesita la versión %2 o más nueva).</translation>
    </message>
    <message>
        <source>Open Zoom and choose Check for Updates, or install it again from zoom.us.</source>
        <translation>Abra Zoom y elija Buscar actualizaciones, o instálelo de nuevo desde zoom.us.</translation>
    </message>
    <message>
        <source>Zoom %1 is installed.</source>
        <translation>Zoom %1 está instalado.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Bien</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Atención</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Device check, %1 (hwclient %2, %3)</source>
        <translation>Revisión del equipo, %1 (hwclient %2, %3)</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Resultado: %1</translation>
    </message>
</context>
<context>
    <name>Companions</name>
    <message>
        <source>No one: I will be alone in a private room.</source>
        <translation>Nadie: estaré solo(a) en un cuarto privado.</translation>
    </message>
    <message>
        <source>a family member</source>
        <translation>un familiar</translation>
    </message>
    <message>
        <source>a support worker</source>
        <translation>un(a) trabajador(a) de apoyo</translation>
    </message>
    <message>
        <source>an interpreter</source>
        <translation>un(a) intérprete</translation>
    </message>
    <message>
        <source>a carer</source>
        <translation>un(a) cuidador(a)</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>otra persona</translation>
    </message>
</context>
<context>
    <name>CompanionsEditor</name>
    <message>
        <source>Please be in a private room during the session. If someone will be with you, tick who it is, so the counsellor knows:</source>
        <translation>Durante la cita, por favor esté en un cuarto privado. Si alguien va a estar con usted, marque quién es, para que el orientador lo sepa:</translation>
    </message>
    <message>
        <source>A &amp;family member</source>
        <translation>Un &amp;familiar</translation>
    </message>
    <message>
        <source>A &amp;support worker</source>
        <translation>Un(a) &amp;trabajador(a) de apoyo</translation>
    </message>
    <message>
        <source>An &amp;interpreter, for this language:</source>
        <translation>Un(a) &amp;intérprete, para este idioma:</translation>
    </message>
    <message>
        <source>A &amp;carer</source>
        <translation>Un(a) &amp;cuidador(a)</translation>
    </message>
    <message>
        <source>Someone &amp;else (please say who):</source>
        <translation>&amp;Otra persona (indique quién):</translation>
    </message>
    <message>
        <source>Language of the interpreter</source>
        <translation>Idioma del intérprete</translation>
    </message>
    <message>
        <source>Who else will be with you</source>
        <translation>Quién más estará con usted</translation>
    </message>
    <message>
        <source>For example: a friend</source>
        <translation>Por ejemplo: un amigo</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <source>Starting now</source>
        <translation>Empieza ahora</translation>
    </message>
    <message>
        <source>Starts in {time}</source>
        <translation>Empieza en {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>{larger} and {smaller}</source>
        <translation>{larger} y {smaller}</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>The demo is not included in this version of the app. Please use the server address from your Hello Work office instead.</source>
        <translation>La demostración no está incluida en esta versión de la aplicación. Use la dirección del servidor que le dio su oficina de Hello Work.</translation>
    </message>
</context>
<context>
    <name>DemoMailbox</name>
    <message>
        <source>Demo mailbox</source>
        <translation>Buzón de demostración</translation>
    </message>
    <message>
        <source>In the demo, mails are not really sent. They appear here instead. Select a mail to read it, and click its link to continue.</source>
        <translation>En la demostración, los correos no se envían de verdad. Aparecen aquí. Seleccione un correo para leerlo y haga clic en su enlace para continuar.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Mails, newest first</source>
        <translation>Correos, los más recientes primero</translation>
    </message>
    <message>
        <source>Text of the selected mail</source>
        <translation>Texto del correo seleccionado</translation>
    </message>
    <message>
        <source>No mails yet. Register an account to receive one.</source>
        <translation>Todavía no hay correos. Cree una cuenta para recibir uno.</translation>
    </message>
    <message>
        <source>This mail has no text.</source>
        <translation>Este correo no tiene texto.</translation>
    </message>
    <message>
        <source>Completing your registration…</source>
        <translation>Terminando su registro…</translation>
    </message>
    <message>
        <source>Your registration is complete. You can sign in now.</source>
        <translation>Su registro está terminado. Ya puede iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>DeviceCheckPage</name>
    <message>
        <source>Check my device</source>
        <translation>Revisar mi equipo</translation>
    </message>
    <message>
        <source>Let&apos;s check that your PC is ready for a video session. You should see yourself, the bar should move when you speak, and you should hear the test sound.</source>
        <translation>Vamos a revisar que su computadora esté lista para una cita por video. Debe verse a sí mismo(a) en la pantalla, la barra debe moverse cuando hable y debe escuchar el sonido de prueba.</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Micrófono</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>Nivel del micrófono</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Altavoces</translation>
    </message>
    <message>
        <source>&amp;Play test sound</source>
        <translation>&amp;Reproducir sonido de prueba</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Revisar de &amp;nuevo</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <source>No microphone found. Connect a headset or a microphone.</source>
        <translation>No se encontró ningún micrófono. Conecte unos audífonos con micrófono o un micrófono.</translation>
    </message>
    <message>
        <source>We can hear you.</source>
        <translation>Se le escucha bien.</translation>
    </message>
    <message>
        <source>Say something: the bar should move.</source>
        <translation>Diga algo: la barra debe moverse.</translation>
    </message>
    <message>
        <source>The microphone could not be started. Close other apps using it.</source>
        <translation>No se pudo encender el micrófono. Cierre otras aplicaciones que lo estén usando.</translation>
    </message>
    <message>
        <source>No speakers found. Connect speakers or headphones.</source>
        <translation>No se encontraron altavoces. Conecte altavoces o audífonos.</translation>
    </message>
    <message>
        <source>Did you hear a chime? If not, turn up the volume and play it again.</source>
        <translation>¿Escuchó un timbre? Si no, suba el volumen y reprodúzcalo de nuevo.</translation>
    </message>
    <message>
        <source>Press the button: you should hear a short chime.</source>
        <translation>Presione el botón: debe escuchar un timbre corto.</translation>
    </message>
    <message numerus="yes">
        <source>Checking your PC… %n of %1 done.</source>
        <translation>
            <numerusform>Revisando su computadora… %n de %1 lista.</numerusform>
            <numerusform>Revisando su computadora… %n de %1 listas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The check is finished.</source>
        <translation>La revisión terminó.</translation>
    </message>
    <message>
        <source>Some things must be fixed before your session. See the steps below.</source>
        <translation>Hay cosas que debe arreglar antes de su cita. Vea los pasos abajo.</translation>
    </message>
    <message>
        <source>Your PC can be used, but some things need attention.</source>
        <translation>Puede usar su computadora, pero algunas cosas necesitan atención.</translation>
    </message>
    <message>
        <source>Your PC is ready for the session.</source>
        <translation>Su computadora está lista para la cita.</translation>
    </message>
    <message>
        <source>The result was sent to your Hello Work office.</source>
        <translation>El resultado se envió a su oficina de Hello Work.</translation>
    </message>
</context>
<context>
    <name>ForgotPage</name>
    <message>
        <source>Forgot your password?</source>
        <translation>¿Olvidó su contraseña?</translation>
    </message>
    <message>
        <source>For your safety, passwords are not reset by e-mail, and accounts are not issued again. Please phone your Hello Work office. They will check who you are and help you.</source>
        <translation>Por su seguridad, las contraseñas no se restablecen por correo electrónico y las cuentas no se vuelven a emitir. Llame por teléfono a su oficina de Hello Work. Allí confirmarán su identidad y le ayudarán.</translation>
    </message>
    <message>
        <source>When you call, say that you use the online counselling app and forgot your password. Have your Hello Work card (with your job-seeker number) ready.</source>
        <translation>Cuando llame, diga que usa la aplicación de orientación en línea y que olvidó su contraseña. Tenga a la mano su tarjeta de Hello Work (con su número de solicitante de empleo).</translation>
    </message>
    <message>
        <source>Hello Work offices</source>
        <translation>Oficinas de Hello Work</translation>
    </message>
    <message>
        <source>&amp;Back to sign in</source>
        <translation>&amp;Volver a iniciar sesión</translation>
    </message>
    <message>
        <source>The phone number of your office is on your Hello Work card and on the Hello Work website.</source>
        <translation>El número de teléfono de su oficina está en su tarjeta de Hello Work y en el sitio web de Hello Work.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Your next session</source>
        <translation>Su próxima cita</translation>
    </message>
    <message>
        <source>&amp;Join the session</source>
        <translation>&amp;Entrar a la cita</translation>
    </message>
    <message>
        <source>&amp;Book a session</source>
        <translation>&amp;Reservar una cita</translation>
    </message>
    <message>
        <source>&amp;My bookings</source>
        <translation>&amp;Mis reservas</translation>
    </message>
    <message>
        <source>You have no session booked.</source>
        <translation>No tiene ninguna cita reservada.</translation>
    </message>
    <message>
        <source>&amp;Check my device</source>
        <translation>Re&amp;visar mi equipo</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Intentar de nuevo</translation>
    </message>
    <message>
        <source>Hello, {name}.</source>
        <translation>Hola, {name}.</translation>
    </message>
    <message>
        <source>Office: {office}</source>
        <translation>Oficina: {office}</translation>
    </message>
    <message>
        <source>Office: {office} (phone {phone})</source>
        <translation>Oficina: {office} (teléfono {phone})</translation>
    </message>
    <message>
        <source>With you: {who}</source>
        <translation>Con usted: {who}</translation>
    </message>
    <message>
        <source>Please check your camera, microphone and PC before the session.</source>
        <translation>Antes de la cita, revise su cámara, su micrófono y su computadora.</translation>
    </message>
    <message>
        <source>Your last device check found problems. Please fix them and check again.</source>
        <translation>La última revisión del equipo encontró problemas. Arréglelos y revise de nuevo.</translation>
    </message>
    <message>
        <source>Joining is open now. Press Join the session.</source>
        <translation>Ya puede entrar. Presione Entrar a la cita.</translation>
    </message>
    <message>
        <source>You can join from {time} (10 minutes before the start).</source>
        <translation>Puede entrar desde las {time} (10 minutos antes del inicio).</translation>
    </message>
    <message>
        <source>The time to join has passed. If you could not join, please phone the office: {phone}</source>
        <translation>Ya pasó la hora para entrar. Si no pudo entrar, llame a la oficina: {phone}</translation>
    </message>
</context>
<context>
    <name>JobSeekerNumber</name>
    <message>
        <source>Please enter your job-seeker number. It is on your Hello Work card.</source>
        <translation>Escriba su número de solicitante de empleo. Está en su tarjeta de Hello Work.</translation>
    </message>
    <message>
        <source>Please use only numbers and one hyphen, like {example}.</source>
        <translation>Use solo números y un guion, como {example}.</translation>
    </message>
    <message>
        <source>Please use only one hyphen, after the first 5 numbers, like {example}.</source>
        <translation>Use solo un guion, después de los primeros 5 números, como {example}.</translation>
    </message>
    <message>
        <source>The part before the hyphen has 5 numbers, like {example}.</source>
        <translation>La parte antes del guion tiene 5 números, como {example}.</translation>
    </message>
    <message>
        <source>The part after the hyphen has 1 to 8 numbers, like {example}.</source>
        <translation>La parte después del guion tiene de 1 a 8 números, como {example}.</translation>
    </message>
</context>
<context>
    <name>JoinPage</name>
    <message>
        <source>Join the session</source>
        <translation>Entrar a la cita</translation>
    </message>
    <message>
        <source>Before you join, please confirm each point:</source>
        <translation>Antes de entrar, confirme cada punto:</translation>
    </message>
    <message>
        <source>I am in a private room, or everyone with me was declared in the booking.</source>
        <translation>Estoy en un cuarto privado, o todas las personas que están conmigo se indicaron en la reserva.</translation>
    </message>
    <message>
        <source>I will not record the session (no screen or sound recording).</source>
        <translation>No voy a grabar la cita (ni la pantalla ni el sonido).</translation>
    </message>
    <message>
        <source>&amp;Open Zoom and join</source>
        <translation>&amp;Abrir Zoom y entrar</translation>
    </message>
    <message>
        <source>My name in Zoom will be my registered name: {name}. The counsellor checks it with my job-seeker number.</source>
        <translation>Mi nombre en Zoom será mi nombre registrado: {name}. El orientador lo compara con mi número de solicitante de empleo.</translation>
    </message>
    <message>
        <source>{when} with {office}</source>
        <translation>{when} con {office}</translation>
    </message>
    <message>
        <source>Declared in your booking: {who}</source>
        <translation>Indicado en su reserva: {who}</translation>
    </message>
    <message>
        <source>Zoom could not be opened. Please install Zoom or try another browser.</source>
        <translation>No se pudo abrir Zoom. Instale Zoom o pruebe con otro navegador.</translation>
    </message>
    <message>
        <source>Zoom is opening. If nothing happens, open the meeting in your browser.</source>
        <translation>Zoom se está abriendo. Si no pasa nada, abra la reunión en su navegador.</translation>
    </message>
    <message>
        <source>The meeting is opening in your browser.</source>
        <translation>La reunión se está abriendo en su navegador.</translation>
    </message>
    <message>
        <source>Open in &amp;browser</source>
        <translation>Abrir en el &amp;navegador</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Choose the language for this app. You can change it later in Settings.</source>
        <translation>Elija el idioma de esta aplicación. Puede cambiarlo después en Configuración.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Hello Work online counselling</source>
        <translation>Orientación en línea de Hello Work</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <source>Back to the previous step</source>
        <translation>Volver al paso anterior</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>&amp;App</source>
        <translation>&amp;Aplicación</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostic info for the help desk</source>
        <translation>&amp;Copiar información de diagnóstico para soporte técnico</translation>
    </message>
    <message>
        <source>&amp;About this app</source>
        <translation>Acerca de &amp;esta aplicación</translation>
    </message>
    <message>
        <source>Demo &amp;mailbox</source>
        <translation>Buzón de de&amp;mostración</translation>
    </message>
    <message>
        <source>Demo mode: nothing here is real. Sign in with {email} and the password {password}.</source>
        <translation>Modo de demostración: nada de esto es real. Inicie sesión con {email} y la contraseña {password}.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Check my device</source>
        <translation>Revisar mi equipo</translation>
    </message>
    <message>
        <source>Terms of use</source>
        <translation>Términos de uso</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Book a session</source>
        <translation>Reservar una cita</translation>
    </message>
    <message>
        <source>My bookings</source>
        <translation>Mis reservas</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>Mi cuenta</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Could not reach the Hello Work service. Check your internet connection, then press Try again. You can check your device meanwhile.</source>
        <translation>No se pudo conectar con el servicio de Hello Work. Revise su conexión a internet y presione Intentar de nuevo. Mientras tanto, puede revisar su equipo.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Intentar de nuevo</translation>
    </message>
    <message>
        <source>You were signed out. Please sign in again to continue where you were.</source>
        <translation>Se cerró su sesión. Inicie sesión de nuevo para continuar donde estaba.</translation>
    </message>
    <message>
        <source>Diagnostic info copied. You can paste it into a mail to the help desk.</source>
        <translation>Información de diagnóstico copiada. Puede pegarla en un correo para soporte técnico.</translation>
    </message>
    <message>
        <source>About this app</source>
        <translation>Acerca de esta aplicación</translation>
    </message>
    <message>
        <source>Hello Work online counselling, version {version}</source>
        <translation>Orientación en línea de Hello Work, versión {version}</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>Something went wrong in the app. Please try again. If it happens again, copy the diagnostic info and send it to the help desk.</source>
        <translation>Algo salió mal en la aplicación. Inténtelo de nuevo. Si vuelve a pasar, copie la información de diagnóstico y envíela a soporte técnico.</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostic info</source>
        <translation>&amp;Copiar información de diagnóstico</translation>
    </message>
</context>
<context>
    <name>Meeting</name>
    <message>
        <source>The meeting link from the service does not look like a Zoom link, so the app did not open it. Please phone your Hello Work office.</source>
        <translation>El enlace de la reunión que envió el servicio no parece un enlace de Zoom, por eso la aplicación no lo abrió. Llame por teléfono a su oficina de Hello Work.</translation>
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
        <translation>Llame por teléfono a su oficina de Hello Work: {phone}.</translation>
    </message>
    <message>
        <source>Please phone your Hello Work office.</source>
        <translation>Llame por teléfono a su oficina de Hello Work.</translation>
    </message>
    <message>
        <source>Some information is missing or not in the right form.</source>
        <translation>Falta información o no tiene el formato correcto.</translation>
    </message>
    <message>
        <source>Please check the marked fields and try again.</source>
        <translation>Revise los campos marcados e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>This password is too easy to guess.</source>
        <translation>Esta contraseña es demasiado fácil de adivinar.</translation>
    </message>
    <message>
        <source>Please choose a password of at least 10 characters that is not your e-mail address and not a common word.</source>
        <translation>Elija una contraseña de al menos 10 caracteres que no sea su correo electrónico ni una palabra común.</translation>
    </message>
    <message>
        <source>Please choose a harder password.</source>
        <translation>Elija una contraseña más difícil.</translation>
    </message>
    <message>
        <source>This link does not work any more. It may be older than 24 hours or used already.</source>
        <translation>Este enlace ya no funciona. Puede tener más de 24 horas o ya se usó.</translation>
    </message>
    <message>
        <source>Please register again to get a new link, or sign in if you already finished.</source>
        <translation>Regístrese de nuevo para recibir un enlace nuevo, o inicie sesión si ya terminó.</translation>
    </message>
    <message>
        <source>The e-mail address or the password is not right.</source>
        <translation>El correo electrónico o la contraseña no es correcto.</translation>
    </message>
    <message>
        <source>Please check both and try again. Capital letters count.</source>
        <translation>Revise los dos e inténtelo de nuevo. Las mayúsculas y minúsculas cuentan.</translation>
    </message>
    <message>
        <source>Please check your password.</source>
        <translation>Revise su contraseña.</translation>
    </message>
    <message>
        <source>Your registration is not finished yet.</source>
        <translation>Su registro todavía no está terminado.</translation>
    </message>
    <message>
        <source>Please open the link in the e-mail we sent you. We can send the e-mail again.</source>
        <translation>Abra el enlace del correo que le enviamos. Podemos enviarle el correo de nuevo.</translation>
    </message>
    <message>
        <source>Sign-in is paused after several wrong passwords, to protect your account.</source>
        <translation>El inicio de sesión está en pausa después de varias contraseñas incorrectas, para proteger su cuenta.</translation>
    </message>
    <message numerus="yes">
        <source>Please try again in %n minute(s). If you forgot your password, phone your office.</source>
        <translation>
            <numerusform>Inténtelo de nuevo en %n minuto. Si olvidó su contraseña, llame a su oficina.</numerusform>
            <numerusform>Inténtelo de nuevo en %n minutos. Si olvidó su contraseña, llame a su oficina.</numerusform>
        </translation>
    </message>
    <message>
        <source>You have been signed out.</source>
        <translation>Se cerró su sesión.</translation>
    </message>
    <message>
        <source>Please sign in again. Nothing you typed is lost.</source>
        <translation>Inicie sesión de nuevo. No se perdió nada de lo que escribió.</translation>
    </message>
    <message>
        <source>The terms of use changed while you were reading them.</source>
        <translation>Los términos de uso cambiaron mientras los leía.</translation>
    </message>
    <message>
        <source>Please read the new version and agree again.</source>
        <translation>Lea la nueva versión y acéptela de nuevo.</translation>
    </message>
    <message>
        <source>Before booking, please agree to the current terms of use.</source>
        <translation>Antes de reservar, acepte los términos de uso actuales.</translation>
    </message>
    <message>
        <source>We will show you the terms, then bring you back here.</source>
        <translation>Le mostraremos los términos y luego volverá a esta pantalla.</translation>
    </message>
    <message>
        <source>This version of the app is too old to use the service.</source>
        <translation>Esta versión de la aplicación es demasiado antigua para usar el servicio.</translation>
    </message>
    <message>
        <source>Please install the new version. Your bookings are kept.</source>
        <translation>Instale la nueva versión. Sus reservas se conservan.</translation>
    </message>
    <message>
        <source>We could not find this any more. It may have been removed.</source>
        <translation>Ya no encontramos esto. Puede que se haya eliminado.</translation>
    </message>
    <message>
        <source>Please go back and try again.</source>
        <translation>Regrese e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Someone just booked this time. Please choose another time.</source>
        <translation>Alguien acaba de reservar esta hora. Elija otra hora.</translation>
    </message>
    <message>
        <source>Other free times are shown below.</source>
        <translation>Abajo se muestran otros horarios disponibles.</translation>
    </message>
    <message>
        <source>You already have a session on {date}. Only one session a day is possible.</source>
        <translation>Ya tiene una cita el {date}. Solo se puede tener una cita por día.</translation>
    </message>
    <message>
        <source>You already have a session on that day. Only one session a day is possible.</source>
        <translation>Ya tiene una cita ese día. Solo se puede tener una cita por día.</translation>
    </message>
    <message>
        <source>Please choose another day.</source>
        <translation>Elija otro día.</translation>
    </message>
    <message>
        <source>Booking is paused until {date} because sessions were missed.</source>
        <translation>Las reservas están suspendidas hasta el {date} por inasistencia a citas.</translation>
    </message>
    <message>
        <source>Booking is paused for your account because sessions were missed.</source>
        <translation>Las reservas de su cuenta están suspendidas por inasistencia a citas.</translation>
    </message>
    <message>
        <source>Your office has paused online sessions for your account, often because residence status details need checking.</source>
        <translation>Su oficina puso en pausa las citas en línea de su cuenta, a menudo porque hay que revisar los datos de su estatus de residencia (在留資格).</translation>
    </message>
    <message>
        <source>The session has already started, so it cannot be cancelled in the app.</source>
        <translation>La cita ya empezó, por eso no se puede cancelar en la aplicación.</translation>
    </message>
    <message>
        <source>This booking is no longer active. It may have been cancelled.</source>
        <translation>Esta reserva ya no está activa. Puede que se haya cancelado.</translation>
    </message>
    <message>
        <source>Please look at My bookings for its current state.</source>
        <translation>Vea su estado actual en Mis reservas.</translation>
    </message>
    <message>
        <source>Your booking request changed while it was being sent.</source>
        <translation>Su solicitud de reserva cambió mientras se enviaba.</translation>
    </message>
    <message>
        <source>Please check My bookings, then try again.</source>
        <translation>Revise Mis reservas e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>You can join from {time} on {date} (10 minutes before the start).</source>
        <translation>Puede entrar desde las {time} del {date} (10 minutos antes del inicio).</translation>
    </message>
    <message>
        <source>You can join from 10 minutes before the start until 10 minutes after it.</source>
        <translation>Puede entrar desde 10 minutos antes del inicio hasta 10 minutos después.</translation>
    </message>
    <message>
        <source>Please come back then.</source>
        <translation>Vuelva a esa hora.</translation>
    </message>
    <message>
        <source>What you sent is too long for the service.</source>
        <translation>Lo que envió es demasiado largo para el servicio.</translation>
    </message>
    <message>
        <source>Please make the note or text shorter and try again.</source>
        <translation>Acorte la nota o el texto e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Something changed on the service while you were working.</source>
        <translation>Algo cambió en el servicio mientras usted trabajaba.</translation>
    </message>
    <message>
        <source>Please go back, look again, and try once more.</source>
        <translation>Regrese, revise de nuevo e inténtelo otra vez.</translation>
    </message>
    <message>
        <source>The app and the service do not understand each other.</source>
        <translation>La aplicación y el servicio no se entienden entre sí.</translation>
    </message>
    <message>
        <source>Please install the newest version of the app.</source>
        <translation>Instale la versión más reciente de la aplicación.</translation>
    </message>
    <message>
        <source>We could not reach the service.</source>
        <translation>No pudimos conectar con el servicio.</translation>
    </message>
    <message>
        <source>Please check your internet connection and try again. Nothing you typed is lost.</source>
        <translation>Revise su conexión a internet e inténtelo de nuevo. No se perdió nada de lo que escribió.</translation>
    </message>
    <message>
        <source>The service has a problem right now.</source>
        <translation>El servicio tiene un problema en este momento.</translation>
    </message>
    <message>
        <source>Please try again in a few minutes. Nothing you typed is lost.</source>
        <translation>Inténtelo de nuevo en unos minutos. No se perdió nada de lo que escribió.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Algo salió mal.</translation>
    </message>
    <message>
        <source>Please try again. If it happens again, phone your Hello Work office.</source>
        <translation>Inténtelo de nuevo. Si vuelve a pasar, llame a su oficina de Hello Work.</translation>
    </message>
    <message>
        <source>Please enter an e-mail address like name@example.jp.</source>
        <translation>Escriba un correo electrónico como nombre@example.jp.</translation>
    </message>
    <message>
        <source>Please choose a password of at least 10 characters.</source>
        <translation>Elija una contraseña de al menos 10 caracteres.</translation>
    </message>
    <message>
        <source>Please enter your name.</source>
        <translation>Escriba su nombre.</translation>
    </message>
    <message>
        <source>Please enter your name in kana, or leave it empty.</source>
        <translation>Escriba su nombre en kana o déjelo vacío.</translation>
    </message>
    <message>
        <source>Please enter a phone number with digits only, or leave it empty.</source>
        <translation>Escriba un número de teléfono solo con dígitos o déjelo vacío.</translation>
    </message>
    <message>
        <source>Please enter the number as 5 digits, a hyphen, then up to 8 digits.</source>
        <translation>Escriba el número así: 5 dígitos, un guion y luego hasta 8 dígitos.</translation>
    </message>
    <message>
        <source>Please make the note shorter (500 characters at most).</source>
        <translation>Acorte la nota (500 caracteres como máximo).</translation>
    </message>
    <message>
        <source>Please enter your current password.</source>
        <translation>Escriba su contraseña actual.</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
</context>
<context>
    <name>PasswordEdit</name>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Hide the password</source>
        <translation>Ocultar la contraseña</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>Mostrar la contraseña</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Please use at least 10 characters.</source>
        <translation>Use al menos 10 caracteres.</translation>
    </message>
    <message>
        <source>Please do not use your e-mail address as the password.</source>
        <translation>No use su correo electrónico como contraseña.</translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation>Crear una cuenta</translation>
    </message>
    <message>
        <source>Fill in your details. Fields marked (optional) can be left empty. We will send you an e-mail with a link to finish the registration.</source>
        <translation>Complete sus datos. Los campos marcados con (opcional) pueden quedar vacíos. Le enviaremos un correo con un enlace para terminar el registro.</translation>
    </message>
    <message>
        <source>&amp;Name (as registered at Hello Work)</source>
        <translation>&amp;Nombre (como está registrado en Hello Work)</translation>
    </message>
    <message>
        <source>Name in &amp;kana (optional)</source>
        <translation>Nombre en &amp;kana (opcional)</translation>
    </message>
    <message>
        <source>Example: ハロー タロウ</source>
        <translation>Ejemplo: ハロー タロウ</translation>
    </message>
    <message>
        <source>&amp;E-mail address</source>
        <translation>Correo &amp;electrónico</translation>
    </message>
    <message>
        <source>Example: name@example.jp</source>
        <translation>Ejemplo: nombre@example.jp</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>At least 10 characters, not your e-mail address, not a common word. Tip: three or four words you can remember, like &apos;blue tea morning walk&apos;.</source>
        <translation>Al menos 10 caracteres, que no sea su correo electrónico ni una palabra común. Consejo: tres o cuatro palabras que pueda recordar, como &apos;té azul mañana paseo&apos;.</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>Contraseña &amp;otra vez</translation>
    </message>
    <message>
        <source>Type the same password again.</source>
        <translation>Escriba la misma contraseña otra vez.</translation>
    </message>
    <message>
        <source>&amp;Job-seeker number (optional)</source>
        <translation>Número de &amp;solicitante de empleo (opcional)</translation>
    </message>
    <message>
        <source>It is on your Hello Work card (求職番号): 5 digits, a hyphen, then up to 8 digits, for example 12345-12345678. Full-width digits are fine.</source>
        <translation>Está en su tarjeta de Hello Work (求職番号): 5 dígitos, un guion y luego hasta 8 dígitos, por ejemplo 12345-12345678. Se aceptan dígitos de ancho completo.</translation>
    </message>
    <message>
        <source>P&amp;hone number (optional)</source>
        <translation>&amp;Teléfono (opcional)</translation>
    </message>
    <message>
        <source>Example: 090-1234-5678</source>
        <translation>Ejemplo: 090-1234-5678</translation>
    </message>
    <message>
        <source>A&amp;ddress (optional)</source>
        <translation>&amp;Dirección (opcional)</translation>
    </message>
    <message>
        <source>Create my &amp;account</source>
        <translation>Crear mi c&amp;uenta</translation>
    </message>
    <message>
        <source>I already have an account: &amp;sign in</source>
        <translation>Ya tengo una cuenta: &amp;iniciar sesión</translation>
    </message>
    <message>
        <source>Please enter your name.</source>
        <translation>Escriba su nombre.</translation>
    </message>
    <message>
        <source>Please enter an e-mail address like name@example.jp.</source>
        <translation>Escriba un correo electrónico como nombre@example.jp.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Las dos contraseñas no son iguales.</translation>
    </message>
</context>
<context>
    <name>ReminderNotifier</name>
    <message>
        <source>Your counselling session is tomorrow</source>
        <translation>Su cita de orientación es mañana</translation>
    </message>
    <message>
        <source>{when}, {office}. Please check your device before the session.</source>
        <translation>{when}, {office}. Revise su equipo antes de la cita.</translation>
    </message>
    <message>
        <source>Check my device now</source>
        <translation>Revisar mi equipo ahora</translation>
    </message>
    <message>
        <source>Your session starts in 30 minutes</source>
        <translation>Su cita empieza en 30 minutos</translation>
    </message>
    <message>
        <source>{when}, {office}. Check your camera and microphone now.</source>
        <translation>{when}, {office}. Revise ahora su cámara y su micrófono.</translation>
    </message>
    <message>
        <source>You can join your session now</source>
        <translation>Ya puede entrar a su cita</translation>
    </message>
    <message>
        <source>{when}, {office}. Open the app and press Join.</source>
        <translation>{when}, {office}. Abra la aplicación y presione Entrar.</translation>
    </message>
    <message>
        <source>Go to Join</source>
        <translation>Ir a Entrar</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Your settings could not be saved. Check that the disk is not full, then try again.</source>
        <translation>No se pudo guardar su configuración. Revise que el disco no esté lleno e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>Remind me the &amp;day before my session</source>
        <translation>Recordarme el &amp;día antes de mi cita</translation>
    </message>
    <message>
        <source>Remind me &amp;30 minutes before, to check my device</source>
        <translation>Recordarme &amp;30 minutos antes, para revisar mi equipo</translation>
    </message>
    <message>
        <source>Tell me when I can &amp;join</source>
        <translation>Avisarme cuando pueda en&amp;trar</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when the window is closed (for reminders)</source>
        <translation>&amp;Seguir abierta en la bandeja del sistema al cerrar la ventana (para los recordatorios)</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>Dirección del se&amp;rvidor:</translation>
    </message>
    <message>
        <source>Use this &amp;address</source>
        <translation>&amp;Usar esta dirección</translation>
    </message>
    <message>
        <source>Change the server address only if your Hello Work office asks you to.</source>
        <translation>Cambie la dirección del servidor solo si su oficina de Hello Work se lo pide.</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostic info for the help desk</source>
        <translation>&amp;Copiar información de diagnóstico para soporte técnico</translation>
    </message>
    <message>
        <source>Right now the app is using {url}.</source>
        <translation>En este momento la aplicación usa {url}.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>This does not look like a web address. Please check it and try again.</source>
        <translation>Esto no parece una dirección web. Revísela e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Saved. The app will use this address the next time it starts.</source>
        <translation>Guardado. La aplicación usará esta dirección la próxima vez que se abra.</translation>
    </message>
    <message>
        <source>Diagnostic info copied. You can paste it into a mail to the help desk.</source>
        <translation>Información de diagnóstico copiada. Puede pegarla en un correo para soporte técnico.</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign in with the e-mail address and password you registered with.</source>
        <translation>Inicie sesión con el correo electrónico y la contraseña con los que se registró.</translation>
    </message>
    <message>
        <source>Demo: the demo account {email} is already filled in.</source>
        <translation>Demostración: la cuenta de demostración {email} ya está escrita.</translation>
    </message>
    <message>
        <source>&amp;E-mail address</source>
        <translation>Correo &amp;electrónico</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>&amp;Create an account</source>
        <translation>C&amp;rear una cuenta</translation>
    </message>
    <message>
        <source>&amp;Forgot your password?</source>
        <translation>¿&amp;Olvidó su contraseña?</translation>
    </message>
    <message>
        <source>Your account and your personal data are deleted. Thank you for using the service.</source>
        <translation>Su cuenta y sus datos personales se eliminaron. Gracias por usar el servicio.</translation>
    </message>
    <message>
        <source>Please enter your e-mail address.</source>
        <translation>Escriba su correo electrónico.</translation>
    </message>
    <message>
        <source>Please enter your password.</source>
        <translation>Escriba su contraseña.</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>Qué hacer ahora</translation>
    </message>
</context>
<context>
    <name>SlotCalendar</name>
    <message>
        <source>Calendar: days in bold have free times</source>
        <translation>Calendario: los días en negrita tienen horarios disponibles</translation>
    </message>
    <message>
        <source>Free times on the chosen day</source>
        <translation>Horarios disponibles el día elegido</translation>
    </message>
    <message numerus="yes">
        <source>%n free time(s)</source>
        <translation>
            <numerusform>%n horario disponible</numerusform>
            <numerusform>%n horarios disponibles</numerusform>
        </translation>
    </message>
    <message>
        <source>You already have a session on this day. Only one session a day is possible.</source>
        <translation>Ya tiene una cita este día. Solo se puede tener una cita por día.</translation>
    </message>
    <message>
        <source>Choose a time:</source>
        <translation>Elija una hora:</translation>
    </message>
    <message>
        <source>Looking for free times…</source>
        <translation>Buscando horarios disponibles…</translation>
    </message>
    <message>
        <source>No free times on this day. Days in bold have free times.</source>
        <translation>No hay horarios disponibles este día. Los días en negrita tienen horarios disponibles.</translation>
    </message>
    <message>
        <source>{start} – {end}   ({places})</source>
        <translation>{start} – {end}   ({places})</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) left</source>
        <translation>
            <numerusform>queda %n lugar</numerusform>
            <numerusform>quedan %n lugares</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusRow</name>
    <message>
        <source>OK</source>
        <translation>Bien</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Necesita atención</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Could not check</source>
        <translation>No se pudo revisar</translation>
    </message>
    <message>
        <source>What to do: {remedy}</source>
        <translation>Qué hacer: {remedy}</translation>
    </message>
    <message>
        <source>Open the &amp;setting</source>
        <translation>Abrir la &amp;configuración</translation>
    </message>
    <message>
        <source>More &amp;information</source>
        <translation>Más &amp;información</translation>
    </message>
</context>
<context>
    <name>TermsPage</name>
    <message>
        <source>Terms of use</source>
        <translation>Términos de uso</translation>
    </message>
    <message>
        <source>I have read the terms of use and I &amp;agree to them.</source>
        <translation>Leí los términos de uso y los &amp;acepto.</translation>
    </message>
    <message>
        <source>The sessions take place in Zoom. Please also read Zoom&apos;s &lt;a href=&quot;{terms}&quot;&gt;terms of service&lt;/a&gt; and &lt;a href=&quot;{privacy}&quot;&gt;privacy statement&lt;/a&gt;.</source>
        <translation>Las citas se hacen por Zoom. Lea también los &lt;a href=&quot;{terms}&quot;&gt;términos del servicio&lt;/a&gt; y la &lt;a href=&quot;{privacy}&quot;&gt;declaración de privacidad&lt;/a&gt; de Zoom.</translation>
    </message>
    <message>
        <source>I accept &amp;Zoom&apos;s terms of service and privacy statement.</source>
        <translation>Acepto los términos del servicio y la declaración de privacidad de &amp;Zoom.</translation>
    </message>
    <message>
        <source>Agree and &amp;continue</source>
        <translation>Aceptar y &amp;continuar</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Intentar de nuevo</translation>
    </message>
    <message>
        <source>Terms of use text</source>
        <translation>Texto de los términos de uso</translation>
    </message>
    <message>
        <source>Loading the terms of use…</source>
        <translation>Cargando los términos de uso…</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;Version {version}, in effect from {date}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;Versión {version}, vigente desde el {date}</translation>
    </message>
    <message>
        <source>The terms of use have changed since you last agreed. Please read them and agree again.</source>
        <translation>Los términos de uso cambiaron desde la última vez que los aceptó. Léalos y acéptelos de nuevo.</translation>
    </message>
    <message>
        <source>What changed: {summary}</source>
        <translation>Qué cambió: {summary}</translation>
    </message>
    <message>
        <source>✓ You have read to the end.</source>
        <translation>✓ Ya leyó hasta el final.</translation>
    </message>
    <message>
        <source>Please read the terms to the end (scroll down).</source>
        <translation>Lea los términos hasta el final (desplácese hacia abajo).</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Hello Work online counselling</source>
        <translation>Orientación en línea de Hello Work</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Check my device</source>
        <translation>&amp;Revisar mi equipo</translation>
    </message>
    <message>
        <source>My &amp;bookings</source>
        <translation>Mis r&amp;eservas</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
</context>
<context>
    <name>UpdatePrompt</name>
    <message>
        <source>A new version of this app ({version}) is available.</source>
        <translation>Hay una nueva versión de esta aplicación ({version}).</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Descargar</translation>
    </message>
    <message>
        <source>Please update the app</source>
        <translation>Actualice la aplicación</translation>
    </message>
    <message>
        <source>This version of the app is too old to use the service. Please download and install the new version. Your bookings are kept.</source>
        <translation>Esta versión de la aplicación es demasiado antigua para usar el servicio. Descargue e instale la nueva versión. Sus reservas se conservan.</translation>
    </message>
    <message>
        <source>&amp;Download the new version</source>
        <translation>&amp;Descargar la nueva versión</translation>
    </message>
</context>
<context>
    <name>VerifySentPage</name>
    <message>
        <source>Check your e-mail</source>
        <translation>Revise su correo electrónico</translation>
    </message>
    <message>
        <source>One more step: open the link in your e-mail</source>
        <translation>Un paso más: abra el enlace de su correo</translation>
    </message>
    <message>
        <source>We sent an e-mail to {email}.</source>
        <translation>Enviamos un correo electrónico a {email}.</translation>
    </message>
    <message>
        <source>Open the link in it to finish your registration.</source>
        <translation>Abra el enlace del correo para terminar su registro.</translation>
    </message>
    <message>
        <source>We sent you an e-mail. Open the link in it to finish your registration.</source>
        <translation>Le enviamos un correo electrónico. Abra el enlace del correo para terminar su registro.</translation>
    </message>
    <message>
        <source>• The link works for 24 hours.
• No e-mail after a few minutes? Look in the spam or junk folder.
• After opening the link, come back here and sign in.</source>
        <translation>• El enlace funciona durante 24 horas.
• ¿No llegó el correo después de unos minutos? Busque en la carpeta de spam o correo no deseado.
• Después de abrir el enlace, vuelva aquí e inicie sesión.</translation>
    </message>
    <message>
        <source>Send the e-mail &amp;again</source>
        <translation>Enviar el correo &amp;otra vez</translation>
    </message>
    <message>
        <source>&amp;Register again</source>
        <translation>&amp;Registrarse de nuevo</translation>
    </message>
    <message>
        <source>I opened the link: &amp;sign in</source>
        <translation>Ya abrí el enlace: &amp;iniciar sesión</translation>
    </message>
    <message>
        <source>We sent the e-mail again at {time}. Please look for the newest one.</source>
        <translation>Enviamos el correo de nuevo a las {time}. Busque el más reciente.</translation>
    </message>
</context>
</TS>
