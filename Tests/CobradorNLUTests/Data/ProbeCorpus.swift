/// Probes written to find what the parser did not yet understand (none copied from the shared sets):
/// messages of every kind the realistic set has, and date and money forms modelled on the public test
/// suites of Duckling, dateparser, chrono, recognizers-text and price-parser (own wording). Dates and
/// amounts are read against Monday 30 November 2026.
enum ProbeCorpus {
    /// Same layout as `RealisticCorpus.table`: intent, today, message, expected entities.
    static let messages = #"""
        who_owes	2026-11-30	buenos días jefe, ¿me pasas el total de lo que me deben?	
        who_owes	2026-11-30	parce cuánta plata me deben los clientes	
        who_owes	2026-11-30	sumercé, ¿quiénes me tienen pendiente pago?	
        who_owes	2026-11-30	weón quién me debe lucas todavía	
        who_owes	2026-11-30	oye causa, ¿cuánto me deben en total?	
        who_owes	2026-11-30	resumen de la cartera por cobrar	
        who_owes	2026-11-30	¿cuál es el saldo total de clientes?	
        who_owes	2026-11-30	necesito el informe de saldos pendientes para el contable	
        who_owes	2026-11-30	quien me debe	
        who_owes	2026-11-30	me podrías decir cuánto dinero tengo por cobrar	
        who_owes	2026-11-30	aged debtors report please	
        who_owes	2026-11-30	what's my AR aging looking like	
        who_owes	2026-11-30	pls to show me who is owing money	
        who_owes	2026-11-30	Could you kindly provide the outstanding balance of all customers?	
        who_owes	2026-11-30	whos got unpaid invoices with me	
        who_owes	2026-11-30	give me total receivables	
        who_owes	2026-11-30	morning! quick one, who owes me what?	
        list_overdue	2026-11-30	¿cuáles facturas ya se vencieron?	
        list_overdue	2026-11-30	muéstrame las facturas atrasadas	
        list_overdue	2026-11-30	qué está vencido hace más de 90 días	days=90
        list_overdue	2026-11-30	facturas con más de dos meses de atraso	days=60
        list_overdue	2026-11-30	las vencidas porfa	
        list_overdue	2026-11-30	dame los impagos con más de 45 días	days=45
        list_overdue	2026-11-30	which bills are overdue	
        list_overdue	2026-11-30	overdue invoices older than 90 days	days=90
        list_overdue	2026-11-30	show me everything that's past due for globex	client=Globex Corporation
        list_overdue	2026-11-30	late payers list	
        list_overdue	2026-11-30	anything more than a month late?	days=30
        client_status	2026-11-30	¿qué onda con Hooli, ya pagaron?	client=Hooli
        client_status	2026-11-30	¿en qué quedó lo de Initech?	client=Initech
        client_status	2026-11-30	cómo va la cuenta de los del café	client=Café La Esquina
        client_status	2026-11-30	¿cuánto me debe Cyberdyne?	unknown=Cyberdyne
        client_status	2026-11-30	saldo de Massive Dynamic porfa	unknown=Massive Dynamic
        client_status	2026-11-30	¿piedpiper me debe algo?	client=Pied Piper
        client_status	2026-11-30	como va soilent	client=Soylent S.A. de C.V.
        client_status	2026-11-30	wayne?	client=Wayne Enterprises
        client_status	2026-11-30	quisiera saber el estado de la cuenta de Globex	client=Globex Corporation
        client_status	2026-11-30	how much does initech still owe	client=Initech
        client_status	2026-11-30	did pied piper pay us already?	client=Pied Piper
        client_status	2026-11-30	what is the status of Umbrella account kindly	client=Umbrella Ibérica S.A.
        client_status	2026-11-30	balance check on hooli	client=Hooli
        draft_reminder	2026-11-30	escríbele algo a Hooli recordándole la factura	client=Hooli
        draft_reminder	2026-11-30	mándame un borrador de recordatorio para pied piper	client=Pied Piper
        draft_reminder	2026-11-30	arma un correo para los de soylent, que ya van dos meses	client=Soylent S.A. de C.V.
        draft_reminder	2026-11-30	ayúdame a redactar un mensaje para Initech por la F-2026-110	client=Initech;invoice=F-2026-110
        draft_reminder	2026-11-30	rem wayne amable	client=Wayne Enterprises
        draft_reminder	2026-11-30	necesito un mail firme para Umbrella, que no pagan ni a palos	client=Umbrella Ibérica S.A.
        draft_reminder	2026-11-30	hazme un whatsapp cortito para recordarle al café que me debe	client=Café La Esquina
        draft_reminder	2026-11-30	draft a polite nudge to globex about INV-5521	client=Globex Corporation;invoice=INV-5521
        draft_reminder	2026-11-30	write a reminder email for hooli pls	client=Hooli
        draft_reminder	2026-11-30	Would you be so kind as to prepare a reminder for Wayne Enterprises?	client=Wayne Enterprises
        draft_reminder	2026-11-30	can u write something firm to acme, they're taking the mickey	client=Acme S.L.
        draft_reminder	2026-11-30	please do the needful and draft a reminder mail to Initech	client=Initech
        draft_reminder	2026-11-30	I need a friendly chaser for Pied Piper	client=Pied Piper
        next_step	2026-11-30	los de Hooli no contestan ni el teléfono, ¿qué hago?	client=Hooli
        next_step	2026-11-30	¿qué me recomiendas con Umbrella?	client=Umbrella Ibérica S.A.
        next_step	2026-11-30	no le escribas todavía a soylent, solo dime qué toca	client=Soylent S.A. de C.V.
        next_step	2026-11-30	ya le mandé tres correos a Initech y nada, ¿cómo sigo?	client=Initech
        next_step	2026-11-30	¿qué hago con los del café? me dejaron en visto	client=Café La Esquina
        next_step	2026-11-30	Hank me escribió: "les transferimos la semana que viene" ¿qué hago?	
        next_step	2026-11-30	¿le mando el burofax ya a Umbrella o espero?	client=Umbrella Ibérica S.A.
        next_step	2026-11-30	what should I do about wayne	client=Wayne Enterprises
        next_step	2026-11-30	globex keeps saying next week, how do I handle this?	client=Globex Corporation
        next_step	2026-11-30	any advice on hooli? they ghosted me	client=Hooli
        next_step	2026-11-30	don't send anything to initech yet, just tell me what's next	client=Initech
        next_step	2026-11-30	Soylent wrote: "payment is being processed" - what now?	client=Soylent S.A. de C.V.
        next_step	2026-11-30	what do you suggest for pied piper	client=Pied Piper
        agenda	2026-11-30	¿qué tengo pendiente para hoy?	date=2026-11-30
        agenda	2026-11-30	buenas! ¿qué toca esta semana?	
        agenda	2026-11-30	¿a quién tengo que llamar hoy?	date=2026-11-30
        agenda	2026-11-30	tareas de cobro de mañana	date=2026-12-01
        agenda	2026-11-30	hola, qué me toca hacer hoy	date=2026-11-30
        agenda	2026-11-30	what's on my plate today	date=2026-11-30
        agenda	2026-11-30	who do I chase today?	date=2026-11-30
        agenda	2026-11-30	todo list for tomorrow	date=2026-12-01
        agenda	2026-11-30	what's on the agenda this week	
        record_payment	2026-11-30	ya pagó Initech, 800 euros por transferencia	client=Initech;amount=800;currency=EUR
        record_payment	2026-11-30	me consignaron 2 millones de pesos los de Hooli	client=Hooli;amount=2000000
        record_payment	2026-11-30	Pied Piper me hizo un Bizum de 150 €	client=Pied Piper;amount=150;currency=EUR
        record_payment	2026-11-30	buenas noticias! Umbrella abonó la F-2026-061	client=Umbrella Ibérica S.A.;invoice=F-2026-061
        record_payment	2026-11-30	apunta un pago de acme de 1200 euros	client=Acme S.L.;amount=1200;currency=EUR
        record_payment	2026-11-30	pago acme 450	client=Acme S.L.;amount=450
        record_payment	2026-11-30	el café pagó ayer trescientos euros	client=Café La Esquina;amount=300;currency=EUR;date=2026-11-29
        record_payment	2026-11-30	entró la transferencia de globex, 3.500 dólares	client=Globex Corporation;amount=3500;currency=USD
        record_payment	2026-11-30	Soylent depositó 20 mil varos	client=Soylent S.A. de C.V.;amount=20000
        record_payment	2026-11-30	cobré lo de Wayne, 2.000 dólares el viernes pasado	client=Wayne Enterprises;amount=2000;currency=USD;date=2026-11-27
        record_payment	2026-11-30	llegó la remesa de Umbrella por 1.500 €	client=Umbrella Ibérica S.A.;amount=1500;currency=EUR
        record_payment	2026-11-30	hooli pagó mil doscientos cincuenta pesos mexicanos	client=Hooli;amount=1250;currency=MXN
        record_payment	2026-11-30	Initech has paid 800 EUR today	client=Initech;amount=800;currency=EUR;date=2026-11-30
        record_payment	2026-11-30	received $2,000 from wayne via ACH	client=Wayne Enterprises;amount=2000
        record_payment	2026-11-30	Pied Piper sent 1.5k euros, please log it	client=Pied Piper;amount=1500;currency=EUR
        record_payment	2026-11-30	globex payed INV-5521 in full	client=Globex Corporation;invoice=INV-5521
        record_payment	2026-11-30	Great news, Hooli finally coughed up 5000 pesos	client=Hooli;amount=5000
        record_payment	2026-11-30	the cafe paid me 300 quid yesterday	client=Café La Esquina;amount=300;currency=GBP;date=2026-11-29
        record_payment	2026-11-30	cheque received from soylent for 21,000 MXN	client=Soylent S.A. de C.V.;amount=21000;currency=MXN
        log_contact	2026-11-30	hablé con la de contabilidad de Acme, dice que lo mira	client=Acme S.L.
        log_contact	2026-11-30	llamé a globex y no me lo cogieron	client=Globex Corporation
        log_contact	2026-11-30	le dejé un audio a los de Hooli esta mañana	client=Hooli;date=2026-11-30
        log_contact	2026-11-30	anota que le escribí a Initech el jueves	client=Initech;date=2026-11-26
        log_contact	2026-11-30	Te cuento: fui a la oficina de Soylent y no estaba el contador, apúntalo	client=Soylent S.A. de C.V.
        log_contact	2026-11-30	le marqué a wayne y me colgaron	client=Wayne Enterprises
        log_contact	2026-11-30	mandé el correo a pied piper hace dos días	client=Pied Piper;date=2026-11-28
        log_contact	2026-11-30	spoke with globex accounts payable, they need a PO number	client=Globex Corporation
        log_contact	2026-11-30	emailed hooli again yesterday, no reply	client=Hooli;date=2026-11-29
        log_contact	2026-11-30	had a call with Initech this morning, they're checking	client=Initech;date=2026-11-30
        log_contact	2026-11-30	note: texted the guy at pied piper on monday	client=Pied Piper
        log_contact	2026-11-30	I have called Umbrella two times but nobody picked	client=Umbrella Ibérica S.A.
        promise_to_pay	2026-11-30	los de Initech dicen que pagan el lunes 7	client=Initech;date=2026-12-07
        promise_to_pay	2026-11-30	Hooli me prometió la lana para el 15 de diciembre	client=Hooli;date=2026-12-15
        promise_to_pay	2026-11-30	Fwd: «la INV-5521 la pagamos el viernes» apúntalo	invoice=INV-5521;date=2026-12-04
        promise_to_pay	2026-11-30	acme queda en pagar pasado mañana	client=Acme S.L.;date=2026-12-02
        promise_to_pay	2026-11-30	el café dice que me paga la semana que viene	client=Café La Esquina
        promise_to_pay	2026-11-30	soylent se comprometió a pagar el quince de diciembre	client=Soylent S.A. de C.V.;date=2026-12-15
        promise_to_pay	2026-11-30	umbrella dice que transfiere dentro de 10 días	client=Umbrella Ibérica S.A.;date=2026-12-10
        promise_to_pay	2026-11-30	wayne says they'll pay on december tenth	client=Wayne Enterprises;date=2026-12-10
        promise_to_pay	2026-11-30	Initech promised to settle by Friday	client=Initech;date=2026-12-04
        promise_to_pay	2026-11-30	hooli will transfer the money next Monday	client=Hooli;date=2026-12-07
        promise_to_pay	2026-11-30	pied piper committed to paying €1,500 on the 15th	client=Pied Piper;amount=1500;currency=EUR;date=2026-12-15
        promise_to_pay	2026-11-30	Globex told me payment will be done by 12/18	client=Globex Corporation;date=2026-12-18
        add_invoice	2026-11-30	agrega una factura a Pied Piper de 2.000 € que vence el 31/12	client=Pied Piper;amount=2000;currency=EUR;date=2026-12-31
        add_invoice	2026-11-30	factura nueva: Globex, 4.200 USD, vencimiento 15 de enero	client=Globex Corporation;amount=4200;currency=USD;date=2027-01-15
        add_invoice	2026-11-30	create an invoice for Hooli, 9,000 MXN due Dec 20	client=Hooli;amount=9000;currency=MXN;date=2026-12-20
        add_invoice	2026-11-30	add invoice INV-6001 to wayne for $3,000 due in 30 days	client=Wayne Enterprises;invoice=INV-6001;amount=3000;date=2026-12-30
        add_invoice	2026-11-30	mete una factura de 700 euros al café, vence en 15 días	client=Café La Esquina;amount=700;currency=EUR;date=2026-12-15
        update_contact	2026-11-30	el correo nuevo de Initech es pagos@initech.es	client=Initech;email=pagos@initech.es
        update_contact	2026-11-30	actualiza el email de globex: ar@globex.com	client=Globex Corporation;email=ar@globex.com
        update_contact	2026-11-30	hooli's new billing contact is maria@hooli.mx	client=Hooli;email=maria@hooli.mx
        update_contact	2026-11-30	change pied piper's email to finance@piedpiper.com	client=Pied Piper;email=finance@piedpiper.com
        demand_letter	2026-11-30	hazme la carta de reclamación formal para Hooli	client=Hooli
        demand_letter	2026-11-30	quiero mandarle un burofax a acme, prepáralo	client=Acme S.L.
        demand_letter	2026-11-30	draft a letter before action for Globex	client=Globex Corporation
        demand_letter	2026-11-30	prepare a formal demand letter to Wayne Enterprises	client=Wayne Enterprises
        late_fee	2026-11-30	¿cuánto le puedo cobrar de intereses a Hooli por el retraso?	client=Hooli
        late_fee	2026-11-30	calcula los intereses de mora de la F-2026-061	invoice=F-2026-061
        late_fee	2026-11-30	how much late fee can I charge globex	client=Globex Corporation
        late_fee	2026-11-30	work out the interest on the overdue INV-5521	invoice=INV-5521
        check_tone	2026-11-30	revisa este mensaje: "Hola, ¿nos pueden decir cuándo pagan? gracias"	
        check_tone	2026-11-30	¿suena bien así? "Estimados, les recuerdo que la factura venció hace 30 días"	
        check_tone	2026-11-30	check my tone: "Pay now or I'm taking you to court"	
        check_tone	2026-11-30	is this too rude? 'You guys are a joke, pay the invoice'	
        prevention_tips	2026-11-30	¿qué hago para que no me paguen tarde?	
        prevention_tips	2026-11-30	consejos para cobrar a tiempo	
        prevention_tips	2026-11-30	how do I stop clients from paying late	
        prevention_tips	2026-11-30	tips to avoid late payments	
        pause_followup	2026-11-30	para los recordatorios a Globex, están en disputa	client=Globex Corporation
        pause_followup	2026-11-30	no le mandes más avisos a hooli hasta el 15 de diciembre	client=Hooli;date=2026-12-15
        pause_followup	2026-11-30	pause reminders for wayne until january	client=Wayne Enterprises
        pause_followup	2026-11-30	stop chasing initech for now, they disputed the invoice	client=Initech
        help	2026-11-30	¿para qué sirves?	
        help	2026-11-30	how does this work?	
        greet	2026-11-30	buenas buenas	
        greet	2026-11-30	good morning!	
        thanks	2026-11-30	gracias parce	
        thanks	2026-11-30	thanks a lot!	
        confirm	2026-11-30	yep that's right	
        deny	2026-11-30	no, ese no	
        deny	2026-11-30	nah, not that one	
        undo	2026-11-30	deshaz eso	
        undo	2026-11-30	undo the last payment	
        fallback	2026-11-30	¿quién ganó el partido ayer?	
        fallback	2026-11-30	book me a flight to London	
        fallback	2026-11-30	recomiéndame una peli	
        who_owes	2026-11-30	eh bueno o sea quien me debe plata	
        record_payment	2026-11-30	acme no perdón globex pagó 3500 dólares	client=Globex Corporation;amount=3500;currency=USD
        record_payment	2026-11-30	um so globex paid two thousand dollars today	client=Globex Corporation;amount=2000;currency=USD;date=2026-11-30
        promise_to_pay	2026-11-30	initech dice que paga el viernes no perdón el lunes	client=Initech;date=2026-12-07
        log_contact	2026-11-30	llame a initech esta manana y no contestaron	client=Initech;date=2026-11-30
        client_status	2026-11-30	cuanto debe estudio nunez	client=Estudio Núñez & Asociados
        who_owes	2026-11-30	dime quien me debe dinero por favor gracias	
        next_step	2026-11-30	que hago con hooli que no paga	client=Hooli
        draft_reminder	2026-11-30	escribe un recordatorio para acme no mejor para globex	client=Globex Corporation
        client_status	2026-11-30	oye, ¿sabes si los de Hooli ya me pagaron lo de noviembre?	client=Hooli
        record_payment	2026-11-30	mira, al final wayne me pagó los 2500 dólares, regístralo	client=Wayne Enterprises;amount=2500;currency=USD
        log_contact	2026-11-30	ok so I rang globex and they said the cheque is in the post, log it	client=Globex Corporation
        next_step	2026-11-30	Hooli wrote: "we will pay next week" - what should I do?	client=Hooli
        promise_to_pay	2026-11-30	Hooli wrote "we'll pay on Friday", log it as a promise	client=Hooli;date=2026-12-04
        who_owes	2026-11-30	Dear Cobrador, I would be grateful if you could list my debtors	
        client_status	2026-11-30	Me gustaría saber cuánto nos debe Wayne Enterprises, si es posible	client=Wayne Enterprises
        draft_reminder	2026-11-30	¿Sería tan amable de preparar un recordatorio para Globex?	client=Globex Corporation
        """#

    /// language, text, ISO date.
    static let dates = #"""
        en	on the 3rd of January	2027-01-03
        en	January 3rd	2027-01-03
        en	3 Jan 2027	2027-01-03
        en	Jan 3, 2027	2027-01-03
        en	the 15th of December	2026-12-15
        en	12/25	2026-12-25
        en	12/25/2026	2026-12-25
        en	12-25-2026	2026-12-25
        en	2026/12/25	2026-12-25
        en	25 Dec 2026	2026-12-25
        en	Dec. 25	2026-12-25
        en	Sept 4 2027	2027-09-04
        en	Tue, Dec 8	2026-12-08
        en	Wed Dec 9 2026	2026-12-09
        en	Friday, 11 December 2026	2026-12-11
        en	next Friday	2026-12-04
        en	this coming Wednesday	2026-12-02
        en	a week from Friday	2026-12-11
        en	in a fortnight	2026-12-14
        en	in 10 days	2026-12-10
        en	10 days from now	2026-12-10
        en	5 days ago	2026-11-25
        en	a month ago	2026-10-30
        en	day after tomorrow	2026-12-02
        en	tomorrow	2026-12-01
        en	today	2026-11-30
        en	the first of next month	2026-12-01
        en	the last day of the month	2026-11-30
        en	the last day of December	2026-12-31
        en	first Monday of January	2027-01-04
        en	second Friday of December	2026-12-11
        en	Friday after next	2026-12-11
        en	Monday after next	2026-12-14
        en	3 weeks ago	2026-11-09
        en	two months from now	2027-01-30
        en	in 1 year	2027-11-30
        en	the 2nd	2026-12-02
        en	on the 31st	2026-12-31
        en	December twenty-fifth	2026-12-25
        en	the twenty-first of December	2026-12-21
        en	first of january twenty twenty seven	2027-01-01
        en	Thursday 10th December	2026-12-10
        en	by close of business Friday	2026-12-04
        en	tomorrow morning	2026-12-01
        en	tonight	2026-11-30
        en	last Tuesday	2026-11-24
        en	15th Dec	2026-12-15
        en	15-12-2026	2026-12-15
        en	dec 15	2026-12-15
        en	Dec-15-2026	2026-12-15
        en	15/Dec/2026	2026-12-15
        en	Dec 2026	2026-12-01
        en	4 days after christmas	2026-12-29
        en	ten days ago	2026-11-20
        en	fourteenth of december	2026-12-14
        en	the 7th of next month	2026-12-07
        en	2026-12-07	2026-12-07
        en	Mon, December 7th	2026-12-07
        en	wednesday next week	2026-12-09
        en	a week ago	2026-11-23
        en	one week from tomorrow	2026-12-08
        en	in three weeks	2026-12-21
        en	14 days hence	2026-12-14
        en	the following Monday	2026-12-07
        en	on Dec 1st	2026-12-01
        en	February 28th 2027	2027-02-28
        en	28/02/2027	2027-02-28
        en	the third Friday of January	2027-01-15
        en	8th of december 2026	2026-12-08
        en	december the 8th	2026-12-08
        en	we met on 11/20	2026-11-20
        en	paid on the 27th	2026-11-27
        en	I sent it 2 weeks ago	2026-11-16
        en	last Thursday	2026-11-26
        en	yesterday morning	2026-11-29
        en	this Thursday	2026-12-03
        en	twelve days from today	2026-12-12
        en	Sunday	2026-12-06
        en	sat	2026-12-05
        en	thu 3rd	2026-12-03
        en	20261215	2026-12-15
        es	el 15 de diciembre	2026-12-15
        es	15 de diciembre de 2026	2026-12-15
        es	el martes 1 de diciembre	2026-12-01
        es	el jueves 3	2026-12-03
        es	el viernes 11 de diciembre	2026-12-11
        es	el próximo martes	2026-12-01
        es	el martes que viene	2026-12-01
        es	el martes pasado	2026-11-24
        es	el viernes pasado	2026-11-27
        es	pasado mañana	2026-12-02
        es	anteayer	2026-11-28
        es	antier	2026-11-28
        es	ayer	2026-11-29
        es	mañana	2026-12-01
        es	hoy	2026-11-30
        es	dentro de 2 semanas	2026-12-14
        es	en tres semanas	2026-12-21
        es	en 10 días	2026-12-10
        es	hace 3 días	2026-11-27
        es	hace una semana	2026-11-23
        es	hace dos semanas y dos días	2026-11-14
        es	hace un mes	2026-10-30
        es	el primer viernes de diciembre	2026-12-04
        es	el último viernes del mes	2026-11-27
        es	el segundo lunes de enero	2027-01-11
        es	el tercer martes	2026-12-15
        es	el 20 del mes que viene	2026-12-20
        es	el 5 del mes pasado	2026-10-05
        es	15/12/2026	2026-12-15
        es	vence el 03/12	2026-12-03
        es	3-12-2026	2026-12-03
        es	3.12.2026	2026-12-03
        es	2026/12/03	2026-12-03
        es	el quince de diciembre	2026-12-15
        es	el primero de enero	2027-01-01
        es	el uno de diciembre	2026-12-01
        es	el treinta y uno de diciembre	2026-12-31
        es	el día 10	2026-12-10
        es	el 10	2026-12-10
        es	a fin de mes	2026-11-30
        es	a finales del mes que viene	2026-12-31
        es	a principios de enero	2027-01-01
        es	en navidad	2026-12-25
        es	el lunes que viene	2026-12-07
        es	el miércoles de la semana que viene	2026-12-09
        es	tres semanas a partir de mañana	2026-12-22
        es	dos semanas después del 15 de enero	2027-01-29
        es	3 días después del 12	2026-12-15
        es	dentro de un par de días	2026-12-02
        es	diciembre de 2026	2026-12-01
        es	el 1 de marzo	2027-03-01
        es	el 1º de marzo	2027-03-01
        es	lunes 7 de diciembre	2026-12-07
        es	quince de agosto de mil novecientos noventa y tres	1993-08-15
        es	el 5 de dic.	2026-12-05
        es	5-dic-2026	2026-12-05
        es	en quince días	2026-12-15
        es	de aquí a una semana	2026-12-07
        es	en nochebuena	2026-12-24
        es	el martes 8	2026-12-08
        es	el sábado	2026-12-05
        es	el domingo pasado	2026-11-29
        es	hace quince días	2026-11-15
        es	el 31/12	2026-12-31
        es	el 2 de enero del 2027	2027-01-02
        es	el 2 de enero de 2027	2027-01-02
        es	nací el 3/4/98	1998-04-03
        es	pagó el 27 de noviembre	2026-11-27
        es	le escribí hace diez días	2026-11-20
        es	el jueves pasado	2026-11-26
        es	este jueves	2026-12-03
        es	el viernes de la semana que viene	2026-12-11
        es	el viernes de la próxima semana	2026-12-11
        es	mañana por la mañana	2026-12-01
        es	esta tarde	2026-11-30
        es	dentro de un mes	2026-12-30
        es	en dos meses	2027-01-30
        es	dentro de un año	2027-11-30
        es	el último día del mes	2026-11-30
        es	el último día de diciembre	2026-12-31
        es	el segundo viernes de diciembre	2026-12-11
        es	el 7 del próximo mes	2026-12-07
        es	el 8 de diciembre del 2026	2026-12-08
        es	8 dic 2026	2026-12-08
        es	martes, 8 de diciembre de 2026	2026-12-08
        es	el veinticinco de diciembre	2026-12-25
        es	hace tres semanas	2026-11-09
        es	el lunes de la semana pasada	2026-11-23
        es	4 días después de navidad	2026-12-29
        es	el sábado que viene	2026-12-05
        es	el día de reyes	2027-01-06
        es	año nuevo	2027-01-01
        es	20261215	2026-12-15
        es	el 15.12	2026-12-15
        """#

    /// language, text, amount, currency (ISO code, or "-" when the text names none).
    static let money = #"""
        en	$1,199.99	1199.99	-
        en	USD 1,500	1500	USD
        en	1.500,00 EUR	1500	EUR
        en	EUR 1.200,50	1200.50	EUR
        en	€ 99	99	EUR
        en	99€	99	EUR
        en	12,000 euros	12000	EUR
        en	£1.5m	1500000	GBP
        en	£ 8.10 million	8100000	GBP
        en	$ 48.2 million	48200000	-
        en	US$ 94,000	94000	USD
        en	$ 1 billion	1000000000	-
        en	2.75 dollars	2.75	USD
        en	10 bucks	10	USD
        en	five hundred dollars	500	USD
        en	a thousand euros	1000	EUR
        en	1k USD	1000	USD
        en	2.5K EUR	2500	EUR
        en	€2.5k	2500	EUR
        en	Rs. 5,000	5000	INR
        en	Rs 1,50,000	150000	INR
        en	INR 1,00,00,000	10000000	INR
        en	INR 2 lakh	200000	INR
        en	₹ 10 crore	100000000	INR
        en	5 lakh rupees	500000	INR
        en	CHF 1'000	1000	CHF
        en	1 000 000 €	1000000	EUR
        en	500 SEK	500	SEK
        en	JPY 10,000	10000	JPY
        en	CA$ 50	50	CAD
        en	AU$100	100	AUD
        en	MX$ 1,000	1000	MXN
        en	COP 2.000.000	2000000	COP
        en	CLP 150.000	150000	CLP
        en	S/ 350	350	PEN
        en	₫50,000	50000	VND
        en	100 dirhams	100	AED
        en	200 riyals	200	SAR
        en	1,000 pesos	1000	-
        en	1000 mexican pesos	1000	MXN
        en	500 colombian pesos	500	COP
        en	12.50 GBP	12.50	GBP
        en	GBP12.50	12.50	GBP
        en	0.99 USD	0.99	USD
        en	forty-five euros	45	EUR
        en	one million two hundred thousand dollars	1200000	USD
        en	2 million pounds	2000000	GBP
        en	3 billion yen	3000000000	JPY
        en	€1.2bn	1200000000	EUR
        en	$3.2M	3200000	-
        en	20 USD and 50 cents	20.50	USD
        en	7 euros 50	7.50	EUR
        en	1,000.00 dollars	1000	USD
        en	USD1,250.00	1250	USD
        en	1250 usd	1250	USD
        en	€ 1,234,567.89	1234567.89	EUR
        en	3,500 MXN	3500	MXN
        en	fifty quid	50	GBP
        en	a hundred and fifty dollars	150	USD
        en	US $ 500	500	USD
        en	USD 2.5 million	2500000	USD
        en	EUR 3m	3000000	EUR
        en	100 Swiss francs	100	CHF
        en	€0.50	0.50	EUR
        en	the invoice of 1,750.00 euro	1750	EUR
        en	900 EUR	900	EUR
        en	£12k	12000	GBP
        es	1.200 €	1200	EUR
        es	1.200,50 euros	1200.50	EUR
        es	€ 1.200,50	1200.50	EUR
        es	$ 1.500.000	1500000	-
        es	2 millones de pesos	2000000	-
        es	48.000 millones de dólares	48000000000	USD
        es	10050 millones de dólares de Hong Kong	10050000000	HKD
        es	2,75 dólares	2.75	USD
        es	quinientos euros	500	EUR
        es	mil quinientos pesos mexicanos	1500	MXN
        es	cien mil pesos colombianos	100000	COP
        es	15 mil pesos	15000	-
        es	50 pavos	50	EUR
        es	200 soles	200	PEN
        es	S/ 200	200	PEN
        es	500 reales	500	BRL
        es	300 libras	300	GBP
        es	200 libras esterlinas	200	GBP
        es	1000 yenes	1000	JPY
        es	100 francos suizos	100	CHF
        es	5000 rupias	5000	INR
        es	800 yuanes	800	CNY
        es	100 dólares canadienses	100	CAD
        es	US$ 500	500	USD
        es	USD 500	500	USD
        es	u$s 300	300	USD
        es	U$D 90 millones	90000000	USD
        es	350 dólares con 50	350.50	USD
        es	15 euros con 50 céntimos	15.50	EUR
        es	1.000.000 COP	1000000	COP
        es	$ 2.500 MXN	2500	MXN
        es	MXN 2,500	2500	MXN
        es	2.500 pesos chilenos	2500	CLP
        es	10.000 pesos argentinos	10000	ARS
        es	3,5 millones de euros	3500000	EUR
        es	un millón de dólares	1000000	USD
        es	dos mil euros	2000	EUR
        es	3 mil €	3000	EUR
        es	12 zlotys	12	PLN
        es	100 coronas suecas	100	SEK
        es	₡5000	5000	CRC
        es	50 quetzales	50	GTQ
        es	$ 1,17 mil millones	1170000000	-
        es	$ 48,2 millones	48200000	-
        es	£ 8,10 millones	8100000	GBP
        es	C$ 16,4 millones	16400000	CAD
        es	$ un mil millones	1000000000	-
        es	veinte euros	20	EUR
        es	mil doscientos cincuenta euros	1250	EUR
        es	1200 eur	1200	EUR
        es	EUR 450	450	EUR
        es	450 € de la factura	450	EUR
        es	450,00€	450	EUR
        es	1.250.000 pesos colombianos	1250000	COP
        es	doscientos mil pesos	200000	-
        es	ciento veinte dólares	120	USD
        es	1,5 millones de dólares	1500000	USD
        es	4 mil dólares	4000	USD
        es	20 lucas	20000	-
        es	2 palos	2000000	-
        es	veinte mil pesos mexicanos	20000	MXN
        """#
}
