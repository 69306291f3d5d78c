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
"""#
}
