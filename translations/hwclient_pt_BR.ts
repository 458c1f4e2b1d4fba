<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en_US">
<context>
    <name>AccountPage</name>
    <message>
        <source>My account</source>
        <translation>Minha conta</translation>
    </message>
    <message>
        <source>It has been a while since you changed your password. To keep your account safe, please choose a new one below.</source>
        <translation>Faz tempo que você não troca sua senha. Para manter sua conta segura, escolha uma nova senha abaixo.</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Depois</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>Seus dados</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sai&amp;r da conta</translation>
    </message>
    <message>
        <source>Change your password</source>
        <translation>Trocar a senha</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>Senha at&amp;ual</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Nova senha</translation>
    </message>
    <message>
        <source>At least 10 characters, not your e-mail address, not a common word.</source>
        <translation>Pelo menos 10 caracteres, diferente do seu e-mail e que não seja uma palavra comum.</translation>
    </message>
    <message>
        <source>New password &amp;again</source>
        <translation>Nova senha &amp;outra vez</translation>
    </message>
    <message>
        <source>C&amp;hange password</source>
        <translation>&amp;Trocar a senha</translation>
    </message>
    <message>
        <source>Language and reminders</source>
        <translation>Idioma e lembretes</translation>
    </message>
    <message>
        <source>&amp;Language of the app</source>
        <translation>&amp;Idioma do aplicativo</translation>
    </message>
    <message>
        <source>Remind me about my session:</source>
        <translation>Lembrar do meu atendimento:</translation>
    </message>
    <message>
        <source>The day &amp;before</source>
        <translation>No dia &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;30 minutes before</source>
        <translation>&amp;30 minutos antes</translation>
    </message>
    <message>
        <source>When I can &amp;join</source>
        <translation>Quando eu puder &amp;participar</translation>
    </message>
    <message>
        <source>Delete your account</source>
        <translation>Excluir sua conta</translation>
    </message>
    <message>
        <source>This deletes your registration and personal data and cancels your future sessions. It cannot be undone. To use the service again, you would register again. Enter your password to confirm.</source>
        <translation>Isto exclui seu cadastro e seus dados pessoais e cancela seus próximos atendimentos. Não é possível desfazer. Para usar o serviço de novo, você precisará se cadastrar outra vez. Digite sua senha para confirmar.</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Senha</translation>
    </message>
    <message>
        <source>&amp;Delete my account…</source>
        <translation>&amp;Excluir minha conta…</translation>
    </message>
    <message>
        <source>Name: {name}</source>
        <translation>Nome: {name}</translation>
    </message>
    <message>
        <source>E-mail: {email}</source>
        <translation>E-mail: {email}</translation>
    </message>
    <message>
        <source>Job-seeker number: {number}</source>
        <translation>Número de candidato a emprego: {number}</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(não informado)</translation>
    </message>
    <message>
        <source>Password last changed: {date}</source>
        <translation>Última troca de senha: {date}</translation>
    </message>
    <message>
        <source>Please enter your current password.</source>
        <translation>Digite sua senha atual.</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>As duas novas senhas não são iguais.</translation>
    </message>
    <message>
        <source>Your password is changed. Other computers signed in to your account are signed out.</source>
        <translation>Sua senha foi trocada. Os outros computadores conectados à sua conta foram desconectados.</translation>
    </message>
    <message>
        <source>Please enter your password to confirm.</source>
        <translation>Digite sua senha para confirmar.</translation>
    </message>
    <message>
        <source>Delete your account?</source>
        <translation>Excluir sua conta?</translation>
    </message>
    <message>
        <source>Do you really want to delete your account?</source>
        <translation>Você quer mesmo excluir sua conta?</translation>
    </message>
    <message>
        <source>Your future sessions will be cancelled. This cannot be undone.</source>
        <translation>Seus próximos atendimentos serão cancelados. Não é possível desfazer.</translation>
    </message>
    <message>
        <source>&amp;Yes, delete my account</source>
        <translation>&amp;Sim, excluir minha conta</translation>
    </message>
    <message>
        <source>&amp;No, keep it</source>
        <translation>&amp;Não, manter a conta</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation>Algo deu errado. Tente de novo.</translation>
    </message>
    <message>
        <source>This server address is not safe. It must start with https://. Please check the address your Hello Work office gave you.</source>
        <translation>Este endereço de servidor não é seguro. Ele precisa começar com https://. Confira o endereço que a sua agência da Hello Work passou para você.</translation>
    </message>
    <message>
        <source>Could not reach the service. Please check your internet connection and try again.</source>
        <translation>Não foi possível acessar o serviço. Verifique sua conexão com a internet e tente de novo.</translation>
    </message>
    <message>
        <source>The connection is not secure, so the app stopped. Check that your PC&apos;s date and time are correct, or try another network.</source>
        <translation>A conexão não é segura, por isso o aplicativo parou. Confira se a data e a hora do computador estão certas, ou tente outra rede.</translation>
    </message>
    <message>
        <source>The service is busy or under maintenance. Please try again in a few minutes.</source>
        <translation>O serviço está ocupado ou em manutenção. Tente de novo daqui a alguns minutos.</translation>
    </message>
    <message>
        <source>The service gave an answer the app does not understand. Please check the server address, or update the app.</source>
        <translation>O serviço deu uma resposta que o aplicativo não entende. Confira o endereço do servidor ou atualize o aplicativo.</translation>
    </message>
</context>
<context>
    <name>Booking</name>
    <message>
        <source>Booked</source>
        <translation>Agendado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Cancelled by the office</source>
        <translation>Cancelado pela agência</translation>
    </message>
    <message>
        <source>Missed (you did not join)</source>
        <translation>Falta (você não participou)</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Compareceu</translation>
    </message>
    <message>
        <source>Unknown status. Please refresh.</source>
        <translation>Situação desconhecida. Atualize a página.</translation>
    </message>
    <message>
        <source>Online job counselling with {office}.</source>
        <translation>Atendimento on-line de orientação de emprego com {office}.</translation>
    </message>
    <message>
        <source>Open the hwclient app and press Join from 10 minutes before the start.</source>
        <translation>Abra o aplicativo hwclient e clique em Participar a partir de 10 minutos antes do início.</translation>
    </message>
    <message>
        <source>Have your job-seeker number ready.</source>
        <translation>Tenha em mãos seu número de candidato a emprego.</translation>
    </message>
    <message>
        <source>To cancel on the day or if you have trouble, phone the office: {phone}</source>
        <translation>Para cancelar no próprio dia ou se tiver algum problema, ligue para a agência: {phone}</translation>
    </message>
    <message>
        <source>Hello Work online counselling</source>
        <translation>Atendimento on-line da Hello Work</translation>
    </message>
    <message>
        <source>{office} (online, Zoom)</source>
        <translation>{office} (on-line, Zoom)</translation>
    </message>
    <message>
        <source>Your counselling session starts in 30 minutes.</source>
        <translation>Seu atendimento começa em 30 minutos.</translation>
    </message>
</context>
<context>
    <name>BookingCard</name>
    <message>
        <source>Office: {office}</source>
        <translation>Agência: {office}</translation>
    </message>
    <message>
        <source>Office phone: {phone}</source>
        <translation>Telefone da agência: {phone}</translation>
    </message>
    <message>
        <source>With you: {who}</source>
        <translation>Com você: {who}</translation>
    </message>
    <message>
        <source>Reason from the office: {reason}</source>
        <translation>Motivo informado pela agência: {reason}</translation>
    </message>
    <message>
        <source>&amp;Cancel this session</source>
        <translation>&amp;Cancelar este atendimento</translation>
    </message>
    <message>
        <source>Cancel the session on {when}</source>
        <translation>Cancelar o atendimento de {when}</translation>
    </message>
    <message>
        <source>Add to ca&amp;lendar</source>
        <translation>Adicionar à a&amp;genda</translation>
    </message>
    <message>
        <source>The session has started, so it cannot be cancelled in the app. To cancel or if you have trouble, please phone the office: {phone}</source>
        <translation>O atendimento já começou e não pode mais ser cancelado no aplicativo. Para cancelar ou se tiver algum problema, ligue para a agência: {phone}</translation>
    </message>
    <message>
        <source>(see your Hello Work card)</source>
        <translation>(veja seu cartão da Hello Work)</translation>
    </message>
