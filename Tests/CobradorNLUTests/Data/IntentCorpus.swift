/// The intent corpus: one `intent<TAB>message` per line; paraphrases written for these tests
/// (not copied from the shared dev set), typos on purpose. Kept as Swift so SwiftPM needs no resources.
enum IntentCorpus {
    static let table = #"""
        # intent<TAB>message — paraphrases written for these tests (not the shared dev set); typos on purpose.
        who_owes	quien me deve
        who_owes	quién me debe pasta todavía
        who_owes	¿Quiénes me deben plata?
        who_owes	cuanto me deben mis clientes
        who_owes	dame la lista de morosos que me deben
        who_owes	¿cuánto dinero tengo pendiente de cobrar?
        who_owes	quien no me ha pagado aun
        who_owes	que me adeudan en total
        who_owes	¿hay clientes que me deban dinero?
        who_owes	deudores por favor
        who_owes	QUIEN ME DEBE???
        who_owes	quienn me debee
        who_owes	who owes me
        who_owes	whos owing me money
        who_owes	how much am i still owed in total?
        who_owes	which clients haven't paid me?
        who_owes	list everyone who owes me
        who_owes	show me my outstanding receivables
        who_owes	what's my total outstanding?
        who_owes	who ows me money
        list_overdue	¿qué facturas tengo vencidas?
        list_overdue	enséñame lo vencido
        list_overdue	facturas impagadas
        list_overdue	lista de facturas atrasadas
        list_overdue	¿hay alguna factura vencida?
        list_overdue	facturas vencidas hace más de 60 días
        list_overdue	facturas con más de 90 días de retraso
        list_overdue	facturas vencidas de Acme
        list_overdue	¿que facturas estan vencidas hace mas de dos meses?
        list_overdue	facturas bencidas
        list_overdue	overdue invoices please
        list_overdue	show overdue bills
        list_overdue	any invoices past due?
        list_overdue	invoices more than 45 days overdue
        list_overdue	which invoices are overdue by more than 30 days?
        list_overdue	list the late invoices
        list_overdue	overdue invoices for Globex
        list_overdue	show me ovedue invoices
        client_status	¿cuánto me debe Globex?
        client_status	¿qué tal va Hooli con los pagos?
        client_status	situación de Initech
        client_status	dime el estado de Umbrella
        client_status	¿cómo está lo de Pied Piper?
        client_status	historial de Soylent
        client_status	saldo de Acme
        client_status	¿Hooli me debe algo?
        client_status	ficha del estudio Núñez
        client_status	¿qué facturas tiene pendientes Globex?
        client_status	How much does Initech owe me?
        client_status	what's Globex's balance?
        client_status	show me the history for Umbrella
        client_status	status for pied piper
        client_status	where are we with Hooli?
        client_status	Soylent account status
        client_status	has Umbrella paid anything?
        client_status	Acme todavía no me ha pagado
        client_status	Globex still hasn't paid
        draft_reminder	recuérdale a Hooli que tiene una factura pendiente
        draft_reminder	escríbele un recordatorio a Umbrella
        draft_reminder	mándale un email de cobro a Soylent
        draft_reminder	redáctame un recordatorio firme para Globex
        draft_reminder	prepara un correo amable para recordar a Initech el pago
        draft_reminder	reclámale a Pied Piper la factura F-2026-075
        draft_reminder	quiero mandar un recordatorio a Acme por la F-2026-101
        draft_reminder	recordatorio de pago para Umbrella
        draft_reminder	escribe un recordatroio a Globex
        draft_reminder	envía un aviso de cobro a Hooli
        draft_reminder	remind Globex about the invoice
        draft_reminder	send Hooli a payment reminder
        draft_reminder	write a polite reminder to Soylent
        draft_reminder	compose a firm follow-up to Initech about INV-5521
        draft_reminder	chase Umbrella for the money
        draft_reminder	draft an email to Pied Piper asking for payment
        draft_reminder	I need to remind Acme to pay
        draft_reminder	prepare a reminder for Globex
        next_step	¿qué hago ahora con Globex?
        next_step	¿cuál es el próximo paso con Hooli?
        next_step	¿debería llamar a Umbrella?
        next_step	¿tengo que escalar lo de Soylent?
        next_step	¿qué me recomiendas hacer con Initech?
        next_step	¿llamo a Pied Piper o les escribo otra vez?
        next_step	¿es hora de ir al abogado con Soylent?
        next_step	¿cómo sigo con Acme?
        next_step	que ago con umbrela
        next_step	what's my next move with Hooli?
        next_step	should I phone Globex?
        next_step	what do you suggest I do about Initech?
        next_step	should I escalate Soylent to a lawyer?
        next_step	how should I proceed with Pied Piper?
        next_step	what should i do with acme
        agenda	¿qué tengo pendiente para hoy?
        agenda	¿a quién llamo hoy?
        agenda	mi agenda de hoy
        agenda	tareas de cobro de hoy
        agenda	¿qué seguimientos tocan hoy?
        agenda	¿qué hay que hacer mañana?
        agenda	what's on my agenda today?
        agenda	what do I need to do today?
        agenda	who do I have to call today?
        agenda	today's follow-ups
        agenda	my collections tasks for today
        record_payment	Hooli ha pagado la H-778
        record_payment	Soylent pagó 42.000 pesos
        record_payment	Umbrella me transfirió 2.750,50 €
        record_payment	apunta un pago de 300 € de Initech
        record_payment	marca la F-2026-097 como cobrada
        record_payment	la factura F-2026-110 ya está pagada
        record_payment	Pied Piper ha pagado 500 euros
        record_payment	he cobrado 600 € del estudio Núñez
        record_payment	recibí el pago de Globex
        record_payment	Acme pagó
        record_payment	Globex paid 3,500 USD
        record_payment	Hooli has paid invoice H-778
        record_payment	I got 1,500 euros from Pied Piper
        record_payment	record a 200 EUR payment from Initech
        record_payment	mark INV-5521 as paid
        record_payment	payment received from Soylent
        record_payment	Umbrella settled the invoice
        log_contact	llamé a Hooli y no lo cogen
        log_contact	le mandé un correo a Soylent ayer
        log_contact	ya hablé con Initech
        log_contact	envié el segundo recordatorio a Globex el lunes
        log_contact	Umbrella no contesta a mis correos
        log_contact	he llamado a Pied Piper tres veces
        log_contact	le escribí a Acme la semana pasada
        log_contact	Hooli me contestó que lo están mirando
        log_contact	mandé un whatsapp a Soylent
        log_contact	yame a Globex y nada
        log_contact	I emailed Soylent last week
        log_contact	called Initech, no reply
        log_contact	I spoke to Umbrella this morning
        log_contact	Globex didn't answer my email
        log_contact	sent a second reminder to Acme on Monday
        log_contact	left a voicemail for Pied Piper
        log_contact	Hooli replied to my email
        promise_to_pay	Hooli dice que paga el lunes
        promise_to_pay	Initech pays next Tuesday
        promise_to_pay	Globex settles on Friday
        promise_to_pay	Acme paga pasado mañana
        promise_to_pay	Globex promete pagar la semana que viene
        promise_to_pay	Umbrella se comprometió a pagar el 20 de diciembre
        promise_to_pay	Initech pagará a final de mes
        promise_to_pay	Soylent va a pagar dentro de dos semanas
        promise_to_pay	Pied Piper me ha prometido el pago para el viernes
        promise_to_pay	Acme dice que transfiere mañana
        promise_to_pay	Hooli promised to pay next Monday
        promise_to_pay	Initech says they will pay on December 15
        promise_to_pay	Umbrella will transfer the money by Friday
        promise_to_pay	Soylent committed to pay within two weeks
        promise_to_pay	Globex is going to pay tomorrow
        add_invoice	nueva factura para Hooli de 5.000 pesos que vence el 31/12
        add_invoice	añade una factura de 800 € a Initech
        add_invoice	registra la factura F-2026-130 de Globex por 1.000 dólares
        add_invoice	crea una factura a Umbrella de 2.000 € con vencimiento a 30 días
        add_invoice	he emitido una factura a Soylent por 10.000 pesos
        add_invoice	factura nueva para Pied Piper, 750 €, vence el 15 de enero
        add_invoice	add a new invoice for Initech, 900 EUR, due in 30 days
        add_invoice	create invoice INV-6000 for Globex for $2,000
        add_invoice	I just invoiced Hooli 3000 MXN due January 15
        add_invoice	register a new invoice for Acme of 400 euros
        update_contact	el teléfono de Hooli es +52 55 1234 5678
        update_contact	cambia el correo de Initech a pagos@initech.es
        update_contact	el contacto de Soylent ahora es Ramón
        update_contact	actualiza el email de Pied Piper: finance@piedpiper.com
        update_contact	en Umbrella hay que escribir a Lucía, lucia@umbrella.es
        update_contact	la persona de contacto en Globex es Sarah
        update_contact	Globex's phone number is +1 415 555 0199
        update_contact	change Initech's email to billing@initech.com
        update_contact	the contact person at Hooli is Gavin
        update_contact	update Soylent phone: +52 33 1111 2222
        demand_letter	redacta el requerimiento formal de pago para Soylent
        demand_letter	prepara un burofax para Umbrella
        demand_letter	necesito el escrito para el abogado de Globex
        demand_letter	carta de reclamación extrajudicial a Hooli
        demand_letter	write a formal demand letter to Soylent
        demand_letter	prepare a letter for the lawyer about Umbrella
        demand_letter	I need a final notice for Globex
        late_fee	¿cuántos intereses de demora le cobro a Soylent?
        late_fee	calcula el recargo de la F-2026-061
        late_fee	¿qué penalización puedo aplicar a Umbrella?
        late_fee	intereses por retraso de Globex
        late_fee	calculate late fees for Umbrella
        late_fee	how much interest can I charge Hooli?
        late_fee	what's the late payment penalty for INV-5521?
        check_tone	revisa el tono de esto: "Os lo digo por última vez, pagad ya"
        check_tone	¿te parece muy borde este correo? Estimado cliente, exijo el pago inmediato
        check_tone	¿suena bien? "Hola Laura, te escribo por la factura pendiente"
        check_tone	is this too aggressive? "Pay now or else"
        check_tone	review the tone of my email: Dear Sir, your invoice is late again
        check_tone	does this sound ok? "Hi, just a quick reminder about the invoice"
        prevention_tips	¿cómo hago para que me paguen antes?
        prevention_tips	consejos para evitar impagos
        prevention_tips	¿qué puedo hacer para no tener morosos?
        prevention_tips	trucos para cobrar puntualmente
        prevention_tips	how do I stop clients from paying late?
        prevention_tips	tips to avoid unpaid invoices
        prevention_tips	best practices to get paid faster
        pause_followup	Hooli dice que la factura está mal y no la va a pagar hasta que la corrija
        pause_followup	Globex no está de acuerdo con el importe
        pause_followup	para de reclamar a Soylent hasta enero
        pause_followup	deja de enviar recordatorios a Pied Piper
        pause_followup	pon a Umbrella en pausa
        pause_followup	Initech disputes invoice F-2026-110
        pause_followup	pause reminders for Globex
        pause_followup	put Hooli on hold until January
        pause_followup	don't chase Soylent for now
        help	ayudaa
        help	¿cómo te uso?
        help	¿qué cosas sabes hacer?
        help	help me
        help	how does this work?
        help	what commands are there?
        greet	holaaa
        greet	buen día
        greet	qué onda
        greet	buenas tardes
        greet	buenos dias!
        greet	hello there
        greet	good morning
        greet	hey
        thanks	graciaaas
        thanks	muchísimas gracias
        thanks	mil gracias!
        thanks	thank you so much
        thanks	thx
        thanks	cheers mate
        confirm	sí, hazlo
        confirm	siii
        confirm	vale
        confirm	de acuerdo
        confirm	ok, adelante
        confirm	yes
        confirm	yeah sure
        confirm	go ahead
        deny	no gracias
        deny	mejor no
        deny	cancela eso
        deny	nooo
        deny	no, déjalo
        deny	no thanks
        deny	nah
        deny	cancel
        undo	deshaz el último cambio
        undo	deshacer
        undo	me equivoqué, deshazlo
        undo	anula lo último
        undo	undo the last change
        undo	revert that
        fallback	¿qué hora es?
        fallback	¿va a llover mañana?
        fallback	pon una canción de Shakira
        fallback	¿quién es el presidente de Francia?
        fallback	recomiéndame un restaurante
        fallback	¿cuánto es 2 más 2?
        fallback	what's the weather in London?
        fallback	tell me something funny
        fallback	who won the world cup?
        fallback	order a pizza
        fallback	asdfghjkl
        fallback	🙂🙂🙂
        fallback	
        # Second round (2026-11-29): phrasings from Spain and Latin America, slang, typos.
        list_overdue	who pays late?
        who_owes	cuánta plata me deben
        who_owes	¿quiénes me deben pasta?
        who_owes	dame el resumen de lo que me deben
        who_owes	what's outstanding?
        who_owes	show me my receivables
        who_owes	how much am I owed
        who_owes	qien me debe
        list_overdue	qué facturas están vencidas
        list_overdue	which invoices are past due?
        list_overdue	facturas atrasadas de más de 2 meses
        list_overdue	overdue invoices older than 90 days
        list_overdue	lo vencido de Acme
        client_status	¿cómo va lo de Globex?
        client_status	what's the status with Initech
        client_status	situación de Umbrella
        client_status	info de Hooli
        draft_reminder	escríbele un recordatorio a Acme
        draft_reminder	redacta un correo de cobro para Globex
        draft_reminder	write Initech a payment reminder
        draft_reminder	prepara un mail amable para Hooli recordando la factura
        next_step	¿qué hago con Umbrella?
        next_step	what should I do about Globex?
        next_step	¿debería llamar a Acme?
        next_step	siguiente paso con Initech
        agenda	¿qué tengo que hacer hoy?
        agenda	what's on my plate today
        agenda	pendientes de cobro para hoy
        record_payment	Acme ya me pagó
        record_payment	Globex transferred 500 dollars yesterday
        record_payment	me llegó la transferencia de Hooli por 300 €
        record_payment	recibí el pago de Initech
        log_contact	llamé a Acme y no contestaron
        log_contact	I emailed Globex this morning
        log_contact	hablé con la contadora de Umbrella
        log_contact	left a voicemail for Initech
        promise_to_pay	Hooli dice que paga la semana que viene
        promise_to_pay	Acme me aseguró que transfiere el viernes
        promise_to_pay	Globex committed to pay by the 15th
        add_invoice	nueva factura para Acme de 800 € a 30 días
        add_invoice	add an invoice for Globex, $1,200 due January 15
        add_invoice	emití una factura a Hooli por 2.000 euros
        update_contact	el teléfono de Acme es 600 123 456
        update_contact	Globex's new email is ap@globex.com
        update_contact	la persona de contacto en Initech es Marta
        demand_letter	prepara la carta para el abogado sobre Umbrella
        demand_letter	I need a demand letter for Globex
        demand_letter	reclamación formal a Acme
        late_fee	¿cuántos intereses de demora le cobro a Umbrella?
        late_fee	how much late interest does Globex owe?
        late_fee	calcula el recargo por retraso de Acme
        check_tone	¿suena bien esto? "Páguenme ya o los denuncio"
        check_tone	is this too harsh: "You never pay on time!!!"
        check_tone	revisa el tono de este mensaje: les recuerdo amablemente la factura pendiente
        prevention_tips	¿cómo evito que no me paguen?
        prevention_tips	tips to get paid on time
        prevention_tips	consejos para cobrar antes
        pause_followup	no le reclames más a Umbrella, está en disputa
        pause_followup	pause reminders for Globex until January
        pause_followup	deja de perseguir a Hooli hasta el 15
        help	¿qué puedes hacer?
        help	ayuda
        help	what can you do
        greet	buenas
        greet	hey there
        thanks	mil gracias
        thanks	cheers
        confirm	dale
        confirm	yes please
        deny	no, mejor no
        deny	nope
        undo	deshaz lo último
        undo	undo that
        fallback	¿qué tiempo hará mañana?
        fallback	cuéntame un chiste
        fallback	what's the capital of France
        who_owes	kien me debe
        who_owes	quienes me deben $$
        who_owes	cuanto me adeudan
        who_owes	¿quién está en mora?
        who_owes	who hasn't paid me yet?
        who_owes	list my debtors
        who_owes	what do my clients owe me
        list_overdue	facturas impagas
        list_overdue	qué facturas no me han pagado a tiempo
        list_overdue	unpaid invoices over 30 days
        list_overdue	show late invoices
        client_status	cómo anda la cuenta de Acme
        client_status	estado de cuenta de Globex
        client_status	Initech account summary
        client_status	what does Umbrella owe me
        client_status	cuánto me debe Hooli
        draft_reminder	mandale un recordatorio a Acme
        draft_reminder	armame un mail para cobrarle a Globex
        draft_reminder	draft a polite reminder for Initech
        draft_reminder	write a firm follow-up to Umbrella
        draft_reminder	recordatorio firme para Hooli
        next_step	qué hago con Acme que no paga
        next_step	cómo sigo con Globex
        next_step	how should I escalate Initech?
        next_step	what's next with Umbrella
        next_step	¿le mando otro correo a Hooli o lo llamo?
        record_payment	Acme me depositó 500 dólares
        record_payment	Globex abonó la factura INV-0042
        record_payment	Initech settled invoice INV-0042 today
        record_payment	got paid by Umbrella, 2.750,50 €
        record_payment	Hooli canceló la factura
        log_contact	le escribí a Acme por WhatsApp
        log_contact	I called Globex but nobody answered
        log_contact	mandé el recordatorio a Initech
        log_contact	sent the reminder to Umbrella
        log_contact	hablé con Hooli hoy
        promise_to_pay	Acme quedó en pagar el viernes
        promise_to_pay	Globex says the payment will go out Monday
        promise_to_pay	Initech me dijo que paga a fin de mes
        pause_followup	Umbrella disputa la factura, pausa los recordatorios
        pause_followup	stop chasing Globex for now
        add_invoice	facturé 1.200 € a Acme hoy, vence en 30 días
        add_invoice	new invoice to Globex: $3,000, net 30
        update_contact	el mail de cobros de Acme es pagos@acme.es
        update_contact	Globex contact is now John Smith, john@globex.com
        demand_letter	ya está, mándale el abogado a Umbrella
        demand_letter	draft the lawyer letter for Initech
        late_fee	intereses de Acme por pagar tarde
        late_fee	what penalty can I charge Globex
        check_tone	está bien este correo? "Estimado cliente, le recordamos su deuda"
        check_tone	check my tone: "PAY NOW OR ELSE"
        prevention_tips	cómo hago para que me paguen a tiempo
        prevention_tips	how do I avoid late payments
        undo	me equivoqué, deshacer
        undo	revert the last change
        help	no sé qué preguntarte
        greet	hola!
        thanks	genial, gracias
        confirm	ok go ahead
        deny	no, cancela
        deny	don't
        fallback	pedime una pizza
        fallback	who won the game last night
        update_contact	la contadora de Umbrella se llama Marta López
        update_contact	Globex accountant is named John Smith
        who_owes	any unpaid invoices?
        who_owes	tengo algo pendiente de cobro?
        who_owes	overview of receivables please
        who_owes	cuánto me falta por cobrar
        list_overdue	¿qué facturas llevan más de 60 días sin pagar?
        list_overdue	anything overdue for more than a month?
        list_overdue	vencidas de Globex
        client_status	¿Acme está al día?
        client_status	is Globex up to date with payments?
        client_status	dime todo sobre Initech
        client_status	history with Umbrella
        draft_reminder	hazme un recordatorio para Acme en tono formal
        draft_reminder	can you nudge Globex about the invoice?
        draft_reminder	send Initech a second reminder
        draft_reminder	necesito reclamarle a Hooli la factura
        next_step	Umbrella sigue sin pagar, ¿ahora qué?
        next_step	Globex still hasn't paid, what now?
        next_step	¿es momento de llamar a Initech?
        agenda	¿a quién tengo que perseguir hoy?
        agenda	who do I chase today?
        agenda	plan de cobros de hoy
        record_payment	Acme liquidó todo
        record_payment	Globex paid in full
        record_payment	entró el pago de Initech de 800 €
        record_payment	Umbrella paid half of INV-0042
        log_contact	Acme no contesta el teléfono
        log_contact	Globex didn't pick up
        log_contact	envié el segundo recordatorio a Initech
        log_contact	Hooli answered my email
        promise_to_pay	Acme dice que el lunes sin falta
        promise_to_pay	Globex will wire the money next week
        promise_to_pay	Initech quedó en transferir mañana
        pause_followup	Acme está de vacaciones hasta el 10, no le escribas
        pause_followup	put Globex on hold
        pause_followup	reanuda el seguimiento de Hooli
        add_invoice	crea una factura de 500 € para Initech con vencimiento el 15/12
        add_invoice	bill Globex $2,000 due in 15 days
        late_fee	¿puedo cobrarle intereses a Acme?
        late_fee	add late fees to Globex's invoice
        check_tone	¿es muy agresivo? "si no pagan, los demando"
        check_tone	does this sound ok: "Please settle your invoice at your earliest convenience"
        demand_letter	quiero mandar un burofax a Acme
        demand_letter	escalate Globex to legal
        payment_behaviour	¿qué tal nos paga Initech?
        payment_behaviour	¿Hooli suele retrasarse con los pagos?
        payment_behaviour	¿es puntual pagando Wayne?
        payment_behaviour	is pied piper a reliable payer?
        payment_behaviour	how does umbrella usually pay?
        payment_behaviour	does soylent tend to pay late?
        forecast	¿cuánto me va a entrar este mes?
        forecast	previsión de cobros de diciembre
        forecast	¿quiénes pagan más lento que antes?
        forecast	¿cuánto tardan de media mis clientes en pagarme?
        forecast	cash expected over the next four weeks?
        forecast	what's coming in in january?
        forecast	who has started paying later?
        forecast	show me my DSO
        send_reminder	mándaselo
        send_reminder	envía el correo a Soylent
        send_reminder	sí, envíalo por email
        send_reminder	send it to acme
        send_reminder	fire it off now
        send_reminder	send the email to initech
        draft_reminder	envíale un recordatorio a Hooli
        draft_reminder	send Globex a friendly reminder
        log_contact	ya se lo mandé a Acme
        log_contact	I sent it to Hooli this morning
        who_owes	who's hurting my DSO? list who owes me what
        """#
}
