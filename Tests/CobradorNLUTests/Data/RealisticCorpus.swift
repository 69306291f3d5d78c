/// Messages written the way people type them in chat (regional Spanish, non-native English, stories,
/// greetings, quotes, dictation, terse commands, formal requests, negations), written for these tests
/// (none is copied from the shared sets). One case per line:
///
///     intent<TAB>today<TAB>message<TAB>expected entities (key=value;…)
///
/// Keys: client (canonical name), invoice, amount (plain decimal), currency (ISO code, or "-" for none),
/// date (ISO), email, unknown (the text of an unknown client), days, cue, metric, ordinal.
enum RealisticCorpus {
    static let table = #"""
        who_owes	2026-11-30	oye, ¿quién me debe plata todavía?	
        who_owes	2026-11-30	pásame el listado de morosos, porfa	
        who_owes	2026-11-30	cuánto tengo pendiente de cobrar en total??	
        who_owes	2026-11-30	buenas, necesito saber quiénes me deben y cuánto	
        who_owes	2026-11-30	dame las cuentas por cobrar por cliente	
        who_owes	2026-11-30	che, ¿cuánta guita me deben?	
        who_owes	2026-11-30	quien me deve lana	
        who_owes	2026-11-30	Le agradecería que me indicara qué clientes tienen saldo pendiente	
        who_owes	2026-11-30	deudores porfa	
        who_owes	2026-11-30	eh quien me debe dinero o sea en total	
        who_owes	2026-11-30	who still owes me? quick summary pls	
        who_owes	2026-11-30	how much money is owed to me right now	
        who_owes	2026-11-30	can you pull up my receivables	
        who_owes	2026-11-30	show me the debtors list	
        who_owes	2026-11-30	Kindly tell me who has not paid	
        who_owes	2026-11-30	who's owing us money this month	
        who_owes	2026-11-30	total owed to me, by currency please	
        who_owes	2026-11-30	hey! who owes me?	
        list_overdue	2026-11-30	¿qué facturas están vencidas?	
        list_overdue	2026-11-30	enséñame lo que está fuera de plazo	
        list_overdue	2026-11-30	facturas vencidas hace más de 60 días	days=60
        list_overdue	2026-11-30	listado de impagados	
        list_overdue	2026-11-30	¿hay algo vencido de Globex?	client=Globex Corporation
        list_overdue	2026-11-30	vencidas de más de un mes porfa	days=30
        list_overdue	2026-11-30	la cartera vencida, por favor	
        list_overdue	2026-11-30	vencidas +60	days=60
        list_overdue	2026-11-30	buenas tardes, ¿me dices qué facturas están vencidas?	
        list_overdue	2026-11-30	which invoices are past due?	
        list_overdue	2026-11-30	overdue >30d	
        list_overdue	2026-11-30	list overdue invoices for hooli	client=Hooli
        list_overdue	2026-11-30	anything overdue more than 60 days?	days=60
        list_overdue	2026-11-30	show all the late invoices	
        client_status	2026-11-30	¿cómo va Initech?	client=Initech
        client_status	2026-11-30	dime el saldo de Wayne	client=Wayne Enterprises
        client_status	2026-11-30	¿cuánto me debe el café?	client=Café La Esquina
        client_status	2026-11-30	situación de umbrella porfa	client=Umbrella Ibérica S.A.
        client_status	2026-11-30	¿Soylent ya pagó?	client=Soylent S.A. de C.V.
        client_status	2026-11-30	estado de cuenta de Hooli	client=Hooli
        client_status	2026-11-30	¿me debe algo Globex?	client=Globex Corporation
        client_status	2026-11-30	acme?	client=Acme S.L.
        client_status	2026-11-30	status hooli	client=Hooli
        client_status	2026-11-30	Le agradecería que me indicara el saldo de Initech	client=Initech
        client_status	2026-11-30	me gustaría saber si Globex ya pagó	client=Globex Corporation
        client_status	2026-11-30	¿cuánto me debe Stark Industries?	unknown=Stark Industries
        client_status	2026-11-30	what does globex owe me?	client=Globex Corporation
        client_status	2026-11-30	status on hooli pls	client=Hooli
        client_status	2026-11-30	has acme paid yet?	client=Acme S.L.
        client_status	2026-11-30	where do we stand with soylent	client=Soylent S.A. de C.V.
        client_status	2026-11-30	balance for wayne enterprises?	client=Wayne Enterprises
        client_status	2026-11-30	what's the balance for Tyrell Corp?	unknown=Tyrell Corp
        client_status	2026-11-30	how much does Massive Dynamic Inc owe me?	unknown=Massive Dynamic Inc
        draft_reminder	2026-11-30	escríbele un recordatorio a Soylent por la S-0042	client=Soylent S.A. de C.V.;invoice=S-0042
        draft_reminder	2026-11-30	redáctame un correo amable para el café	client=Café La Esquina
        draft_reminder	2026-11-30	prepara el segundo recordatorio para Umbrella, más firme	client=Umbrella Ibérica S.A.
        draft_reminder	2026-11-30	hazme un mail pa Hooli por lo de la H-778	client=Hooli;invoice=H-778
        draft_reminder	2026-11-30	necesito recordarle a Initech la F-2026-110	client=Initech;invoice=F-2026-110
        draft_reminder	2026-11-30	recuérdale a Wayne que tiene una factura pendiente	client=Wayne Enterprises
        draft_reminder	2026-11-30	rem globex firme	client=Globex Corporation
        draft_reminder	2026-11-30	draft a polite reminder to initech	client=Initech
        draft_reminder	2026-11-30	write a firm email to umbrella about F-2026-061	client=Umbrella Ibérica S.A.;invoice=F-2026-061
        draft_reminder	2026-11-30	can you prep a nudge for acme re F-2026-101	client=Acme S.L.;invoice=F-2026-101
        draft_reminder	2026-11-30	send hooli a reminder	client=Hooli
        draft_reminder	2026-11-30	I need a friendly chaser for pied piper	client=Pied Piper
        draft_reminder	2026-11-30	please prepare reminder letter for Soylent	client=Soylent S.A. de C.V.
        draft_reminder	2026-11-30	um draft a reminder for soilent	client=Soylent S.A. de C.V.
        draft_reminder	2026-11-30	Would you be so kind as to draft a reminder for Globex?	client=Globex Corporation
        draft_reminder	2026-11-30	write a reminder for Dunder Mifflin	unknown=Dunder Mifflin
        next_step	2026-11-30	¿qué hago con Umbrella? ya les escribí dos veces	client=Umbrella Ibérica S.A.
        next_step	2026-11-30	¿cuál es el próximo paso con Hooli?	client=Hooli
        next_step	2026-11-30	¿llamo a Soylent o espero?	client=Soylent S.A. de C.V.
        next_step	2026-11-30	no sé qué más hacer con globex, ¿qué me recomiendas?	client=Globex Corporation
        next_step	2026-11-30	¿ya es hora de pasarle lo de Acme al abogado?	client=Acme S.L.
        next_step	2026-11-30	no le mandes nada aún a Hooli, dime qué hago	client=Hooli
        next_step	2026-11-30	¿cómo sigo con el estudio núñez?	client=Estudio Núñez & Asociados
        next_step	2026-11-30	joder, Umbrella sigue sin pagar, ¿qué hago?	client=Umbrella Ibérica S.A.
        next_step	2026-11-30	what should I do about soylent?	client=Soylent S.A. de C.V.
        next_step	2026-11-30	next step with umbrella?	client=Umbrella Ibérica S.A.
        next_step	2026-11-30	should I escalate hooli?	client=Hooli
        next_step	2026-11-30	globex keeps ignoring my emails, what now?	client=Globex Corporation
        next_step	2026-11-30	is it time to call initech?	client=Initech
        next_step	2026-11-30	don't email globex yet, just tell me the next step	client=Globex Corporation
        next_step	2026-11-30	Soylent wrote: "we will transfer next week" - what now?	client=Soylent S.A. de C.V.
        agenda	2026-11-30	¿qué tengo para hoy?	date=2026-11-30
        agenda	2026-11-30	buenos días! ¿a quién me toca llamar hoy?	date=2026-11-30
        agenda	2026-11-30	¿qué cobros hay que gestionar mañana?	date=2026-12-01
        agenda	2026-11-30	agenda del viernes	date=2026-12-04
        agenda	2026-11-30	tareas de hoy porfa	date=2026-11-30
        agenda	2026-11-30	what's on today?	date=2026-11-30
        agenda	2026-11-30	what do I need to do tomorrow?	date=2026-12-01
        agenda	2026-11-30	agenda for friday	date=2026-12-04
        agenda	2026-11-30	morning, anything to chase today?	date=2026-11-30
        agenda	2026-11-30	today's to-do list	date=2026-11-30
        record_payment	2026-11-30	Globex me pagó 3.500 dólares	client=Globex Corporation;amount=3500;currency=USD
        record_payment	2026-11-30	Hooli abonó 5.000 pesos mexicanos ayer	client=Hooli;amount=5000;currency=MXN;date=2026-11-29
        record_payment	2026-11-30	el estudio núñez me hizo un bizum de 200 €	client=Estudio Núñez & Asociados;amount=200;currency=EUR
        record_payment	2026-11-30	cobré la F-2026-090 del café	client=Café La Esquina;invoice=F-2026-090
        record_payment	2026-11-30	Umbrella ingresó 1.000 euros el viernes	client=Umbrella Ibérica S.A.;amount=1000;currency=EUR;date=2026-11-27
        record_payment	2026-11-30	registra un pago de 450 € de Acme para la F-2026-088	client=Acme S.L.;amount=450;currency=EUR;invoice=F-2026-088
        record_payment	2026-11-30	ya me pagaron los de Initech, 800 €	client=Initech;amount=800;currency=EUR
        record_payment	2026-11-30	me llegó la transferencia de pied piper, 1.500 pavos	client=Pied Piper;amount=1500;currency=EUR
        record_payment	2026-11-30	Soylent consignó 10 mil pesos mexicanos	client=Soylent S.A. de C.V.;amount=10000;currency=MXN
        record_payment	2026-11-30	pago acme 450	client=Acme S.L.;amount=450
        record_payment	2026-11-30	hooli pago mil doscientos cincuenta pesos mexicanos el quince de noviembre	client=Hooli;amount=1250;currency=MXN;date=2026-11-15
        record_payment	2026-11-30	uf, qué semana... bueno, Globex por fin pagó los 3.500 dólares, apúntalo	client=Globex Corporation;amount=3500;currency=USD
        record_payment	2026-11-30	acme paid €450 today	client=Acme S.L.;amount=450;currency=EUR;date=2026-11-30
        record_payment	2026-11-30	got 2,000 USD from wayne yesterday	client=Wayne Enterprises;amount=2000;currency=USD;date=2026-11-29
        record_payment	2026-11-30	globex wired $1,000 this morning	client=Globex Corporation;amount=1000;currency=-;date=2026-11-30
        record_payment	2026-11-30	Pied Piper has payed 500 euros	client=Pied Piper;amount=500;currency=EUR
        record_payment	2026-11-30	payment in from initech: 800 EUR for F-2026-110	client=Initech;amount=800;currency=EUR;invoice=F-2026-110
        record_payment	2026-11-30	hooli settled H-778 in full	client=Hooli;invoice=H-778
        record_payment	2026-11-30	received 1.5k from soylent last friday	client=Soylent S.A. de C.V.;amount=1500;date=2026-11-27
        record_payment	2026-11-30	Good news! Hooli just sent 5,000 MXN, can you log it?	client=Hooli;amount=5000;currency=MXN
        log_contact	2026-11-30	llamé a Hooli y no contestó nadie	client=Hooli
        log_contact	2026-11-30	le mandé un whatsapp a Soylent ayer	client=Soylent S.A. de C.V.;date=2026-11-29
        log_contact	2026-11-30	hablé con Laura de Acme, dice que lo están mirando	client=Acme S.L.
        log_contact	2026-11-30	envié el segundo recordatorio a Globex el jueves pasado	client=Globex Corporation;date=2026-11-26
        log_contact	2026-11-30	apunta que llamé a Umbrella esta mañana	client=Umbrella Ibérica S.A.;date=2026-11-30
        log_contact	2026-11-30	el correo a Initech rebotó	client=Initech
        log_contact	2026-11-30	apunta que llame a acme no perdon a globex esta mañana	client=Globex Corporation;date=2026-11-30
        log_contact	2026-11-30	called hooli, went to voicemail	client=Hooli
        log_contact	2026-11-30	emailed soylent the second reminder yesterday	client=Soylent S.A. de C.V.;date=2026-11-29
        log_contact	2026-11-30	spoke to Hank at Globex, he'll chase their AP team	client=Globex Corporation
        log_contact	2026-11-30	sent a letter to umbrella last monday	client=Umbrella Ibérica S.A.;date=2026-11-23
        log_contact	2026-11-30	no reply from initech to my email on 11/24	client=Initech;date=2026-11-24
        log_contact	2026-11-30	left a message with pied piper's accounts team	client=Pied Piper
        promise_to_pay	2026-11-30	Hooli dice que paga el viernes	client=Hooli;date=2026-12-04
        promise_to_pay	2026-11-30	Soylent promete pagar el 15 de diciembre	client=Soylent S.A. de C.V.;date=2026-12-15
        promise_to_pay	2026-11-30	los de Globex me juraron que transfieren mañana	client=Globex Corporation;date=2026-12-01
        promise_to_pay	2026-11-30	Initech pagará en dos semanas	client=Initech;date=2026-12-14
        promise_to_pay	2026-11-30	Acme quedó en pagar el lunes que viene	client=Acme S.L.;date=2026-12-07
        promise_to_pay	2026-11-30	te cuento: hablé con Soylent y me dijeron que pagan el 15	client=Soylent S.A. de C.V.;date=2026-12-15
        promise_to_pay	2026-11-30	Fwd: «te pagamos la H-778 el lunes» anótalo	invoice=H-778;date=2026-12-07
        promise_to_pay	2026-11-30	Hooli me escribió: "pagamos el viernes sin falta"	client=Hooli;date=2026-12-04
        promise_to_pay	2026-11-30	wayne promised to pay by friday	client=Wayne Enterprises;date=2026-12-04
        promise_to_pay	2026-11-30	soylent says they'll pay on the 10th	client=Soylent S.A. de C.V.;date=2026-12-10
        promise_to_pay	2026-11-30	globex will wire the money next monday	client=Globex Corporation;date=2026-12-07
        promise_to_pay	2026-11-30	pied piper committed to paying the rest on 12/15	client=Pied Piper;date=2026-12-15
        promise_to_pay	2026-11-30	hooli told me the payment goes out tomorrow	client=Hooli;date=2026-12-01
        add_invoice	2026-11-30	nueva factura para Hooli: H-790, 12.000 pesos mexicanos, vence el 31/12	client=Hooli;invoice=H-790;amount=12000;currency=MXN;date=2026-12-31
        add_invoice	2026-11-30	añade la F-2026-140 a Acme, 2.000 €, vence en 30 días	client=Acme S.L.;invoice=F-2026-140;amount=2000;currency=EUR;date=2026-12-30
        add_invoice	2026-11-30	da de alta una factura de 500 euros para Initech que vence el 15 de enero	client=Initech;amount=500;currency=EUR;date=2027-01-15
        add_invoice	2026-11-30	registra la factura F-2026-141 de Umbrella por 1.100 €	client=Umbrella Ibérica S.A.;invoice=F-2026-141;amount=1100;currency=EUR
        add_invoice	2026-11-30	new invoice for wayne: W-2026-9, $3,000, due January 31	client=Wayne Enterprises;invoice=W-2026-9;amount=3000;currency=-;date=2027-01-31
        add_invoice	2026-11-30	add invoice F-2026-150 for acme, 750 EUR, due in 2 weeks	client=Acme S.L.;invoice=F-2026-150;amount=750;currency=EUR;date=2026-12-14
        add_invoice	2026-11-30	raise an invoice to soylent for 9,000 MXN due end of month	client=Soylent S.A. de C.V.;amount=9000;currency=MXN;date=2026-11-30
        add_invoice	2026-11-30	new invoice for a new client, Cyberdyne Systems, £2,400, due 20 Dec	amount=2400;currency=GBP;date=2026-12-20;unknown=Cyberdyne Systems
        update_contact	2026-11-30	el email de cobros de Hooli ahora es pagos@hooli.mx	client=Hooli;email=pagos@hooli.mx
        update_contact	2026-11-30	cambia el teléfono de Initech a 912 345 678	client=Initech
        update_contact	2026-11-30	el contacto en Soylent ahora es Rosa Díaz	client=Soylent S.A. de C.V.
        update_contact	2026-11-30	guárdate el correo de Wayne: facturacion@wayne.com	client=Wayne Enterprises;email=facturacion@wayne.com
        update_contact	2026-11-30	acme's billing email is now billing@acme.es	client=Acme S.L.;email=billing@acme.es
        update_contact	2026-11-30	update umbrella's phone to +34 911 000 111	client=Umbrella Ibérica S.A.
        update_contact	2026-11-30	new contact at pied piper: Monica Hall, monica@piedpiper.com	client=Pied Piper;email=monica@piedpiper.com
        demand_letter	2026-11-30	redacta la carta de reclamación formal para Soylent	client=Soylent S.A. de C.V.
        demand_letter	2026-11-30	necesito el requerimiento de pago de Umbrella para el abogado	client=Umbrella Ibérica S.A.
        demand_letter	2026-11-30	prepárame un burofax para Hooli	client=Hooli
        demand_letter	2026-11-30	Sería tan amable de preparar la carta de requerimiento para Soylent	client=Soylent S.A. de C.V.
        demand_letter	2026-11-30	draft a demand letter for umbrella	client=Umbrella Ibérica S.A.
        demand_letter	2026-11-30	prepare the letter before action for soylent	client=Soylent S.A. de C.V.
        demand_letter	2026-11-30	I need the formal demand for globex, our solicitor asked	client=Globex Corporation
        late_fee	2026-11-30	¿cuántos intereses le puedo cobrar a Soylent por la S-0042?	client=Soylent S.A. de C.V.;invoice=S-0042
        late_fee	2026-11-30	calcula el recargo por retraso de Umbrella	client=Umbrella Ibérica S.A.
        late_fee	2026-11-30	¿cuánto es la penalización por demora de la F-2026-088?	invoice=F-2026-088
        late_fee	2026-11-30	what's the late fee on INV-5521?	invoice=INV-5521
        late_fee	2026-11-30	calculate interest for late payment on soylent	client=Soylent S.A. de C.V.
        late_fee	2026-11-30	how much penalty can I add to umbrella's invoice?	client=Umbrella Ibérica S.A.
        check_tone	2026-11-30	revisa el tono de esto: "Os recuerdo que lleváis un mes sin pagar, espero el pago ya"	
        check_tone	2026-11-30	¿suena demasiado agresivo? "Si no pagáis esta semana tomaré medidas"	
        check_tone	2026-11-30	échale un ojo a mi correo antes de enviarlo: "Hola Bill, la factura sigue pendiente, ¿podéis decirme cuándo la pagaréis?"	
        check_tone	2026-11-30	does this sound too pushy? "I need the money by Friday or else"	
        check_tone	2026-11-30	check my tone please: "This is the fourth reminder and frankly it is ridiculous"	
        check_tone	2026-11-30	review this before I send it: "Hi team, a quick reminder that invoice F-2026-101 is now overdue."	
        prevention_tips	2026-11-30	¿cómo evito que me paguen tarde?	
        prevention_tips	2026-11-30	consejos para cobrar antes	
        prevention_tips	2026-11-30	¿qué puedo hacer para no tener morosos?	
        prevention_tips	2026-11-30	how can I avoid late payments?	
        prevention_tips	2026-11-30	tips to get paid faster	
        prevention_tips	2026-11-30	how do I make sure clients pay on time?	
        pause_followup	2026-11-30	para los recordatorios a Hooli hasta enero	client=Hooli
        pause_followup	2026-11-30	Soylent ha abierto una disputa por la S-0042	client=Soylent S.A. de C.V.;invoice=S-0042
        pause_followup	2026-11-30	deja de reclamarle a Initech, estamos hablando	client=Initech
        pause_followup	2026-11-30	pausa a Wayne hasta el 10/12	client=Wayne Enterprises;date=2026-12-10
        pause_followup	2026-11-30	globex is disputing INV-5521, pause it	client=Globex Corporation;invoice=INV-5521
        pause_followup	2026-11-30	hold off on acme until next week	client=Acme S.L.
        pause_followup	2026-11-30	stop chasing pied piper for now	client=Pied Piper
        payment_behaviour	2026-11-30	¿qué tal paga Hooli?	client=Hooli
        payment_behaviour	2026-11-30	¿Soylent suele pagar tarde?	client=Soylent S.A. de C.V.
        payment_behaviour	2026-11-30	¿el café es buen pagador?	client=Café La Esquina
        payment_behaviour	2026-11-30	¿cuánto tarda en pagar Globex normalmente?	client=Globex Corporation
        payment_behaviour	2026-11-30	how reliable is umbrella?	client=Umbrella Ibérica S.A.
        payment_behaviour	2026-11-30	does initech usually pay on time?	client=Initech
        payment_behaviour	2026-11-30	what's acme's payment track record?	client=Acme S.L.
        forecast	2026-11-30	¿cuánto voy a cobrar en diciembre?	
        forecast	2026-11-30	¿qué me entra esta semana?	
        forecast	2026-11-30	previsión de cobros para las próximas cuatro semanas	
        forecast	2026-11-30	¿cuál es mi periodo medio de cobro?	metric=dso
        forecast	2026-11-30	¿quién está pagando cada vez más tarde?	metric=slower
        forecast	2026-11-30	how much cash is coming in next week?	
        forecast	2026-11-30	what's my DSO?	metric=dso
        forecast	2026-11-30	which clients are paying slower lately?	metric=slower
        forecast	2026-11-30	cash forecast for january	
        send_reminder	2026-11-30	envíalo	
        send_reminder	2026-11-30	sí, mándaselo	
        send_reminder	2026-11-30	envía el recordatorio a Hooli	client=Hooli
        send_reminder	2026-11-30	mándalo por correo	
        send_reminder	2026-11-30	send it	
        send_reminder	2026-11-30	send the reminder to globex	client=Globex Corporation
        send_reminder	2026-11-30	ok send it now	
        help	2026-11-30	¿qué puedes hacer?	
        help	2026-11-30	ayuda	
        help	2026-11-30	help me, what can I ask you?	
        help	2026-11-30	¿cómo te uso?	
        greet	2026-11-30	hola!!	
        greet	2026-11-30	buenas	
        greet	2026-11-30	hey there	
        greet	2026-11-30	good afternoon	
        thanks	2026-11-30	muchas gracias!	
        thanks	2026-11-30	gracias, crack	
        thanks	2026-11-30	thanks a lot	
        thanks	2026-11-30	cheers!	
        confirm	2026-11-30	sí, adelante	
        confirm	2026-11-30	dale	
        confirm	2026-11-30	yes please	
        confirm	2026-11-30	yep, go ahead	
        deny	2026-11-30	no, ese no	
        deny	2026-11-30	mejor no	
        deny	2026-11-30	nope, cancel	
        deny	2026-11-30	no, not that one	
        undo	2026-11-30	deshaz el último cambio	
        undo	2026-11-30	borra lo último que hice	
        undo	2026-11-30	undo that	
        undo	2026-11-30	revert the last payment	
        fallback	2026-11-30	¿quién ganó el partido ayer?	
        fallback	2026-11-30	pon música	
        fallback	2026-11-30	what's the capital of France	
        fallback	2026-11-30	book me a flight to Rome	
        who_owes	2026-11-30	a ver, dime quién me debe pasta	
        who_owes	2026-11-30	cuanto me deben entre todos?	
        who_owes	2026-11-30	resumen de deudas porfa	
        who_owes	2026-11-30	¿Tengo clientes que todavía no me hayan pagado?	
        who_owes	2026-11-30	dime cuánto dinero me deben los clientes, es para la contadora	
        who_owes	2026-11-30	parce, ¿quiénes me deben billete?	
        who_owes	2026-11-30	whos got unpaid invoices with me	
        who_owes	2026-11-30	how much outstanding do I have in total	
        who_owes	2026-11-30	Please give me the total receivable amount	
        who_owes	2026-11-30	morning! who owes me money?	
        list_overdue	2026-11-30	facturas atrasadas	
        list_overdue	2026-11-30	¿qué está vencido hace más de 90 días?	
        list_overdue	2026-11-30	vencidas de Soylent	
        list_overdue	2026-11-30	¿alguna factura vencida de Acme?	
        list_overdue	2026-11-30	lo vencido, del más viejo al más nuevo	
        list_overdue	2026-11-30	overdue invoices pls	
        list_overdue	2026-11-30	which ones are overdue by more than two weeks	
        list_overdue	2026-11-30	show me what's late	
        list_overdue	2026-11-30	Any invoice from Wayne past its due date?	
        client_status	2026-11-30	¿qué pasa con Hooli?	
        client_status	2026-11-30	¿cuánto me debe umbrela?	
        client_status	2026-11-30	estado de globex	
        client_status	2026-11-30	¿cómo está lo de Pied Piper?	
        client_status	2026-11-30	saldo de acme porfa	
        client_status	2026-11-30	¿Wayne me debe algo todavía?	
        client_status	2026-11-30	info de soylent	
        client_status	2026-11-30	where are we with acme	
        client_status	2026-11-30	how much is hooli owing me?	
        client_status	2026-11-30	initech status?	
        client_status	2026-11-30	Show the account of Umbrella please	
        client_status	2026-11-30	tell me about globex's invoices	
        client_status	2026-11-30	¿cuánto nos debe Los Pollos Hermanos?	
        draft_reminder	2026-11-30	recuérdale a Hooli que pague	
        draft_reminder	2026-11-30	hazme un recordatorio firme para soylent	
        draft_reminder	2026-11-30	escribe algo amable para el estudio nuñez, que me paguen la factura	
        draft_reminder	2026-11-30	redacta un email de cobro a Wayne	
        draft_reminder	2026-11-30	mándale un aviso a Initech por la F-2026-110	
        draft_reminder	2026-11-30	quiero reclamarle a Umbrella la F-2026-061	
        draft_reminder	2026-11-30	write a reminder to acme about the overdue invoice	
        draft_reminder	2026-11-30	draft something firm for soylent	
        draft_reminder	2026-11-30	compose a gentle payment reminder for pied piper	
        draft_reminder	2026-11-30	Kindly draft one reminder email to Globex	
        draft_reminder	2026-11-30	remind hooli about H-778	
        next_step	2026-11-30	¿qué debería hacer con Soylent?	
        next_step	2026-11-30	¿y ahora qué hago con Hooli?	
        next_step	2026-11-30	¿cómo sigo con Umbrella? no contestan	
        next_step	2026-11-30	¿toca llamar ya a Globex?	
        next_step	2026-11-30	¿qué me aconsejas con Acme?	
        next_step	2026-11-30	what's next for hooli?	
        next_step	2026-11-30	how do I handle umbrella now	
        next_step	2026-11-30	soylent won't reply, what's my next move?	
        next_step	2026-11-30	should I get a lawyer for soylent?	
        agenda	2026-11-30	¿qué hay que hacer hoy?	
        agenda	2026-11-30	agenda de hoy	
        agenda	2026-11-30	¿a quién tengo que reclamar mañana?	
        agenda	2026-11-30	pendientes del día	
        agenda	2026-11-30	what's on my list today?	
        agenda	2026-11-30	who do I chase today	
        agenda	2026-11-30	daily agenda please	
        record_payment	2026-11-30	Acme ha pagado la F-2026-101	
        record_payment	2026-11-30	recibí 2.750,50 € de Umbrella	
        record_payment	2026-11-30	Hooli me transfirió 15.000 pesos mexicanos	
        record_payment	2026-11-30	el café ya me pagó los 95 €	
        record_payment	2026-11-30	marca la S-0042 como pagada	
        record_payment	2026-11-30	Pied Piper pagó otros 500 € hoy	
        record_payment	2026-11-30	globex paid in full	
        record_payment	2026-11-30	got the money from acme, 450 eur	
        record_payment	2026-11-30	Initech transferred 800 euros yesterday	
        record_payment	2026-11-30	mark INV-5521 as paid	
        record_payment	2026-11-30	wayne sent us 5,000 USD	
        log_contact	2026-11-30	hoy llamé a Soylent y me colgaron	
        log_contact	2026-11-30	le escribí a Hooli el lunes pasado	
        log_contact	2026-11-30	mandé el recordatorio a Pied Piper	
        log_contact	2026-11-30	Umbrella me contestó, dicen que lo revisan	
        log_contact	2026-11-30	acabo de hablar con Initech	
        log_contact	2026-11-30	rang globex this morning, no answer	
        log_contact	2026-11-30	I emailed umbrella on friday	
        log_contact	2026-11-30	sent the first reminder to wayne today	
        log_contact	2026-11-30	hooli replied to my email	
        log_contact	2026-11-30	talked to someone at acme yesterday	
        promise_to_pay	2026-11-30	Globex dice que paga la semana que viene	
        promise_to_pay	2026-11-30	Umbrella pagará el 20 de diciembre	
        promise_to_pay	2026-11-30	Hooli promete transferir el lunes	
        promise_to_pay	2026-11-30	Soylent se comprometió a pagar a fin de mes	
        promise_to_pay	2026-11-30	acme will pay next friday	
        promise_to_pay	2026-11-30	initech promises to pay by december 15	
        promise_to_pay	2026-11-30	pied piper says the money will be there on monday	
        add_invoice	2026-11-30	nueva factura de 1.000 € para Acme	
        add_invoice	2026-11-30	añade una factura a Globex de 2.000 dólares que vence el 30/12	
        add_invoice	2026-11-30	registra la F-2026-130 para Initech, 600 €	
        add_invoice	2026-11-30	create invoice for hooli 20,000 MXN due 31/12	
        add_invoice	2026-11-30	new invoice INV-6000 for globex $1,200 due next month	
        update_contact	2026-11-30	el teléfono de Hooli es +52 55 9999 8888	
        update_contact	2026-11-30	nuevo email para Initech: pagos@initech.es	
        update_contact	2026-11-30	globex contact is now Jane Doe	
        update_contact	2026-11-30	change soylent's email to cxp@soylent.mx	
        demand_letter	2026-11-30	carta de requerimiento para Hooli	
        demand_letter	2026-11-30	prepara la reclamación formal a Umbrella para el abogado	
        demand_letter	2026-11-30	demand letter for pied piper please	
        demand_letter	2026-11-30	write the final demand letter to globex	
        late_fee	2026-11-30	¿cuánto de intereses le toca pagar a Umbrella?	
        late_fee	2026-11-30	intereses de demora de la H-778	
        late_fee	2026-11-30	late fees for soylent?	
        late_fee	2026-11-30	how much interest does acme owe for paying late?	
        check_tone	2026-11-30	¿te parece bien este mensaje? "Hola, os escribo porque la factura lleva 40 días vencida. Por favor, pagad cuanto antes."	
        check_tone	2026-11-30	is this ok to send? "Guys, pay your invoice today or I will stop working for you."	
        check_tone	2026-11-30	revisa mi borrador: "Estimado cliente, le recuerdo que tiene pendiente el pago de la factura."	
        prevention_tips	2026-11-30	¿cómo hago para cobrar a tiempo?	
        prevention_tips	2026-11-30	dame consejos para evitar impagos	
        prevention_tips	2026-11-30	any advice on avoiding late payers?	
        prevention_tips	2026-11-30	how to prevent unpaid invoices	
        pause_followup	2026-11-30	pausa los recordatorios de Acme	
        pause_followup	2026-11-30	Globex no está de acuerdo con la factura, para todo	
        pause_followup	2026-11-30	no le reclames a Soylent hasta enero	
        pause_followup	2026-11-30	pause hooli until december 20	
        pause_followup	2026-11-30	umbrella disputes the invoice, stop the reminders	
        payment_behaviour	2026-11-30	¿Hooli paga a tiempo?	
        payment_behaviour	2026-11-30	¿es de fiar Soylent?	
        payment_behaviour	2026-11-30	¿cómo paga Umbrella normalmente?	
        payment_behaviour	2026-11-30	is globex a good payer?	
        payment_behaviour	2026-11-30	how late does soylent usually pay?	
        forecast	2026-11-30	¿cuánto espero cobrar este mes?	
        forecast	2026-11-30	¿qué cobros tengo previstos en enero?	
        forecast	2026-11-30	¿cuál es mi DSO?	
        forecast	2026-11-30	¿qué clientes han empeorado?	
        forecast	2026-11-30	what can I expect to collect this month?	
        forecast	2026-11-30	who is getting slower at paying?	
        forecast	2026-11-30	average collection period?	
        send_reminder	2026-11-30	envíaselo a Soylent	
        send_reminder	2026-11-30	mándalo ya	
        send_reminder	2026-11-30	go ahead and send it	
        send_reminder	2026-11-30	email it to hooli	
        help	2026-11-30	ayúdame	
        help	2026-11-30	what can you do	
        greet	2026-11-30	buenos días	
        greet	2026-11-30	hi	
        thanks	2026-11-30	gracias!!	
        thanks	2026-11-30	thank you	
        confirm	2026-11-30	sí	
        confirm	2026-11-30	ok, do it	
        deny	2026-11-30	no	
        deny	2026-11-30	no, cancel it	
        undo	2026-11-30	deshacer	
        undo	2026-11-30	undo the last one	
        fallback	2026-11-30	¿cuál es la capital de Perú?	
        fallback	2026-11-30	play some jazz	
        who_owes	2026-11-30	Buenas! ¿me pasas el resumen de lo que me deben los clientes?	
        who_owes	2026-11-30	necesito el informe de cuentas por cobrar para el gestor	
        who_owes	2026-11-30	oye wey, ¿quién me debe feria?	
        who_owes	2026-11-30	¿cuánta plata tengo pendiente de cobro en total?	
        who_owes	2026-11-30	Quisiera saber el importe total que me adeudan	
        who_owes	2026-11-30	dame el ranking de morosos	
        who_owes	2026-11-30	cuanto me deben eh en total o sea sumando todo	
        who_owes	2026-11-30	Good morning, could you tell me who owes me money?	
        who_owes	2026-11-30	pls give me the outstanding receivables report	
        who_owes	2026-11-30	which customers owe us money at the moment?	
        who_owes	2026-11-30	AR summary please	
        who_owes	2026-11-30	who all is pending to pay me?	
        list_overdue	2026-11-30	¿tengo algo vencido?	
        list_overdue	2026-11-30	las facturas que ya vencieron, porfa	
        list_overdue	2026-11-30	¿qué facturas llevan más de 45 días vencidas?	
        list_overdue	2026-11-30	dime qué facturas de Umbrella están vencidas	
        list_overdue	2026-11-30	impagados de más de 90 días	
        list_overdue	2026-11-30	overdue invoices over 60 days please	
        list_overdue	2026-11-30	what invoices are late?	
        list_overdue	2026-11-30	anything past due from Initech?	
        list_overdue	2026-11-30	list the overdue ones, oldest first	
        list_overdue	2026-11-30	which all bills have crossed the due date?	
        client_status	2026-11-30	¿y Soylent qué tal va?	
        client_status	2026-11-30	¿cómo andamos con Wayne?	
        client_status	2026-11-30	¿en qué quedamos con pied piper?	
        client_status	2026-11-30	dame la ficha de Umbrella	
        client_status	2026-11-30	¿Initech ya nos pagó la factura?	
        client_status	2026-11-30	cuéntame cómo está la cuenta de Hooli	
        client_status	2026-11-30	how is the acme account looking?	
        client_status	2026-11-30	what's pending with globex?	
        client_status	2026-11-30	give me an update on soylent please	
        client_status	2026-11-30	did umbrella pay us yet?	
        client_status	2026-11-30	Hooli balance?	
        client_status	2026-11-30	¿cuánto me debe Industrias Ficticias S.A.?	
        draft_reminder	2026-11-30	prepárame un correo para recordarle a Acme la F-2026-088	
        draft_reminder	2026-11-30	mándale un recordatorio amable a Initech	
        draft_reminder	2026-11-30	necesito un email firme para Umbrella	
        draft_reminder	2026-11-30	redacta el primer aviso para Wayne	
        draft_reminder	2026-11-30	hola! ¿me ayudas a escribirle a Hooli por la factura pendiente?	
        draft_reminder	2026-11-30	write to globex about INV-5521, polite please	
        draft_reminder	2026-11-30	can u draft a reminder for soylent	
        draft_reminder	2026-11-30	prepare a firm second reminder for umbrella	
        draft_reminder	2026-11-30	I want to remind pied piper about the remaining balance, write something	
        draft_reminder	2026-11-30	remind initech please	
        draft_reminder	2026-11-30	escríbele a Hooli sobre la factura vencida, que ya toca	client=Hooli
        draft_reminder	2026-11-30	manda un mail educado a initech por lo de las facturas atrasadas	client=Initech
        draft_reminder	2026-11-30	write something nice to Globex about the overdue invoice	client=Globex Corporation
        draft_reminder	2026-11-30	can u email wayne regarding the late invoice	client=Wayne Enterprises
        client_status	2026-11-30	cuánto me debe un brela	client=Umbrella Ibérica S.A.
        record_payment	2026-11-30	Vandelay me pagó 300 euros ayer	unknown=Vandelay
        next_step	2026-11-30	¿qué me toca hacer con Acme?	
        next_step	2026-11-30	Hooli no responde a nada, ¿qué hago?	
        next_step	2026-11-30	¿debería llamar a Soylent?	
        next_step	2026-11-30	¿cuál sería el siguiente paso con Globex?	
        next_step	2026-11-30	¿mando otro correo a Umbrella o llamo?	
        next_step	2026-11-30	what do I do with hooli now?	
        next_step	2026-11-30	acme hasn't replied to two emails, should I phone them?	
        next_step	2026-11-30	advise me on soylent please	
        next_step	2026-11-30	time to escalate umbrella?	
        agenda	2026-11-30	¿qué toca hoy?	
        agenda	2026-11-30	¿a quién le tengo que escribir mañana?	
        agenda	2026-11-30	plan de cobros para hoy	
        agenda	2026-11-30	¿qué seguimientos tengo el lunes?	
        agenda	2026-11-30	what should I chase today?	
        agenda	2026-11-30	my collections to-do for tomorrow	
        agenda	2026-11-30	what's the agenda for today?	
        record_payment	2026-11-30	Acme me transfirió 1.200 € esta mañana	
        record_payment	2026-11-30	me entró un pago de Globex de 500 dólares	
        record_payment	2026-11-30	Hooli liquidó la H-778	
        record_payment	2026-11-30	anota un pago de 300 € de Pied Piper	
        record_payment	2026-11-30	ya cobré lo del café	
        record_payment	2026-11-30	Umbrella abonó la mitad, 1.375,25 €	
        record_payment	2026-11-30	soylent paid 20,000 MXN	
        record_payment	2026-11-30	we received 1,200 euros from acme yesterday	
        record_payment	2026-11-30	initech's payment of €800 arrived	
        record_payment	2026-11-30	log a payment: hooli, 3000 MXN	
        record_payment	2026-11-30	pied piper sent the remaining 1500 eur	
        record_payment	2026-11-30	recd 750 from wayne	client=Wayne Enterprises;amount=750
        log_contact	2026-11-30	le escribí un correo a Globex esta mañana	
        log_contact	2026-11-30	hablé por teléfono con Initech y dicen que lo revisan	
        log_contact	2026-11-30	mandé el aviso a Hooli el lunes	
        log_contact	2026-11-30	Soylent no me contesta los correos	
        log_contact	2026-11-30	anota que llamé a Wayne y no había nadie	
        log_contact	2026-11-30	called acme this morning, they said they'd check	
        log_contact	2026-11-30	emailed umbrella again yesterday	
        log_contact	2026-11-30	I spoke with pied piper's accountant today	
        log_contact	2026-11-30	no answer from hooli	
        promise_to_pay	2026-11-30	Wayne dice que paga el lunes	
        promise_to_pay	2026-11-30	Soylent promete pagar la semana que viene	
        promise_to_pay	2026-11-30	Globex asegura que transfiere el 10 de diciembre	
        promise_to_pay	2026-11-30	Umbrella pagará a finales de mes	
        promise_to_pay	2026-11-30	initech said they'll pay on friday	
        promise_to_pay	2026-11-30	acme promised payment by the 15th	
        promise_to_pay	2026-11-30	hooli will settle next week	
        add_invoice	2026-11-30	nueva factura de 700 € a Pied Piper, vence el 20/12	
        add_invoice	2026-11-30	crea una factura para Soylent por 5.000 pesos mexicanos	
        add_invoice	2026-11-30	add a new invoice for initech, 1,000 EUR due in 30 days	
        add_invoice	2026-11-30	register invoice W-2026-10 for wayne, $2,000	
        update_contact	2026-11-30	el nuevo teléfono de Globex es +1 415 555 0199	
        update_contact	2026-11-30	cambia el email de Acme a admin@acme.es	
        update_contact	2026-11-30	hooli's new contact is Richard Hendricks	
        update_contact	2026-11-30	initech email changed to billing@initech.es	
        demand_letter	2026-11-30	carta de reclamación para Soylent	
        demand_letter	2026-11-30	redacta el requerimiento formal a Hooli	
        demand_letter	2026-11-30	legal demand letter for umbrella	
        demand_letter	2026-11-30	prepare a formal letter of demand to globex	
        late_fee	2026-11-30	¿cuánto de recargo puedo aplicar a Soylent?	
        late_fee	2026-11-30	intereses por la F-2026-061	
        late_fee	2026-11-30	late payment fee for hooli?	
        late_fee	2026-11-30	what interest can I charge on the umbrella invoice?	
        check_tone	2026-11-30	revisa esto antes de que lo mande: "Señores, llevo dos meses esperando el pago"	
        check_tone	2026-11-30	is this too aggressive? "Pay now or face legal action."	
        check_tone	2026-11-30	¿queda muy borde? "Os pido que paguéis ya la factura, estoy cansado."	
        prevention_tips	2026-11-30	¿qué consejos me das para cobrar a tiempo?	
        prevention_tips	2026-11-30	¿cómo evito tener clientes morosos?	
        prevention_tips	2026-11-30	how can I get paid on time?	
        prevention_tips	2026-11-30	tips for avoiding bad payers	
        pause_followup	2026-11-30	pausa todo con Soylent hasta el 15 de diciembre	
        pause_followup	2026-11-30	Hooli reclama la factura H-778, dice que está mal	
        pause_followup	2026-11-30	deja de reclamarle a Acme de momento	
        pause_followup	2026-11-30	pause reminders for umbrella	
        pause_followup	2026-11-30	initech disputes the amount, hold everything	
        payment_behaviour	2026-11-30	¿Wayne es buen pagador?	
        payment_behaviour	2026-11-30	¿Globex paga puntual normalmente?	
        payment_behaviour	2026-11-30	how punctual is hooli?	
        payment_behaviour	2026-11-30	does acme usually pay late?	
        forecast	2026-11-30	¿cuánto dinero espero cobrar en enero?	
        forecast	2026-11-30	¿qué va a entrar la semana que viene?	
        forecast	2026-11-30	¿cuál es mi DSO este trimestre?	
        forecast	2026-11-30	expected collections for december?	
        forecast	2026-11-30	who's paying slower than usual?	
        send_reminder	2026-11-30	envíaselo ya	
        send_reminder	2026-11-30	manda el recordatorio	
        send_reminder	2026-11-30	send it to them now	
        send_reminder	2026-11-30	please send the reminder	
        help	2026-11-30	¿qué cosas puedo preguntarte?	
        help	2026-11-30	how does this work?	
        help	2026-11-30	bot, what all you can do for me	
        greet	2026-11-30	hola, buenas	
        greet	2026-11-30	hello!	
        thanks	2026-11-30	genial, gracias	
        thanks	2026-11-30	thanks mate	
        confirm	2026-11-30	sí, eso	
        confirm	2026-11-30	yes, correct	
        deny	2026-11-30	no, espera	
        deny	2026-11-30	nah, don't	
        undo	2026-11-30	deshaz eso	
        undo	2026-11-30	undo the last change	
        fallback	2026-11-30	¿qué hora es en Tokio?	
        fallback	2026-11-30	write me a poem	
        next_step	2026-11-30	Umbrella no contesta ni los correos ni el teléfono, qué más puedo hacer?	client=Umbrella Ibérica S.A.
        next_step	2026-11-30	con Soylent ya no sé qué hacer, me aconsejas algo?	client=Soylent S.A. de C.V.
        next_step	2026-11-30	Initech ghosted me after two reminders, what else can I do?	client=Initech
        agenda	2026-11-30	a quién le toca recordatorio esta semana?	
        who_owes	2026-11-30	necesito ver la cartera pendiente antes de la reunión con el contador	
        log_contact	2026-11-30	just got off the phone with Hooli's finance guy, no promises	client=Hooli
        log_contact	2026-11-30	llamada a hooli sin respuesta	client=Hooli
        log_contact	2026-11-30	emailed globex no reply	client=Globex Corporation
        send_reminder	2026-11-30	envíale ya el recordatorio a Globex por correo	client=Globex Corporation
        send_reminder	2026-11-30	send the reminder to Hooli now	client=Hooli
        deny	2026-11-30	nah, don't send it	
        deny	2026-11-30	no, no se lo mandes todavía	
        who_owes	2026-11-30	cuánta plata tengo en la calle ahora mismo?	
        next_step	2026-11-30	Wayne keeps dodging my calls, any ideas?	client=Wayne Enterprises
        next_step	2026-11-30	la verdad con Initech ya no sé qué más probar	client=Initech
        """#
}