</context>
<context>
    <name>BookingPage</name>
    <message>
        <source>{name} (your office)</source>
        <translation>{name} (sua agência)</translation>
    </message>
    <message>
        <source>{prefecture} · Phone {phone}</source>
        <translation>{prefecture} · Telefone {phone}</translation>
    </message>
    <message>
        <source>Languages: {languages}</source>
        <translation>Idiomas: {languages}</translation>
    </message>
    <message>
        <source>Book a session</source>
        <translation>Agendar um atendimento</translation>
    </message>
    <message>
        <source>Choose the Hello Work office for your online session.</source>
        <translation>Escolha a agência da Hello Work para o seu atendimento on-line.</translation>
    </message>
    <message>
        <source>Choose a day, then a time. Days in bold have free times. Times are Japan time.</source>
        <translation>Escolha um dia e depois um horário. Os dias em negrito têm horários livres. Os horários seguem o horário do Japão.</translation>
    </message>
    <message>
        <source>&amp;Note for the counsellor (optional), for example what you want to talk about:</source>
        <translation>&amp;Observação para o orientador (opcional), por exemplo, o assunto sobre o qual você quer conversar:</translation>
    </message>
    <message>
        <source>Please check the details. You can cancel in the app until the session starts.</source>
        <translation>Confira os dados. Você pode cancelar pelo aplicativo até o início do atendimento.</translation>
    </message>
    <message>
        <source>&lt; &amp;Previous step</source>
        <translation>&lt; &amp;Passo anterior</translation>
    </message>
    <message>
        <source>Add to my &amp;calendar</source>
        <translation>Adicionar à minha a&amp;genda</translation>
    </message>
    <message>
        <source>See &amp;my bookings</source>
        <translation>Ver &amp;meus agendamentos</translation>
    </message>
    <message>
        <source>Step 1 of 4: choose an office</source>
        <translation>Passo 1 de 4: escolha uma agência</translation>
    </message>
    <message>
        <source>Step 2 of 4: choose a day and time</source>
        <translation>Passo 2 de 4: escolha o dia e o horário</translation>
    </message>
    <message>
        <source>Step 3 of 4: who will be with you</source>
        <translation>Passo 3 de 4: quem vai estar com você</translation>
    </message>
    <message>
        <source>Step 4 of 4: check and book</source>
        <translation>Passo 4 de 4: confira e agende</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Agendado</translation>
    </message>
    <message>
        <source>&amp;Book this session</source>
        <translation>&amp;Agendar este atendimento</translation>
    </message>
    <message>
        <source>Go to &amp;home</source>
        <translation>Ir para o &amp;início</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>A&amp;vançar &gt;</translation>
    </message>
    <message>
        <source>{count} / {limit} characters</source>
        <translation>{count} / {limit} caracteres</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguém)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Agência</translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation>Telefone da agência</translation>
    </message>
    <message>
        <source>With you</source>
        <translation>Com você</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Observação</translation>
    </message>
    <message>
        <source>There are no other free times on {day}. Please choose another day.</source>
        <translation>Não há outros horários livres em {day}. Escolha outro dia.</translation>
    </message>
    <message>
        <source>✓ Your session is booked.</source>
        <translation>✓ Seu atendimento está agendado.</translation>
    </message>
    <message>
        <source>{when}
{office}

We also sent you an e-mail. On the day, open this app and press Join from 10 minutes before the start.</source>
        <translation>{when}
{office}

Também enviamos um e-mail para você. No dia, abra este aplicativo e clique em Participar a partir de 10 minutos antes do início.</translation>
    </message>
    <message>
        <source>✓ Saved. Open the file to add the session to your calendar: {path}</source>
        <translation>✓ Salvo. Abra o arquivo para adicionar o atendimento à sua agenda: {path}</translation>
    </message>
</context>
<context>
    <name>BookingsPage</name>
    <message>
        <source>My bookings</source>
        <translation>Meus agendamentos</translation>
    </message>
    <message>
        <source>&amp;Upcoming</source>
        <translation>&amp;Próximos</translation>
    </message>
    <message>
        <source>&amp;Past</source>
        <translation>&amp;Anteriores</translation>
    </message>
    <message>
        <source>You have no upcoming sessions.</source>
        <translation>Você não tem atendimentos agendados.</translation>
    </message>
    <message>
        <source>No past sessions yet.</source>
        <translation>Ainda não há atendimentos anteriores.</translation>
    </message>
    <message>
        <source>&amp;Book a session</source>
        <translation>A&amp;gendar um atendimento</translation>
    </message>
    <message>
        <source>Cancel the session?</source>
        <translation>Cancelar o atendimento?</translation>
    </message>
    <message>
        <source>Do you want to cancel your session on {when}?</source>
        <translation>Você quer cancelar seu atendimento de {when}?</translation>
    </message>
    <message>
        <source>You can book another time afterwards.</source>
        <translation>Depois você pode agendar outro horário.</translation>
    </message>
    <message>
        <source>&amp;Yes, cancel it</source>
        <translation>&amp;Sim, cancelar</translation>
    </message>
    <message>
        <source>&amp;No, keep it</source>
        <translation>&amp;Não, manter</translation>
    </message>
    <message>
        <source>Your session on {when} is cancelled.</source>
        <translation>Seu atendimento de {when} foi cancelado.</translation>
    </message>
    <message>
        <source>Saved. Open the file to add the session to your calendar: {path}</source>
        <translation>Salvo. Abra o arquivo para adicionar o atendimento à sua agenda: {path}</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Save to your calendar</source>
        <translation>Salvar na sua agenda</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Arquivos de agenda (*.ics)</translation>
    </message>
    <message>
        <source>The file could not be saved there. Please choose another folder.</source>
        <translation>Não foi possível salvar o arquivo nesse local. Escolha outra pasta.</translation>
    </message>
</context>
<context>
    <name>CameraPreview</name>
    <message>
        <source>Camera picture</source>
        <translation>Imagem da câmera</translation>
    </message>
    <message>
        <source>The camera picture will appear here.</source>
        <translation>A imagem da câmera vai aparecer aqui.</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Ligando a câmera…</translation>
    </message>
    <message>
        <source>No camera found. Connect a webcam, or use a PC with a built-in camera, then press Check again.</source>
        <translation>Nenhuma câmera encontrada. Conecte uma webcam ou use um computador com câmera embutida e depois clique em Verificar de novo.</translation>
    </message>
    <message>
        <source>This app is not allowed to use the camera. Allow it in your PC&apos;s privacy settings, then press Check again.</source>
        <translation>Este aplicativo não tem permissão para usar a câmera. Permita nas configurações de privacidade do computador e depois clique em Verificar de novo.</translation>
    </message>
    <message>
        <source>The camera could not be started. It may be in use by another app (for example Zoom or Teams). Close that app, then press Check again.</source>
        <translation>Não foi possível ligar a câmera. Talvez outro aplicativo esteja usando a câmera (por exemplo, Zoom ou Teams). Feche esse aplicativo e depois clique em Verificar de novo.</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>Unknown check: %1. Known checks: %2.</source>
        <translation>Verificação desconhecida: %1. Verificações conhecidas: %2.</translation>
    </message>
    <message>
        <source>The device check could not run. Please try again.</source>
        <translation>Não foi possível fazer a verificação do equipamento. Tente de novo.</translation>
    </message>
    <message>
        <source>The file %1 could not be opened.</source>
        <translation>Não foi possível abrir o arquivo %1.</translation>
    </message>
    <message>
        <source>%1 is not a diagnostics bundle (it is not a zip file).</source>
        <translation>%1 não é um pacote de diagnóstico (não é um arquivo zip).</translation>
    </message>
    <message>
        <source>%1 is not a diagnostics bundle from this app.</source>
        <translation>%1 não é um pacote de diagnóstico deste aplicativo.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of this app. Update the app to read it.</source>
        <translation>%1 foi criado por uma versão mais nova deste aplicativo. Atualize o aplicativo para poder ler o arquivo.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read. Ask for a new bundle.</source>
        <translation>%1 está danificado e não pode ser lido. Peça um novo pacote.</translation>
    </message>
    <message>
        <source>The diagnostics bundle could not be saved to %1: %2</source>
        <translation>Não foi possível salvar o pacote de diagnóstico em %1: %2</translation>
    </message>
    <message>
        <source>Diagnostics bundle saved: %1</source>
        <translation>Pacote de diagnóstico salvo: %1</translation>
    </message>
    <message>
        <source>No server is set, so the report was not sent.</source>
        <translation>Nenhum servidor foi configurado, por isso o relatório não foi enviado.</translation>
    </message>
    <message>
        <source>Sign in with the app first, then send the report again.</source>
        <translation>Primeiro entre na sua conta pelo aplicativo e depois envie o relatório de novo.</translation>
    </message>
    <message>
        <source>The report could not be sent. Check the connection and try again.</source>
        <translation>Não foi possível enviar o relatório. Verifique a conexão e tente de novo.</translation>
    </message>
    <message>
        <source>Report sent (number %1).</source>
        <translation>Relatório enviado (número %1).</translation>
    </message>
    <message>
        <source>Virus protection is turned off.</source>
        <translation>A proteção contra vírus está desligada.</translation>
    </message>
    <message>
        <source>Virus protection is turned off: %1.</source>
        <translation>A proteção contra vírus está desligada: %1.</translation>
    </message>
    <message>
        <source>Open your virus protection and turn real-time protection on.</source>
        <translation>Abra seu antivírus e ligue a proteção em tempo real.</translation>
    </message>
    <message>
        <source>The virus definitions of %1 are out of date.</source>
        <translation>As definições de vírus de %1 estão desatualizadas.</translation>
    </message>
    <message>
        <source>Open your virus protection and choose to check for updates.</source>
        <translation>Abra seu antivírus e escolha procurar atualizações.</translation>
    </message>
    <message>
        <source>%1 is on and up to date.</source>
        <translation>%1 está ligado e atualizado.</translation>
    </message>
    <message>
        <source>Gatekeeper, the Mac&apos;s protection against harmful apps, is turned off.</source>
        <translation>O Gatekeeper, a proteção do Mac contra aplicativos perigosos, está desligado.</translation>
    </message>
    <message>
        <source>Ask someone you trust to turn it back on (Terminal: sudo spctl --master-enable).</source>
        <translation>Peça a uma pessoa de confiança para ligá-lo de novo (Terminal: sudo spctl --master-enable).</translation>
    </message>
    <message>
        <source>The Mac&apos;s built-in malware data was last updated %1 days ago.</source>
        <translation>Os dados de proteção contra malware do Mac foram atualizados pela última vez há %1 dias.</translation>
    </message>
    <message>
        <source>Open Software Update and install the updates.</source>
        <translation>Abra a Atualização de Software e instale as atualizações.</translation>
    </message>
    <message>
        <source>The Mac&apos;s built-in protection (Gatekeeper and XProtect) is on.</source>
        <translation>A proteção integrada do Mac (Gatekeeper e XProtect) está ligada.</translation>
    </message>
    <message>
        <source>No virus scanner was found that this app can check.</source>
        <translation>Não foi encontrado nenhum antivírus que este aplicativo consiga verificar.</translation>
    </message>
    <message>
        <source>Update them (for example with: sudo freshclam).</source>
        <translation>Atualize as definições (por exemplo, com: sudo freshclam).</translation>
    </message>
    <message>
        <source>This app (version %1) is too old to use the service.</source>
        <translation>Este aplicativo (versão %1) é antigo demais para usar o serviço.</translation>
    </message>
    <message>
        <source>Download and install the new version %1.</source>
        <translation>Baixe e instale a nova versão %1.</translation>
    </message>
    <message>
        <source>A new version of this app is available: %1.</source>
        <translation>Há uma nova versão deste aplicativo: %1.</translation>
    </message>
    <message>
        <source>This app is up to date (version %1).</source>
        <translation>Este aplicativo está atualizado (versão %1).</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Câmera</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Microfone</translation>
    </message>
    <message>
        <source>Speakers or headphones</source>
        <translation>Alto-falantes ou fones de ouvido</translation>
    </message>
    <message>
        <source>Operating system and updates</source>
        <translation>Sistema operacional e atualizações</translation>
    </message>
    <message>
        <source>Virus protection</source>
        <translation>Proteção contra vírus</translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation>Firewall</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Rede</translation>
    </message>
    <message>
        <source>Connection to the service and Zoom</source>
        <translation>Conexão com o serviço e com o Zoom</translation>
    </message>
    <message>
        <source>Zoom app</source>
        <translation>Aplicativo Zoom</translation>
    </message>
    <message>
        <source>This app</source>
        <translation>Este aplicativo</translation>
    </message>
    <message>
        <source>Recording and file-sharing programs</source>
        <translation>Programas de gravação e de compartilhamento de arquivos</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Energia</translation>
    </message>
    <message>
        <source>Computer load</source>
        <translation>Uso do computador</translation>
    </message>
    <message>
        <source>This could not be checked on this computer.</source>
        <translation>Não foi possível verificar isto neste computador.</translation>
    </message>
    <message>
        <source>The check timed out before this computer answered.</source>
        <translation>O tempo da verificação acabou antes de o computador responder.</translation>
    </message>
    <message>
        <source>The tool needed for this check is not on this computer.</source>
        <translation>A ferramenta necessária para esta verificação não está neste computador.</translation>
    </message>
    <message>
        <source>The answer from this computer could not be read.</source>
        <translation>Não foi possível ler a resposta deste computador.</translation>
    </message>
    <message>
        <source>The counselling service cannot be reached.</source>
        <translation>Não é possível acessar o serviço de orientação.</translation>
    </message>
    <message>
        <source>Zoom cannot be reached.</source>
        <translation>Não é possível acessar o Zoom.</translation>
    </message>
    <message>
        <source>Check that the internet works (open a web page). At work or school, a network filter may block it: ask the administrator.</source>
        <translation>Verifique se a internet está funcionando (abra uma página da web). No trabalho ou na escola, um filtro de rede pode estar bloqueando: fale com o administrador.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is off by about %1 minutes.</source>
        <translation>O relógio deste computador está errado em cerca de %1 minutos.</translation>
    </message>
    <message>
        <source>Turn on &quot;Set time automatically&quot; in the date and time settings.</source>
        <translation>Ative &quot;Definir horário automaticamente&quot; nas configurações de data e hora.</translation>
    </message>
    <message>
        <source>The connection is slow (%1 ms).</source>
        <translation>A conexão está lenta (%1 ms).</translation>
    </message>
    <message>
        <source>Move closer to the Wi-Fi router or use a network cable.</source>
        <translation>Fique mais perto do roteador Wi-Fi ou use um cabo de rede.</translation>
    </message>
    <message>
        <source>The service and Zoom can be reached, and the clock is right.</source>
        <translation>O serviço e o Zoom podem ser acessados, e o relógio está certo.</translation>
    </message>
    <message>
        <source>Zoom can be reached, and the clock is right.</source>
        <translation>O Zoom pode ser acessado, e o relógio está certo.</translation>
    </message>
    <message>
        <source>No camera was found.</source>
        <translation>Nenhuma câmera foi encontrada.</translation>
    </message>
    <message>
        <source>Connect a webcam, or check that the built-in camera is switched on (some laptops have a switch or a key for it). Then check again.</source>
        <translation>Conecte uma webcam ou confira se a câmera embutida está ligada (alguns notebooks têm um botão ou uma tecla para isso). Depois verifique de novo.</translation>
    </message>
    <message>
        <source>A camera was found: %1. The picture is tested in the app.</source>
        <translation>Câmera encontrada: %1. A imagem é testada no aplicativo.</translation>
    </message>
    <message>
        <source>This computer does not allow apps to use the camera.</source>
        <translation>Este computador não permite que os aplicativos usem a câmera.</translation>
    </message>
    <message>
        <source>Open the camera privacy setting, allow apps (and this app) to use the camera, then check again.</source>
        <translation>Abra a configuração de privacidade da câmera, permita que os aplicativos (e este aplicativo) usem a câmera e verifique de novo.</translation>
    </message>
    <message>
        <source>Another app is using the camera.</source>
        <translation>Outro aplicativo está usando a câmera.</translation>
    </message>
    <message>
        <source>Close other apps that may use the camera (Zoom, Teams, Skype, LINE, a browser tab), then check again.</source>
        <translation>Feche outros aplicativos que possam estar usando a câmera (Zoom, Teams, Skype, LINE, uma aba do navegador) e verifique de novo.</translation>
    </message>
    <message>
        <source>The camera works.</source>
        <translation>A câmera funciona.</translation>
    </message>
    <message>
        <source>The camera did not send a picture.</source>
        <translation>A câmera não enviou nenhuma imagem.</translation>
    </message>
    <message>
        <source>Check that the lens is not covered, unplug the camera and plug it in again, or restart the computer. Then check again.</source>
        <translation>Confira se a lente não está coberta, desconecte a câmera e conecte de novo, ou reinicie o computador. Depois verifique de novo.</translation>
    </message>
    <message>
        <source>Found: %1.</source>
        <translation>Encontrado: %1.</translation>
    </message>
    <message>
        <source>No microphone was found.</source>
        <translation>Nenhum microfone foi encontrado.</translation>
    </message>
    <message>
        <source>Connect a headset or microphone, or allow microphone use in the privacy settings. Then check again.</source>
        <translation>Conecte um headset ou um microfone, ou permita o uso do microfone nas configurações de privacidade. Depois verifique de novo.</translation>
    </message>
    <message>
        <source>No speakers or headphones were found.</source>
        <translation>Nenhum alto-falante ou fone de ouvido foi encontrado.</translation>
    </message>
    <message>
        <source>Connect headphones or speakers, or turn the sound on. Then check again.</source>
        <translation>Conecte fones de ouvido ou alto-falantes, ou ligue o som. Depois verifique de novo.</translation>
    </message>
    <message>
        <source>The firewall is on.</source>
        <translation>O firewall está ligado.</translation>
    </message>
    <message>
        <source>The firewall is off for these networks: %1.</source>
        <translation>O firewall está desligado para estas redes: %1.</translation>
    </message>
    <message>
        <source>Open the firewall settings and turn the firewall on.</source>
        <translation>Abra as configurações do firewall e ligue o firewall.</translation>
    </message>
    <message>
        <source>The Mac&apos;s firewall is off.</source>
        <translation>O firewall do Mac está desligado.</translation>
    </message>
    <message>
        <source>Open the Network settings, choose Firewall and turn it on.</source>
        <translation>Abra as configurações de Rede, escolha Firewall e ligue.</translation>
    </message>
    <message>
        <source>No firewall was found that this app can check.</source>
        <translation>Não foi encontrado nenhum firewall que este aplicativo consiga verificar.</translation>
    </message>
    <message>
        <source>This computer is not connected to a network.</source>
        <translation>Este computador não está conectado a nenhuma rede.</translation>
    </message>
    <message>
        <source>Connect to your home Wi-Fi or plug in a network cable, then check again.</source>
        <translation>Conecte-se ao Wi-Fi da sua casa ou ligue um cabo de rede e depois verifique de novo.</translation>
    </message>
    <message>
        <source>This Wi-Fi has no password or uses old, unsafe protection.</source>
        <translation>Este Wi-Fi não tem senha ou usa uma proteção antiga e insegura.</translation>
    </message>
    <message>
        <source>Use your home Wi-Fi with a password (WPA2 or WPA3) or a network cable.</source>
        <translation>Use o Wi-Fi da sua casa com senha (WPA2 ou WPA3) ou um cabo de rede.</translation>
    </message>
    <message>
        <source>This Wi-Fi uses weak protection.</source>
        <translation>Este Wi-Fi usa uma proteção fraca.</translation>
    </message>
    <message>
        <source>If it is your router, set it to WPA2 or WPA3 (AES).</source>
        <translation>Se o roteador for seu, configure-o para WPA2 ou WPA3 (AES).</translation>
    </message>
    <message>
        <source>This looks like a free or public Wi-Fi hotspot.</source>
        <translation>Parece ser um Wi-Fi grátis ou público.</translation>
    </message>
    <message>
        <source>Counselling is private: use your home network, not a public one.</source>
        <translation>O atendimento é confidencial: use a rede da sua casa, não uma rede pública.</translation>
    </message>
    <message>
        <source>Windows treats this network as a public network.</source>
        <translation>O Windows trata esta rede como uma rede pública.</translation>
    </message>
    <message>
        <source>If you are at a café, station or hotel, go home first. At home, you can set this network to Private.</source>
        <translation>Se você estiver em um café, estação ou hotel, vá para casa primeiro. Em casa, você pode definir esta rede como Privada.</translation>
    </message>
    <message>
        <source>Connected by cable.</source>
        <translation>Conectado por cabo.</translation>
    </message>
    <message>
        <source>Connected by Wi-Fi.</source>
        <translation>Conectado por Wi-Fi.</translation>
    </message>
    <message>
        <source>Connected by mobile data. A 30-minute video call uses a lot of data.</source>
        <translation>Conectado por dados móveis. Uma videochamada de 30 minutos usa muitos dados.</translation>
    </message>
    <message>
        <source>Connected through a VPN.</source>
        <translation>Conectado por uma VPN.</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Conectado.</translation>
    </message>
    <message>
        <source>%1 no longer gets security updates.</source>
        <translation>%1 não recebe mais atualizações de segurança.</translation>
    </message>
    <message>
        <source>Update to a newer version. Open the update settings to start.</source>
        <translation>Atualize para uma versão mais nova. Abra as configurações de atualização para começar.</translation>
    </message>
    <message>
        <source>%1 is a current version.</source>
        <translation>%1 é uma versão atual.</translation>
    </message>
    <message>
        <source>%1: its support dates are not known yet.</source>
        <translation>%1: as datas de suporte ainda não são conhecidas.</translation>
    </message>
    <message>
        <source>%1 probably no longer gets security updates.</source>
        <translation>%1 provavelmente não recebe mais atualizações de segurança.</translation>
    </message>
    <message>
        <source>%1 stopped getting security updates on %2.</source>
        <translation>%1 deixou de receber atualizações de segurança em %2.</translation>
    </message>
    <message>
        <source>%1 gets security updates only until %2.</source>
        <translation>%1 recebe atualizações de segurança só até %2.</translation>
    </message>
    <message>
        <source>Plan to update to a newer version before then.</source>
        <translation>Planeje atualizar para uma versão mais nova antes dessa data.</translation>
    </message>
    <message>
        <source>%1 is supported until %2.</source>
        <translation>%1 tem suporte até %2.</translation>
    </message>
    <message>
        <source>%1 is a server system, not a PC system.</source>
        <translation>%1 é um sistema para servidores, não para computadores pessoais.</translation>
    </message>
    <message>
        <source>Use a PC with Windows 11 or a Mac if you can.</source>
        <translation>Se puder, use um computador com Windows 11 ou um Mac.</translation>
    </message>
    <message>
        <source>Open Windows Update and install the updates.</source>
        <translation>Abra o Windows Update e instale as atualizações.</translation>
    </message>
    <message>
        <source>The last update was installed %1 days ago.</source>
        <translation>A última atualização foi instalada há %1 dias.</translation>
    </message>
    <message>
        <source>%1 has updates waiting to be installed.</source>
        <translation>%1 tem atualizações esperando para ser instaladas.</translation>
    </message>
    <message>
        <source>%1: this app cannot tell whether it still gets security updates.</source>
        <translation>%1: este aplicativo não consegue saber se ainda recebe atualizações de segurança.</translation>
    </message>
    <message>
        <source>Install your system&apos;s updates regularly.</source>
        <translation>Instale as atualizações do sistema regularmente.</translation>
    </message>
    <message>
        <source>No battery: the computer runs on mains power.</source>
        <translation>Sem bateria: o computador funciona ligado na tomada.</translation>
    </message>
    <message>
        <source>The power cable is connected.</source>
        <translation>O cabo de energia está conectado.</translation>
    </message>
    <message>
        <source>The battery is low (%1 %).</source>
        <translation>A bateria está fraca (%1 %).</translation>
    </message>
    <message>
        <source>Connect the power cable before the session.</source>
        <translation>Conecte o cabo de energia antes do atendimento.</translation>
    </message>
    <message>
        <source>Running on battery. Connecting the power cable for the session is safer.</source>
        <translation>Funcionando com bateria. É mais seguro conectar o cabo de energia durante o atendimento.</translation>
    </message>
    <message>
        <source>The processor is very busy (%1 %).</source>
        <translation>O processador está muito ocupado (%1 %).</translation>
    </message>
    <message>
        <source>Memory is nearly full (%1 %).</source>
        <translation>A memória está quase cheia (%1 %).</translation>
    </message>
    <message>
        <source>Close programs and browser tabs you do not need, then check again.</source>
        <translation>Feche os programas e as abas do navegador que você não está usando e verifique de novo.</translation>
    </message>
    <message>
        <source>The computer has enough free capacity.</source>
        <translation>O computador tem capacidade livre suficiente.</translation>
    </message>
    <message>
        <source>A file-sharing (P2P) program is running: %1.</source>
        <translation>Um programa de compartilhamento de arquivos (P2P) está aberto: %1.</translation>
    </message>
    <message>
        <source>Quit it and, if you can, uninstall it. Then check again.</source>
        <translation>Feche o programa e, se puder, desinstale. Depois verifique de novo.</translation>
    </message>
    <message>
        <source>A screen recording program is running: %1.</source>
        <translation>Um programa de gravação de tela está aberto: %1.</translation>
    </message>
    <message>
        <source>Recording the counselling is not allowed. Quit the program before the session.</source>
        <translation>Não é permitido gravar o atendimento. Feche o programa antes do atendimento.</translation>
    </message>
    <message>
        <source>No recording or file-sharing programs are running.</source>
        <translation>Nenhum programa de gravação ou de compartilhamento de arquivos está aberto.</translation>
    </message>
    <message>
        <source>The Zoom app is not installed.</source>
        <translation>O aplicativo Zoom não está instalado.</translation>
    </message>
    <message>
        <source>Install Zoom Workplace from zoom.us, then check again.</source>
        <translation>Instale o Zoom Workplace pelo site zoom.us e depois verifique de novo.</translation>
    </message>
    <message>
        <source>Zoom is installed, but its version could not be read.</source>
        <translation>O Zoom está instalado, mas não foi possível ler a versão.</translation>
    </message>
    <message>
        <source>Open Zoom once before the session so it can update itself.</source>
        <translation>Abra o Zoom uma vez antes do atendimento para ele se atualizar.</translation>
    </message>
    <message>
        <source>Zoom %1 is too old to join meetings (needs %2 or newer).</source>
        <translation>O Zoom %1 é antigo demais para entrar em reuniões (é preciso a versão %2 ou mais nova).</translation>
    </message>
    <message>
        <source>Open Zoom and choose Check for Updates, or install it again from zoom.us.</source>
        <translation>Abra o Zoom e escolha Verificar se há atualizações, ou instale de novo pelo site zoom.us.</translation>
    </message>
    <message>
        <source>Zoom %1 is installed.</source>
        <translation>O Zoom %1 está instalado.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Atenção</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>Device check, %1 (hwclient %2, %3)</source>
        <translation>Verificação do equipamento, %1 (hwclient %2, %3)</translation>
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
        <translation>Ninguém: vou estar sozinho(a) em um local privado.</translation>
    </message>
    <message>
        <source>a family member</source>
        <translation>um familiar</translation>
    </message>
    <message>
        <source>a support worker</source>
        <translation>um(a) assistente de apoio</translation>
    </message>
    <message>
        <source>an interpreter</source>
        <translation>um(a) intérprete</translation>
    </message>
    <message>
        <source>a carer</source>
        <translation>um(a) cuidador(a)</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>outra pessoa</translation>
    </message>
</context>
<context>
    <name>CompanionsEditor</name>
    <message>
        <source>Please be in a private room during the session. If someone will be with you, tick who it is, so the counsellor knows:</source>
        <translation>Durante o atendimento, fique em um local privado. Se alguém for estar com você, marque quem é, para o orientador saber:</translation>
    </message>
    <message>
        <source>A &amp;family member</source>
        <translation>Um &amp;familiar</translation>
    </message>
    <message>
        <source>A &amp;support worker</source>
        <translation>Um(a) &amp;assistente de apoio</translation>
    </message>
    <message>
        <source>An &amp;interpreter, for this language:</source>
        <translation>Um(a) &amp;intérprete, para este idioma:</translation>
    </message>
    <message>
        <source>A &amp;carer</source>
        <translation>Um(a) &amp;cuidador(a)</translation>
    </message>
    <message>
        <source>Someone &amp;else (please say who):</source>
        <translation>&amp;Outra pessoa (diga quem):</translation>
    </message>
    <message>
        <source>Language of the interpreter</source>
        <translation>Idioma do intérprete</translation>
    </message>
    <message>
        <source>Who else will be with you</source>
        <translation>Quem mais vai estar com você</translation>
    </message>
    <message>
        <source>For example: a friend</source>
        <translation>Por exemplo: um amigo</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <source>Starting now</source>
        <translation>Começando agora</translation>
    </message>
    <message>
        <source>Starts in {time}</source>
        <translation>Começa em {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dia</numerusform>
            <numerusform>%n dias</numerusform>
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
        <translation>{larger} e {smaller}</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>The demo is not included in this version of the app. Please use the server address from your Hello Work office instead.</source>
        <translation>A demonstração não faz parte desta versão do aplicativo. Use o endereço de servidor passado pela sua agência da Hello Work.</translation>
    </message>
</context>
<context>
    <name>DemoMailbox</name>
    <message>
        <source>Demo mailbox</source>
        <translation>Caixa de e-mails de demonstração</translation>
    </message>
    <message>
        <source>In the demo, mails are not really sent. They appear here instead. Select a mail to read it, and click its link to continue.</source>
        <translation>Na demonstração, os e-mails não são enviados de verdade. Eles aparecem aqui. Selecione um e-mail para ler e clique no link dele para continuar.</translation>
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
        <translation>Assunto</translation>
    </message>
    <message>
        <source>Mails, newest first</source>
        <translation>E-mails, os mais novos primeiro</translation>
    </message>
    <message>
        <source>Text of the selected mail</source>
        <translation>Texto do e-mail selecionado</translation>
    </message>
    <message>
        <source>No mails yet. Register an account to receive one.</source>
        <translation>Ainda não há e-mails. Crie uma conta para receber um.</translation>
    </message>
    <message>
        <source>This mail has no text.</source>
        <translation>Este e-mail não tem texto.</translation>
    </message>
    <message>
        <source>Completing your registration…</source>
        <translation>Concluindo seu cadastro…</translation>
    </message>
    <message>
        <source>Your registration is complete. You can sign in now.</source>
        <translation>Seu cadastro foi concluído. Agora você já pode entrar.</translation>
    </message>
</context>
<context>
    <name>DeviceCheckPage</name>
    <message>
        <source>Check my device</source>
        <translation>Verificar meu equipamento</translation>
    </message>
    <message>
        <source>Let&apos;s check that your PC is ready for a video session. You should see yourself, the bar should move when you speak, and you should hear the test sound.</source>
        <translation>Vamos verificar se o seu computador está pronto para um atendimento por vídeo. Você deve ver sua imagem, a barra deve se mexer quando você falar e você deve ouvir o som de teste.</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Microfone</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>Nível do microfone</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Alto-falantes</translation>
    </message>
    <message>
        <source>&amp;Play test sound</source>
        <translation>&amp;Tocar som de teste</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Verificar de novo</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <source>No microphone found. Connect a headset or a microphone.</source>
        <translation>Nenhum microfone encontrado. Conecte um headset ou um microfone.</translation>
    </message>
    <message>
        <source>We can hear you.</source>
        <translation>Estamos ouvindo você.</translation>
    </message>
    <message>
        <source>Say something: the bar should move.</source>
        <translation>Diga alguma coisa: a barra deve se mexer.</translation>
    </message>
    <message>
        <source>The microphone could not be started. Close other apps using it.</source>
        <translation>Não foi possível ligar o microfone. Feche outros aplicativos que estejam usando o microfone.</translation>
    </message>
    <message>
        <source>No speakers found. Connect speakers or headphones.</source>
        <translation>Nenhum alto-falante encontrado. Conecte alto-falantes ou fones de ouvido.</translation>
    </message>
    <message>
        <source>Did you hear a chime? If not, turn up the volume and play it again.</source>
        <translation>Você ouviu um sinal sonoro? Se não, aumente o volume e toque de novo.</translation>
    </message>
    <message>
        <source>Press the button: you should hear a short chime.</source>
        <translation>Clique no botão: você deve ouvir um sinal sonoro curto.</translation>
    </message>
    <message numerus="yes">
        <source>Checking your PC… %n of %1 done.</source>
        <translation>
            <numerusform>Verificando seu computador… %n de %1 concluída.</numerusform>
            <numerusform>Verificando seu computador… %n de %1 concluídas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The check is finished.</source>
        <translation>A verificação terminou.</translation>
    </message>
    <message>
        <source>Some things must be fixed before your session. See the steps below.</source>
        <translation>Algumas coisas precisam ser resolvidas antes do atendimento. Veja os passos abaixo.</translation>
    </message>
    <message>
        <source>Your PC can be used, but some things need attention.</source>
        <translation>Seu computador pode ser usado, mas algumas coisas precisam de atenção.</translation>
    </message>
    <message>
        <source>Your PC is ready for the session.</source>
        <translation>Seu computador está pronto para o atendimento.</translation>
    </message>
    <message>
        <source>The result was sent to your Hello Work office.</source>
        <translation>O resultado foi enviado para a sua agência da Hello Work.</translation>
    </message>
</context>
<context>
    <name>ForgotPage</name>
    <message>
        <source>Forgot your password?</source>
        <translation>Esqueceu sua senha?</translation>
    </message>
    <message>
        <source>For your safety, passwords are not reset by e-mail, and accounts are not issued again. Please phone your Hello Work office. They will check who you are and help you.</source>
        <translation>Para sua segurança, as senhas não são redefinidas por e-mail e as contas não são criadas de novo. Ligue para a sua agência da Hello Work. Lá vão confirmar quem você é e ajudar você.</translation>
    </message>
    <message>
        <source>When you call, say that you use the online counselling app and forgot your password. Have your Hello Work card (with your job-seeker number) ready.</source>
        <translation>Quando ligar, diga que usa o aplicativo de atendimento on-line e que esqueceu sua senha. Tenha em mãos seu cartão da Hello Work (com seu número de candidato a emprego).</translation>
    </message>
    <message>
        <source>Hello Work offices</source>
        <translation>Agências da Hello Work</translation>
    </message>
    <message>
        <source>&amp;Back to sign in</source>
        <translation>&amp;Voltar para entrar</translation>
    </message>
    <message>
        <source>The phone number of your office is on your Hello Work card and on the Hello Work website.</source>
        <translation>O telefone da sua agência está no seu cartão da Hello Work e no site da Hello Work.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Home</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>Your next session</source>
        <translation>Seu próximo atendimento</translation>
    </message>
    <message>
        <source>&amp;Join the session</source>
        <translation>&amp;Participar do atendimento</translation>
    </message>
    <message>
        <source>&amp;Book a session</source>
        <translation>&amp;Agendar um atendimento</translation>
    </message>
    <message>
        <source>&amp;My bookings</source>
        <translation>&amp;Meus agendamentos</translation>
    </message>
    <message>
        <source>You have no session booked.</source>
        <translation>Você não tem nenhum atendimento agendado.</translation>
    </message>
    <message>
        <source>&amp;Check my device</source>
        <translation>&amp;Verificar meu equipamento</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Tentar de novo</translation>
    </message>
    <message>
        <source>Hello, {name}.</source>
        <translation>Olá, {name}.</translation>
    </message>
    <message>
        <source>Office: {office}</source>
        <translation>Agência: {office}</translation>
    </message>
    <message>
        <source>Office: {office} (phone {phone})</source>
        <translation>Agência: {office} (telefone {phone})</translation>
    </message>
    <message>
        <source>With you: {who}</source>
        <translation>Com você: {who}</translation>
    </message>
    <message>
        <source>Please check your camera, microphone and PC before the session.</source>
        <translation>Verifique sua câmera, seu microfone e seu computador antes do atendimento.</translation>
    </message>
    <message>
        <source>Your last device check found problems. Please fix them and check again.</source>
        <translation>A última verificação do equipamento encontrou problemas. Resolva esses problemas e verifique de novo.</translation>
    </message>
    <message>
        <source>Joining is open now. Press Join the session.</source>
        <translation>Já é possível participar. Clique em Participar do atendimento.</translation>
    </message>
    <message>
        <source>You can join from {time} (10 minutes before the start).</source>
        <translation>Você pode participar a partir das {time} (10 minutos antes do início).</translation>
    </message>
    <message>
        <source>The time to join has passed. If you could not join, please phone the office: {phone}</source>
        <translation>O horário para participar já passou. Se você não conseguiu participar, ligue para a agência: {phone}</translation>
    </message>
</context>
<context>
    <name>JobSeekerNumber</name>
    <message>
        <source>Please enter your job-seeker number. It is on your Hello Work card.</source>
        <translation>Digite seu número de candidato a emprego. Ele está no seu cartão da Hello Work.</translation>
    </message>
    <message>
        <source>Please use only numbers and one hyphen, like {example}.</source>
        <translation>Use só algarismos e um hífen, como {example}.</translation>
    </message>
    <message>
        <source>Please use only one hyphen, after the first 5 numbers, like {example}.</source>
        <translation>Use só um hífen, depois dos 5 primeiros algarismos, como {example}.</translation>
    </message>
    <message>
        <source>The part before the hyphen has 5 numbers, like {example}.</source>
        <translation>A parte antes do hífen tem 5 algarismos, como {example}.</translation>
    </message>
    <message>
        <source>The part after the hyphen has 1 to 8 numbers, like {example}.</source>
        <translation>A parte depois do hífen tem de 1 a 8 algarismos, como {example}.</translation>
    </message>
</context>
<context>
    <name>JoinPage</name>
    <message>
        <source>Join the session</source>
        <translation>Participar do atendimento</translation>
    </message>
    <message>
        <source>Before you join, please confirm each point:</source>
        <translation>Antes de participar, confirme cada ponto:</translation>
    </message>
    <message>
        <source>I am in a private room, or everyone with me was declared in the booking.</source>
        <translation>Estou em um local privado, ou todas as pessoas comigo foram informadas no agendamento.</translation>
    </message>
    <message>
        <source>I will not record the session (no screen or sound recording).</source>
        <translation>Não vou gravar o atendimento (nem a tela, nem o som).</translation>
    </message>
    <message>
        <source>&amp;Open Zoom and join</source>
        <translation>&amp;Abrir o Zoom e participar</translation>
    </message>
    <message>
        <source>My name in Zoom will be my registered name: {name}. The counsellor checks it with my job-seeker number.</source>
        <translation>Meu nome no Zoom será o meu nome cadastrado: {name}. O orientador confere o nome com o meu número de candidato a emprego.</translation>
    </message>
    <message>
        <source>{when} with {office}</source>
        <translation>{when} com {office}</translation>
    </message>
    <message>
        <source>Declared in your booking: {who}</source>
        <translation>Informado no seu agendamento: {who}</translation>
    </message>
    <message>
        <source>Zoom could not be opened. Please install Zoom or try another browser.</source>
        <translation>Não foi possível abrir o Zoom. Instale o Zoom ou tente outro navegador.</translation>
    </message>
    <message>
        <source>Zoom is opening. If nothing happens, open the meeting in your browser.</source>
        <translation>O Zoom está abrindo. Se nada acontecer, abra a reunião no seu navegador.</translation>
    </message>
    <message>
        <source>The meeting is opening in your browser.</source>
        <translation>A reunião está abrindo no seu navegador.</translation>
    </message>
    <message>
        <source>Open in &amp;browser</source>
        <translation>Abrir no &amp;navegador</translation>
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
        <translation>Escolha o idioma deste aplicativo. Você pode mudar depois nas Configurações.</translation>
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
        <translation>Atendimento on-line da Hello Work</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Voltar</translation>
    </message>
    <message>
        <source>Back to the previous step</source>
        <translation>Voltar ao passo anterior</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Passos</translation>
    </message>
    <message>
        <source>&amp;App</source>
        <translation>&amp;Aplicativo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostic info for the help desk</source>
        <translation>&amp;Copiar informações de diagnóstico para o suporte</translation>
    </message>
    <message>
        <source>&amp;About this app</source>
        <translation>&amp;Sobre este aplicativo</translation>
    </message>
    <message>
        <source>Demo &amp;mailbox</source>
        <translation>Caixa de e-mails de de&amp;monstração</translation>
    </message>
    <message>
        <source>Demo mode: nothing here is real. Sign in with {email} and the password {password}.</source>
        <translation>Modo de demonstração: nada aqui é real. Entre com {email} e a senha {password}.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Check my device</source>
        <translation>Verificar meu equipamento</translation>
    </message>
    <message>
        <source>Terms of use</source>
        <translation>Termos de uso</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>Book a session</source>
        <translation>Agendar um atendimento</translation>
    </message>
    <message>
        <source>My bookings</source>
        <translation>Meus agendamentos</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>Minha conta</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Could not reach the Hello Work service. Check your internet connection, then press Try again. You can check your device meanwhile.</source>
        <translation>Não foi possível acessar o serviço da Hello Work. Verifique sua conexão com a internet e clique em Tentar de novo. Enquanto isso, você pode verificar seu equipamento.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Tentar de novo</translation>
    </message>
    <message>
        <source>You were signed out. Please sign in again to continue where you were.</source>
        <translation>Você foi desconectado da sua conta. Entre de novo para continuar de onde parou.</translation>
    </message>
    <message>
        <source>Diagnostic info copied. You can paste it into a mail to the help desk.</source>
        <translation>Informações de diagnóstico copiadas. Você pode colar em um e-mail para o suporte.</translation>
    </message>
    <message>
        <source>About this app</source>
        <translation>Sobre este aplicativo</translation>
    </message>
    <message>
        <source>Hello Work online counselling, version {version}</source>
        <translation>Atendimento on-line da Hello Work, versão {version}</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo deu errado</translation>
    </message>
    <message>
        <source>Something went wrong in the app. Please try again. If it happens again, copy the diagnostic info and send it to the help desk.</source>
        <translation>Algo deu errado no aplicativo. Tente de novo. Se acontecer de novo, copie as informações de diagnóstico e envie para o suporte.</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostic info</source>
        <translation>&amp;Copiar informações de diagnóstico</translation>
    </message>
</context>
<context>
    <name>Meeting</name>
    <message>
        <source>The meeting link from the service does not look like a Zoom link, so the app did not open it. Please phone your Hello Work office.</source>
        <translation>O link da reunião enviado pelo serviço não parece ser um link do Zoom, por isso o aplicativo não abriu. Ligue para a sua agência da Hello Work.</translation>
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
        <translation>Ligue para a sua agência da Hello Work: {phone}.</translation>
    </message>
    <message>
        <source>Please phone your Hello Work office.</source>
        <translation>Ligue para a sua agência da Hello Work.</translation>
    </message>
    <message>
        <source>Some information is missing or not in the right form.</source>
        <translation>Algumas informações estão faltando ou não estão no formato certo.</translation>
    </message>
    <message>
        <source>Please check the marked fields and try again.</source>
        <translation>Confira os campos marcados e tente de novo.</translation>
    </message>
    <message>
        <source>This password is too easy to guess.</source>
        <translation>Esta senha é fácil demais de adivinhar.</translation>
    </message>
    <message>
        <source>Please choose a password of at least 10 characters that is not your e-mail address and not a common word.</source>
        <translation>Escolha uma senha com pelo menos 10 caracteres, diferente do seu e-mail e que não seja uma palavra comum.</translation>
    </message>
    <message>
        <source>Please choose a harder password.</source>
        <translation>Escolha uma senha mais difícil.</translation>
    </message>
    <message>
        <source>This link does not work any more. It may be older than 24 hours or used already.</source>
        <translation>Este link não funciona mais. Ele pode ter mais de 24 horas ou já ter sido usado.</translation>
    </message>
    <message>
        <source>Please register again to get a new link, or sign in if you already finished.</source>
        <translation>Cadastre-se de novo para receber um novo link, ou entre na sua conta se você já terminou.</translation>
    </message>
    <message>
        <source>The e-mail address or the password is not right.</source>
        <translation>O e-mail ou a senha não está correto.</translation>
    </message>
    <message>
        <source>Please check both and try again. Capital letters count.</source>
        <translation>Confira os dois e tente de novo. Letras maiúsculas e minúsculas fazem diferença.</translation>
    </message>
    <message>
        <source>Please check your password.</source>
        <translation>Confira sua senha.</translation>
    </message>
    <message>
        <source>Your registration is not finished yet.</source>
        <translation>Seu cadastro ainda não foi concluído.</translation>
    </message>
    <message>
        <source>Please open the link in the e-mail we sent you. We can send the e-mail again.</source>
        <translation>Abra o link do e-mail que enviamos para você. Podemos enviar o e-mail de novo.</translation>
    </message>
    <message>
        <source>Sign-in is paused after several wrong passwords, to protect your account.</source>
        <translation>A entrada na conta foi pausada depois de várias senhas erradas, para proteger sua conta.</translation>
    </message>
    <message numerus="yes">
        <source>Please try again in %n minute(s). If you forgot your password, phone your office.</source>
        <translation>
            <numerusform>Tente de novo daqui a %n minuto. Se você esqueceu sua senha, ligue para a sua agência.</numerusform>
            <numerusform>Tente de novo daqui a %n minutos. Se você esqueceu sua senha, ligue para a sua agência.</numerusform>
        </translation>
    </message>
    <message>
        <source>You have been signed out.</source>
        <translation>Você foi desconectado da sua conta.</translation>
    </message>
    <message>
        <source>Please sign in again. Nothing you typed is lost.</source>
        <translation>Entre de novo. Nada do que você digitou foi perdido.</translation>
    </message>
    <message>
        <source>The terms of use changed while you were reading them.</source>
        <translation>Os termos de uso mudaram enquanto você estava lendo.</translation>
    </message>
    <message>
        <source>Please read the new version and agree again.</source>
        <translation>Leia a nova versão e aceite de novo.</translation>
    </message>
    <message>
        <source>Before booking, please agree to the current terms of use.</source>
        <translation>Antes de agendar, aceite os termos de uso atuais.</translation>
    </message>
    <message>
        <source>We will show you the terms, then bring you back here.</source>
        <translation>Vamos mostrar os termos e depois trazer você de volta para cá.</translation>
    </message>
    <message>
        <source>This version of the app is too old to use the service.</source>
        <translation>Esta versão do aplicativo é antiga demais para usar o serviço.</translation>
    </message>
    <message>
        <source>Please install the new version. Your bookings are kept.</source>
        <translation>Instale a nova versão. Seus agendamentos serão mantidos.</translation>
    </message>
    <message>
        <source>We could not find this any more. It may have been removed.</source>
        <translation>Não encontramos mais isto. Talvez tenha sido removido.</translation>
    </message>
    <message>
        <source>Please go back and try again.</source>
        <translation>Volte e tente de novo.</translation>
    </message>
    <message>
        <source>Someone just booked this time. Please choose another time.</source>
        <translation>Alguém acabou de agendar este horário. Escolha outro horário.</translation>
    </message>
    <message>
        <source>Other free times are shown below.</source>
        <translation>Outros horários livres aparecem abaixo.</translation>
    </message>
    <message>
        <source>You already have a session on {date}. Only one session a day is possible.</source>
        <translation>Você já tem um atendimento em {date}. Só é possível um atendimento por dia.</translation>
    </message>
    <message>
        <source>You already have a session on that day. Only one session a day is possible.</source>
        <translation>Você já tem um atendimento nesse dia. Só é possível um atendimento por dia.</translation>
    </message>
    <message>
        <source>Please choose another day.</source>
        <translation>Escolha outro dia.</translation>
    </message>
    <message>
        <source>Booking is paused until {date} because sessions were missed.</source>
        <translation>O agendamento está suspenso até {date} porque houve faltas em atendimentos.</translation>
    </message>
    <message>
        <source>Booking is paused for your account because sessions were missed.</source>
        <translation>O agendamento está suspenso na sua conta porque houve faltas em atendimentos.</translation>
    </message>
    <message>
        <source>Your office has paused online sessions for your account, often because residence status details need checking.</source>
        <translation>Sua agência colocou uma pausa nos atendimentos on-line da sua conta, geralmente porque é preciso conferir os dados do seu status de residência (在留資格).</translation>
    </message>
    <message>
        <source>The session has already started, so it cannot be cancelled in the app.</source>
        <translation>O atendimento já começou e não pode mais ser cancelado no aplicativo.</translation>
    </message>
    <message>
        <source>This booking is no longer active. It may have been cancelled.</source>
        <translation>Este agendamento não está mais ativo. Talvez tenha sido cancelado.</translation>
    </message>
    <message>
        <source>Please look at My bookings for its current state.</source>
        <translation>Veja a situação atual em Meus agendamentos.</translation>
    </message>
    <message>
        <source>Your booking request changed while it was being sent.</source>
        <translation>Seu pedido de agendamento mudou enquanto estava sendo enviado.</translation>
    </message>
    <message>
        <source>Please check My bookings, then try again.</source>
        <translation>Confira Meus agendamentos e tente de novo.</translation>
    </message>
    <message>
        <source>You can join from {time} on {date} (10 minutes before the start).</source>
        <translation>Você pode participar a partir das {time} do dia {date} (10 minutos antes do início).</translation>
    </message>
    <message>
        <source>You can join from 10 minutes before the start until 10 minutes after it.</source>
        <translation>Você pode participar de 10 minutos antes do início até 10 minutos depois.</translation>
    </message>
    <message>
        <source>Please come back then.</source>
        <translation>Volte nesse horário.</translation>
    </message>
    <message>
        <source>What you sent is too long for the service.</source>
        <translation>O que você enviou é longo demais para o serviço.</translation>
    </message>
    <message>
        <source>Please make the note or text shorter and try again.</source>
        <translation>Deixe a observação ou o texto mais curto e tente de novo.</translation>
    </message>
    <message>
        <source>Something changed on the service while you were working.</source>
        <translation>Algo mudou no serviço enquanto você estava usando o aplicativo.</translation>
    </message>
    <message>
        <source>Please go back, look again, and try once more.</source>
        <translation>Volte, confira de novo e tente mais uma vez.</translation>
    </message>
    <message>
        <source>The app and the service do not understand each other.</source>
        <translation>O aplicativo e o serviço não estão se entendendo.</translation>
    </message>
    <message>
        <source>Please install the newest version of the app.</source>
        <translation>Instale a versão mais nova do aplicativo.</translation>
    </message>
    <message>
        <source>We could not reach the service.</source>
        <translation>Não conseguimos acessar o serviço.</translation>
    </message>
    <message>
        <source>Please check your internet connection and try again. Nothing you typed is lost.</source>
        <translation>Verifique sua conexão com a internet e tente de novo. Nada do que você digitou foi perdido.</translation>
    </message>
    <message>
        <source>The service has a problem right now.</source>
        <translation>O serviço está com um problema agora.</translation>
    </message>
    <message>
        <source>Please try again in a few minutes. Nothing you typed is lost.</source>
        <translation>Tente de novo daqui a alguns minutos. Nada do que você digitou foi perdido.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Algo deu errado.</translation>
    </message>
    <message>
        <source>Please try again. If it happens again, phone your Hello Work office.</source>
        <translation>Tente de novo. Se acontecer de novo, ligue para a sua agência da Hello Work.</translation>
    </message>
    <message>
        <source>Please enter an e-mail address like name@example.jp.</source>
        <translation>Digite um endereço de e-mail como nome@example.jp.</translation>
    </message>
    <message>
        <source>Please choose a password of at least 10 characters.</source>
        <translation>Escolha uma senha com pelo menos 10 caracteres.</translation>
    </message>
    <message>
        <source>Please enter your name.</source>
        <translation>Digite seu nome.</translation>
    </message>
    <message>
        <source>Please enter your name in kana, or leave it empty.</source>
        <translation>Digite seu nome em kana ou deixe em branco.</translation>
    </message>
    <message>
        <source>Please enter a phone number with digits only, or leave it empty.</source>
        <translation>Digite um número de telefone só com algarismos ou deixe em branco.</translation>
    </message>
    <message>
        <source>Please enter the number as 5 digits, a hyphen, then up to 8 digits.</source>
        <translation>Digite o número assim: 5 algarismos, um hífen e depois até 8 algarismos.</translation>
    </message>
    <message>
        <source>Please make the note shorter (500 characters at most).</source>
        <translation>Deixe a observação mais curta (no máximo 500 caracteres).</translation>
    </message>
    <message>
        <source>Please enter your current password.</source>
        <translation>Digite sua senha atual.</translation>
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
        <translation>Ocultar a senha</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>Mostrar a senha</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Please use at least 10 characters.</source>
        <translation>Use pelo menos 10 caracteres.</translation>
    </message>
    <message>
        <source>Please do not use your e-mail address as the password.</source>
        <translation>Não use seu e-mail como senha.</translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation>Criar uma conta</translation>
    </message>
    <message>
        <source>Fill in your details. Fields marked (optional) can be left empty. We will send you an e-mail with a link to finish the registration.</source>
        <translation>Preencha seus dados. Os campos marcados com (opcional) podem ficar em branco. Vamos enviar um e-mail com um link para você concluir o cadastro.</translation>
    </message>
    <message>
        <source>&amp;Name (as registered at Hello Work)</source>
        <translation>&amp;Nome (como está registrado na Hello Work)</translation>
    </message>
    <message>
        <source>Name in &amp;kana (optional)</source>
        <translation>Nome em &amp;kana (opcional)</translation>
    </message>
    <message>
        <source>Example: ハロー タロウ</source>
        <translation>Exemplo: ハロー タロウ</translation>
    </message>
    <message>
        <source>&amp;E-mail address</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>Example: name@example.jp</source>
        <translation>Exemplo: nome@example.jp</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Senha</translation>
    </message>
    <message>
        <source>At least 10 characters, not your e-mail address, not a common word. Tip: three or four words you can remember, like &apos;blue tea morning walk&apos;.</source>
        <translation>Pelo menos 10 caracteres, diferente do seu e-mail e que não seja uma palavra comum. Dica: três ou quatro palavras fáceis de lembrar, como &apos;café azul manhã passeio&apos;.</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>Senha &amp;outra vez</translation>
    </message>
    <message>
        <source>Type the same password again.</source>
        <translation>Digite a mesma senha de novo.</translation>
    </message>
    <message>
        <source>&amp;Job-seeker number (optional)</source>
        <translation>Número de &amp;candidato a emprego (opcional)</translation>
    </message>
    <message>
        <source>It is on your Hello Work card (求職番号): 5 digits, a hyphen, then up to 8 digits, for example 12345-12345678. Full-width digits are fine.</source>
        <translation>Está no seu cartão da Hello Work (求職番号): 5 algarismos, um hífen e depois até 8 algarismos, por exemplo 12345-12345678. Pode usar algarismos de largura inteira.</translation>
    </message>
    <message>
        <source>P&amp;hone number (optional)</source>
        <translation>&amp;Telefone (opcional)</translation>
    </message>
    <message>
        <source>Example: 090-1234-5678</source>
        <translation>Exemplo: 090-1234-5678</translation>
    </message>
    <message>
        <source>A&amp;ddress (optional)</source>
        <translation>En&amp;dereço (opcional)</translation>
    </message>
    <message>
        <source>Create my &amp;account</source>
        <translation>Criar &amp;minha conta</translation>
    </message>
    <message>
        <source>I already have an account: &amp;sign in</source>
        <translation>Já tenho uma conta: ent&amp;rar</translation>
    </message>
    <message>
        <source>Please enter your name.</source>
        <translation>Digite seu nome.</translation>
    </message>
    <message>
        <source>Please enter an e-mail address like name@example.jp.</source>
        <translation>Digite um endereço de e-mail como nome@example.jp.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>As duas senhas não são iguais.</translation>
    </message>
</context>
<context>
    <name>ReminderNotifier</name>
    <message>
        <source>Your counselling session is tomorrow</source>
        <translation>Seu atendimento é amanhã</translation>
    </message>
    <message>
        <source>{when}, {office}. Please check your device before the session.</source>
        <translation>{when}, {office}. Verifique seu equipamento antes do atendimento.</translation>
    </message>
    <message>
        <source>Check my device now</source>
        <translation>Verificar meu equipamento agora</translation>
    </message>
    <message>
        <source>Your session starts in 30 minutes</source>
        <translation>Seu atendimento começa em 30 minutos</translation>
    </message>
    <message>
        <source>{when}, {office}. Check your camera and microphone now.</source>
        <translation>{when}, {office}. Verifique agora sua câmera e seu microfone.</translation>
    </message>
    <message>
        <source>You can join your session now</source>
        <translation>Você já pode participar do seu atendimento</translation>
    </message>
    <message>
        <source>{when}, {office}. Open the app and press Join.</source>
        <translation>{when}, {office}. Abra o aplicativo e clique em Participar.</translation>
    </message>
    <message>
        <source>Go to Join</source>
        <translation>Ir para Participar</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Your settings could not be saved. Check that the disk is not full, then try again.</source>
        <translation>Não foi possível salvar suas configurações. Confira se o disco não está cheio e tente de novo.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Lembretes</translation>
    </message>
    <message>
        <source>Remind me the &amp;day before my session</source>
        <translation>Lembrar no &amp;dia anterior ao atendimento</translation>
    </message>
    <message>
        <source>Remind me &amp;30 minutes before, to check my device</source>
        <translation>Lembrar &amp;30 minutos antes, para verificar meu equipamento</translation>
    </message>
    <message>
        <source>Tell me when I can &amp;join</source>
        <translation>Avisar quando eu puder &amp;participar</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when the window is closed (for reminders)</source>
        <translation>Continuar aberto na &amp;bandeja quando a janela for fechada (para os lembretes)</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>Endereço do &amp;servidor:</translation>
    </message>
    <message>
        <source>Use this &amp;address</source>
        <translation>Usar este &amp;endereço</translation>
    </message>
    <message>
        <source>Change the server address only if your Hello Work office asks you to.</source>
        <translation>Só mude o endereço do servidor se a sua agência da Hello Work pedir.</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostic info for the help desk</source>
        <translation>&amp;Copiar informações de diagnóstico para o suporte</translation>
    </message>
    <message>
        <source>Right now the app is using {url}.</source>
        <translation>No momento, o aplicativo está usando {url}.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvo.</translation>
    </message>
    <message>
        <source>This does not look like a web address. Please check it and try again.</source>
        <translation>Isto não parece um endereço da web. Confira e tente de novo.</translation>
    </message>
    <message>
        <source>Saved. The app will use this address the next time it starts.</source>
        <translation>Salvo. O aplicativo vai usar este endereço na próxima vez que for aberto.</translation>
    </message>
    <message>
        <source>Diagnostic info copied. You can paste it into a mail to the help desk.</source>
        <translation>Informações de diagnóstico copiadas. Você pode colar em um e-mail para o suporte.</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>Sign in with the e-mail address and password you registered with.</source>
        <translation>Entre com o e-mail e a senha que você usou no cadastro.</translation>
    </message>
    <message>
        <source>Demo: the demo account {email} is already filled in.</source>
        <translation>Demonstração: a conta de demonstração {email} já está preenchida.</translation>
    </message>
    <message>
        <source>&amp;E-mail address</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Senha</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>E&amp;ntrar</translation>
    </message>
    <message>
        <source>&amp;Create an account</source>
        <translation>&amp;Criar uma conta</translation>
    </message>
    <message>
        <source>&amp;Forgot your password?</source>
        <translation>Es&amp;queceu sua senha?</translation>
    </message>
    <message>
        <source>Your account and your personal data are deleted. Thank you for using the service.</source>
        <translation>Sua conta e seus dados pessoais foram excluídos. Obrigado por usar o serviço.</translation>
    </message>
    <message>
        <source>Please enter your e-mail address.</source>
        <translation>Digite seu e-mail.</translation>
    </message>
    <message>
        <source>Please enter your password.</source>
        <translation>Digite sua senha.</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>O que fazer agora</translation>
    </message>
</context>
<context>
    <name>SlotCalendar</name>
    <message>
        <source>Calendar: days in bold have free times</source>
        <translation>Agenda: os dias em negrito têm horários livres</translation>
    </message>
    <message>
        <source>Free times on the chosen day</source>
        <translation>Horários livres no dia escolhido</translation>
    </message>
    <message numerus="yes">
        <source>%n free time(s)</source>
        <translation>
            <numerusform>%n horário livre</numerusform>
            <numerusform>%n horários livres</numerusform>
        </translation>
    </message>
    <message>
        <source>You already have a session on this day. Only one session a day is possible.</source>
        <translation>Você já tem um atendimento neste dia. Só é possível um atendimento por dia.</translation>
    </message>
    <message>
        <source>Choose a time:</source>
        <translation>Escolha um horário:</translation>
    </message>
    <message>
        <source>Looking for free times…</source>
        <translation>Procurando horários livres…</translation>
    </message>
    <message>
        <source>No free times on this day. Days in bold have free times.</source>
        <translation>Não há horários livres neste dia. Os dias em negrito têm horários livres.</translation>
    </message>
    <message>
        <source>{start} – {end}   ({places})</source>
        <translation>{start} – {end}   ({places})</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) left</source>
        <translation>
            <numerusform>%n vaga restante</numerusform>
            <numerusform>%n vagas restantes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusRow</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Precisa de atenção</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Could not check</source>
        <translation>Não foi possível verificar</translation>
    </message>
    <message>
        <source>What to do: {remedy}</source>
        <translation>O que fazer: {remedy}</translation>
    </message>
    <message>
        <source>Open the &amp;setting</source>
        <translation>Abrir a &amp;configuração</translation>
    </message>
    <message>
        <source>More &amp;information</source>
        <translation>Mais &amp;informações</translation>
    </message>
</context>
<context>
    <name>TermsPage</name>
    <message>
        <source>Terms of use</source>
        <translation>Termos de uso</translation>
    </message>
    <message>
        <source>I have read the terms of use and I &amp;agree to them.</source>
        <translation>Li os termos de uso e &amp;aceito.</translation>
    </message>
    <message>
        <source>The sessions take place in Zoom. Please also read Zoom&apos;s &lt;a href=&quot;{terms}&quot;&gt;terms of service&lt;/a&gt; and &lt;a href=&quot;{privacy}&quot;&gt;privacy statement&lt;/a&gt;.</source>
        <translation>Os atendimentos acontecem no Zoom. Leia também os &lt;a href=&quot;{terms}&quot;&gt;termos de serviço&lt;/a&gt; e a &lt;a href=&quot;{privacy}&quot;&gt;declaração de privacidade&lt;/a&gt; do Zoom.</translation>
    </message>
    <message>
        <source>I accept &amp;Zoom&apos;s terms of service and privacy statement.</source>
        <translation>Aceito os termos de serviço e a declaração de privacidade do &amp;Zoom.</translation>
    </message>
    <message>
        <source>Agree and &amp;continue</source>
        <translation>Aceitar e &amp;continuar</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Tentar de novo</translation>
    </message>
    <message>
        <source>Terms of use text</source>
        <translation>Texto dos termos de uso</translation>
    </message>
    <message>
        <source>Loading the terms of use…</source>
        <translation>Carregando os termos de uso…</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;Version {version}, in effect from {date}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;Versão {version}, em vigor desde {date}</translation>
    </message>
    <message>
        <source>The terms of use have changed since you last agreed. Please read them and agree again.</source>
        <translation>Os termos de uso mudaram desde a última vez que você aceitou. Leia e aceite de novo.</translation>
    </message>
    <message>
        <source>What changed: {summary}</source>
        <translation>O que mudou: {summary}</translation>
    </message>
    <message>
        <source>✓ You have read to the end.</source>
        <translation>✓ Você leu até o fim.</translation>
    </message>
    <message>
        <source>Please read the terms to the end (scroll down).</source>
        <translation>Leia os termos até o fim (role a página para baixo).</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Hello Work online counselling</source>
        <translation>Atendimento on-line da Hello Work</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Check my device</source>
        <translation>&amp;Verificar meu equipamento</translation>
    </message>
    <message>
        <source>My &amp;bookings</source>
        <translation>Meus a&amp;gendamentos</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Fechar</translation>
    </message>
</context>
<context>
    <name>UpdatePrompt</name>
    <message>
        <source>A new version of this app ({version}) is available.</source>
        <translation>Há uma nova versão deste aplicativo ({version}).</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Baixar</translation>
    </message>
    <message>
        <source>Please update the app</source>
        <translation>Atualize o aplicativo</translation>
    </message>
    <message>
        <source>This version of the app is too old to use the service. Please download and install the new version. Your bookings are kept.</source>
        <translation>Esta versão do aplicativo é antiga demais para usar o serviço. Baixe e instale a nova versão. Seus agendamentos serão mantidos.</translation>
    </message>
    <message>
        <source>&amp;Download the new version</source>
        <translation>&amp;Baixar a nova versão</translation>
    </message>
</context>
<context>
    <name>VerifySentPage</name>
    <message>
        <source>Check your e-mail</source>
        <translation>Confira seu e-mail</translation>
    </message>
    <message>
        <source>One more step: open the link in your e-mail</source>
        <translation>Só falta um passo: abra o link do seu e-mail</translation>
    </message>
    <message>
        <source>We sent an e-mail to {email}.</source>
        <translation>Enviamos um e-mail para {email}.</translation>
    </message>
    <message>
        <source>Open the link in it to finish your registration.</source>
        <translation>Abra o link do e-mail para concluir seu cadastro.</translation>
    </message>
    <message>
        <source>We sent you an e-mail. Open the link in it to finish your registration.</source>
        <translation>Enviamos um e-mail para você. Abra o link do e-mail para concluir seu cadastro.</translation>
    </message>
    <message>
        <source>• The link works for 24 hours.
• No e-mail after a few minutes? Look in the spam or junk folder.
• After opening the link, come back here and sign in.</source>
        <translation>• O link funciona por 24 horas.
• O e-mail não chegou depois de alguns minutos? Veja na pasta de spam ou lixo eletrônico.
• Depois de abrir o link, volte aqui e entre na sua conta.</translation>
    </message>
    <message>
        <source>Send the e-mail &amp;again</source>
        <translation>Enviar o e-mail &amp;de novo</translation>
    </message>
    <message>
        <source>&amp;Register again</source>
        <translation>&amp;Cadastrar-se de novo</translation>
    </message>
    <message>
        <source>I opened the link: &amp;sign in</source>
        <translation>Abri o link: &amp;entrar</translation>
    </message>
    <message>
        <source>We sent the e-mail again at {time}. Please look for the newest one.</source>
        <translation>Enviamos o e-mail de novo às {time}. Procure o mais recente.</translation>
    </message>
</context>
</TS>
