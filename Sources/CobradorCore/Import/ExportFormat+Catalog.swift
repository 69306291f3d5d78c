import Foundation

/// The exports cobrador reads, modelled on each tool's documented export columns (docs/import.md
/// lists them with their sources). Column names are compared as `HeaderKey`s, so case, accents,
/// spaces and punctuation do not matter.
extension ExportFormat {
    public static let catalog: [ExportFormat] = [
        cobrador, invoiceNinja, zoho, freshBooks, wave, quickBooks, xero, stripe, holded, invoicely, invoice2go,
    ]

    /// cobrador's own ten columns (PRODUCT.md §3), English or Spanish, plus `paid_on` / `pagado_el`.
    public static let cobrador = ExportFormat(
        name: "cobrador", title: "cobrador", layout: .invoicePerRow, dateOrder: .dmy,
        columns: [
            .number: ["number", "numero"], .client: ["client", "cliente"], .email: ["email", "correo"],
            .phone: ["phone", "telefono"], .contact: ["contact", "contacto"], .issued: ["issued", "emision"],
            .due: ["due", "vencimiento"], .total: ["amount", "importe"], .currency: ["currency", "moneda"],
            .paid: ["paid", "pagado"], .paidOn: ["paid_on", "pagado_el", "paid on", "pagado el"],
        ],
        strict: true)

    /// Invoice Ninja: v4's "Invoices" export (a title line, a blank line and "INVOICES" before the header;
    /// one row per item) and v5's invoice report (`Invoice Number`, `Balance`, `Paid to Date`…).
    public static let invoiceNinja = ExportFormat(
        name: "invoiceninja", title: "Invoice Ninja", layout: .grouped, dateOrder: .mdy,
        columns: [
            .number: ["Invoice Number", "Invoice Invoice Number", "Number"],
            .client: ["Client", "Client Name", "Name"],
            .email: ["Email", "Contact Email", "Client Email"],
            .phone: ["Phone", "Contact Phone", "Client Phone"],
            .firstName: ["Contact First Name", "First Name"], .lastName: ["Contact Last Name", "Last Name"],
            .issued: ["Invoice Date", "Date", "Invoice Invoice Date"],
            .due: ["Due Date", "Invoice Due Date"],
            .total: ["Amount", "Invoice Amount"],
            .balance: ["Balance", "Invoice Balance"],
            .paid: ["Paid", "Paid to Date", "Invoice Paid to Date"],
            .status: ["Status", "Invoice Status"],
            .currency: ["Currency", "Client Currency", "Invoice Currency"],
            .lineAmount: ["Item Line Total", "Line Total"], .quantity: ["Item Quantity"], .unitPrice: ["Item Cost"],
        ],
        signature: [
            "Paid to Date", "Invoice Paid to Date", "Partial/Deposit", "Partial Due Date", "Public Notes", "Private Notes",
            "Item Product", "Item Notes", "Item Cost", "Item Quantity", "PO Number", "Invoice Balance", "Invoice Amount",
        ],
        minimumMatches: 1,
        requiredAny: ["Paid to Date", "Invoice Paid to Date", "Partial/Deposit", "Item Product", "Public Notes", "Private Notes"])

    /// Zoho Invoice: Invoices export, one row per line item with the invoice's Total and Balance repeated.
    public static let zoho = ExportFormat(
        name: "zoho", title: "Zoho Invoice", layout: .grouped, dateOrder: .mdy,
        columns: [
            .number: ["Invoice Number"], .client: ["Customer Name", "Company Name"],
            .email: ["Primary Contact EmailID", "Customer Email", "Email"], .phone: ["Billing Phone", "Phone"],
            .contact: ["Primary Contact Name", "Contact Person"],
            .issued: ["Invoice Date"], .due: ["Due Date"], .terms: ["Payment Terms", "Payment Terms Label"],
            .total: ["Total"], .balance: ["Balance"], .currency: ["Currency Code"], .status: ["Invoice Status"],
            .paidOn: ["Last Payment Date"], .lineAmount: ["Item Total"], .quantity: ["Quantity"], .unitPrice: ["Item Price"],
        ],
        signature: [
            "Invoice ID", "Invoice Status", "Customer ID", "Customer Name", "Payment Terms Label", "Item Desc", "Item Total",
            "Exchange Rate", "Template Name", "Estimate Number", "Is Discount Before Tax", "Entity Discount Percent",
            "WriteOff Date", "Branch ID", "Currency Code", "Expected Payment Date", "Last Payment Date",
        ],
        minimumMatches: 3, noGenericNames: [.lineAmount])

    /// FreshBooks: Invoice Details export, one row per line item (`Invoice #`, `Date Issued`, `Line Total`).
    public static let freshBooks = ExportFormat(
        name: "freshbooks", title: "FreshBooks", layout: .grouped, dateOrder: .mdy,
        columns: [
            .number: ["Invoice #", "Invoice Number"], .client: ["Client Name", "Organization", "Client"],
            .email: ["Email", "Client Email"], .contact: ["Contact"], .issued: ["Date Issued", "Issue Date", "Invoice Date"],
            .due: ["Due Date", "Date Due"], .status: ["Invoice Status", "Status"], .paidOn: ["Date Paid"],
            .total: ["Invoice Total", "Total", "Amount"], .balance: ["Outstanding", "Amount Due", "Balance"],
            .paid: ["Paid", "Amount Paid"], .currency: ["Currency"],
            .lineAmount: ["Line Total"], .quantity: ["Quantity"], .unitPrice: ["Rate"],
        ],
        signature: [
            "Invoice #", "Date Issued", "Invoice Status", "Date Paid", "Line Total", "Line Subtotal", "Tax 1 Type", "Tax 1 Amount",
            "Tax 2 Type", "Discount Percentage", "Item Name", "Item Description", "Rate",
        ],
        minimumMatches: 3)

    /// Wave: the Accounting → Transactions export (a journal: one row per transaction line, receivable
    /// lines carry the invoice and its payments), and the per-invoice list (`Invoice Total`, `Invoice Paid`).
    public static let wave = ExportFormat(
        name: "wave", title: "Wave", layout: .journal, dateOrder: .mdy,
        columns: [
            .number: ["Invoice Number"], .client: ["Customer", "Customer Name"], .email: ["Customer Email", "Email"],
            .issued: ["Transaction Date", "Invoice Date"], .due: ["Due Date"],
            .lineAmount: ["Amount (One column)"], .account: ["Account Type", "Account Name"],
            .total: ["Invoice Total"], .paid: ["Invoice Paid"], .balance: ["Invoice Due", "Amount Due"],
            .paidOn: ["Last Payment Date"], .currency: ["Currency"],
        ],
        signature: [
            "Transaction ID", "Account Name", "Account Type", "Amount (One column)", "Debit Amount (Two Column Approach)",
            "Credit Amount (Two Column Approach)", "Other Accounts for this Transaction", "Invoice Total", "Invoice Paid",
            "Invoice Tax Total", "Account Group", "Transaction Line Description",
        ],
        minimumMatches: 2, noGenericNames: [.total, .status])

    /// QuickBooks Online reports exported to CSV (Invoice List, Open Invoices, A/R Aging Detail): the company,
    /// the report's name and its period before the header; client sections and "Total for …" rows in it.
    public static let quickBooks = ExportFormat(
        name: "quickbooks", title: "QuickBooks Online", layout: .grouped, dateOrder: .mdy,
        columns: [
            .number: ["Num", "No.", "Invoice No", "Invoice #", "Transaction number"],
            .client: ["Customer", "Customer full name", "Name", "Customer name"],
            .email: ["Email", "Customer email"], .phone: ["Phone", "Phone numbers"],
            .issued: ["Date", "Transaction date", "Invoice date"], .due: ["Due date"], .terms: ["Terms", "Term"],
            .total: ["Amount", "Total"], .balance: ["Open balance", "Balance"], .status: ["Status"],
            .type: ["Transaction type", "Type"], .currency: ["Currency"],
        ],
        signature: [
            "Num", "Transaction type", "Open balance", "Memo/Description", "Customer full name", "Terms", "Term",
            "Past due", "Aging", "Total before sales tax", "Sales tax",
        ],
        minimumMatches: 2, noGenericNames: [.balance, .lineAmount, .paid], sectionNamesClient: true)

    /// Xero: Business → Invoices → Export, one row per line item (`ContactName`, `InvoiceAmountDue`…).
    public static let xero = ExportFormat(
        name: "xero", title: "Xero", layout: .grouped, dateOrder: .dmy,
        columns: [
            .number: ["InvoiceNumber"], .client: ["ContactName"], .email: ["EmailAddress"],
            .issued: ["InvoiceDate"], .due: ["DueDate"], .total: ["Total"], .paid: ["InvoiceAmountPaid"],
            .balance: ["InvoiceAmountDue"], .currency: ["Currency"], .status: ["Status"], .type: ["Type"],
            .paidOn: ["FullyPaidOnDate"], .lineAmount: ["LineAmount"], .quantity: ["Quantity"], .unitPrice: ["UnitAmount"],
        ],
        signature: [
            "ContactName", "InvoiceNumber", "InvoiceDate", "DueDate", "InvoiceAmountDue", "InvoiceAmountPaid", "LineAmount",
            "UnitAmount", "InventoryItemCode", "AccountCode", "TaxType", "POAddressLine1", "TrackingName1", "EmailAddress",
            "PlannedDate", "TaxTotal",
        ],
        minimumMatches: 3)

    /// Stripe: Dashboard → Invoices → Export (`Amount Due`, `Amount Paid`, `Amount Remaining`, `Date (UTC)`).
    public static let stripe = ExportFormat(
        name: "stripe", title: "Stripe", layout: .grouped, dateOrder: .mdy,
        columns: [
            .number: ["Number", "Invoice Number", "id"], .client: ["Customer Name", "Customer Description"],
            .email: ["Customer Email"], .phone: ["Customer Phone"],
            .issued: ["Date (UTC)", "Created (UTC)", "Finalized At (UTC)", "Date", "Created"],
            .due: ["Due Date (UTC)", "Due Date"], .total: ["Total", "Amount Due"], .paid: ["Amount Paid"],
            .balance: ["Amount Remaining"], .currency: ["Currency"], .status: ["Status"],
            .paidOn: ["Paid At (UTC)", "Paid At"],
        ],
        signature: [
            "Amount Due", "Amount Paid", "Amount Remaining", "Customer Email", "Customer Name", "Date (UTC)", "Due Date (UTC)",
            "Paid At (UTC)", "Attempt Count", "Billing Reason", "Finalized At (UTC)", "Subscription", "Statement Descriptor",
            "Auto Advance", "Collection Method",
        ],
        // Its "Customer" column is the customer's id (cus_…): a nameless customer is known by their email.
        minimumMatches: 3, noGenericNames: [.client])

    /// Holded (Spain): Ventas → Facturas → Exportar, one row per line (`Num factura`, `Nombre del contacto`,
    /// `NIF`, `Cobrado`, `Pendiente`), `;`-separated with dd/mm/yyyy dates and 1.234,56 amounts.
    public static let holded = ExportFormat(
        name: "holded", title: "Holded", layout: .grouped, dateOrder: .dmy,
        columns: [
            .number: ["Num factura", "Num. factura", "Num", "Número", "Nº factura", "Numero de factura", "Documento"],
            .client: ["Nombre del contacto", "Contacto", "Cliente", "Nombre contacto"],
            .email: ["Email", "Email del contacto"], .phone: ["Teléfono", "Telefono del contacto"],
            .issued: ["Fecha", "Fecha de emisión", "Fecha emision"],
            .due: ["Fecha de vencimiento", "Vencimiento", "Fecha vencimiento"],
            .total: ["Total", "Total factura"], .paid: ["Cobrado", "Cantidad cobrada", "Importe cobrado"],
            .balance: ["Pendiente", "Importe pendiente", "Por cobrar"], .paidOn: ["Fecha de cobro", "Fecha cobro"],
            .status: ["Estado"], .currency: ["Moneda"], .quantity: ["Unidades"], .unitPrice: ["Precio unidad"],
            .type: ["Tipo de documento", "Tipo"],
        ],
        signature: [
            "NIF", "Num factura", "Nombre del contacto", "Formato de numeración", "Descripción interna", "Concepto",
            "Precio unidad", "Unidades", "IVA %", "Retención %", "Rec. de eq. %", "Cuenta de pago", "Cantidad cobrada",
            "Fecha de cobro", "Cobrado", "Pendiente", "Tags", "Nombre canal de venta",
        ],
        minimumMatches: 3, requiredAny: ["NIF", "Num factura", "Nombre del contacto", "Cobrado", "Cantidad cobrada"])

    /// Invoicely: the invoice list (`Date`, `Due`, `Details` = the number, `Client`, `Status`, `Total`), with
    /// dates like "Jan 28 2021".
    public static let invoicely = ExportFormat(
        name: "invoicely", title: "Invoicely", layout: .grouped, dateOrder: .mdy,
        columns: [
            .number: ["Details", "Invoice", "Invoice Number", "Number"], .client: ["Client"], .issued: ["Date"],
            .due: ["Due", "Due Date"], .status: ["Status"], .total: ["Total"], .balance: ["Balance", "Amount Due", "Due Amount"],
            .paid: ["Paid"], .currency: ["Currency"],
        ],
        signature: ["Details", "Due", "Client", "Status", "Total", "Date"],
        minimumMatches: 4, requiredAny: ["Details"])

    /// Invoice2go: the documents export (`DocumentNumber`, `DocumentDate`, `Name`, `TotalAmount`,
    /// `BalanceDueAmount`, `DatePaid`), one row per invoice with its items packed in one cell.
    public static let invoice2go = ExportFormat(
        name: "invoice2go", title: "Invoice2go", layout: .grouped, dateOrder: .mdy,
        columns: [
            .number: ["DocumentNumber"], .client: ["Name", "ClientName"], .email: ["EmailRecipient", "Email"],
            .phone: ["Phone", "ClientPhone"], .issued: ["DocumentDate"], .due: ["DueDate", "DocumentDueDate"],
            .terms: ["Terms", "TermsDays"], .total: ["TotalAmount"], .balance: ["BalanceDueAmount"],
            .paid: ["AmountPaidAmount"], .currency: ["CurrencyCode"], .status: ["DocumentStatus"], .paidOn: ["DatePaid"],
            .type: ["DocumentType"],
        ],
        signature: [
            "DocumentNumber", "DocumentDate", "EmailRecipient", "DocumentStatus", "OutputStatus", "PartPayment",
            "DocumentRecipientAddress", "TotalAmount", "BalanceDueAmount", "AmountPaidAmount", "CurrencyCode", "DatePaid",
            "StyleName", "ShipDate",
        ],
        minimumMatches: 3, noGenericNames: [.status, .paid])

    /// Column names tried for every format after its own (unless it opts out for a field): the
    /// usual English and Spanish words for each field.
    static let genericColumns: [ImportField: [String]] = [
        .number: [
            "invoice number", "invoice no", "invoice nr", "invoice #", "invoice", "number", "no", "num", "#", "invoice num",
            "document number", "doc number", "numero", "numero factura", "num factura", "nº factura", "n factura", "factura",
            "folio", "inv no", "inv #", "bill number",
        ],
        .client: [
            "client", "client name", "customer", "customer name", "customer full name", "company", "company name", "cliente",
            "nombre cliente", "nombre del cliente", "razon social", "empresa", "debtor", "buyer", "bill to", "account name",
        ],
        .email: [
            "email", "e-mail", "email address", "customer email", "client email", "contact email", "correo", "correo electronico",
            "mail", "billing email",
        ],
        .phone: ["phone", "telephone", "tel", "phone number", "work phone", "mobile", "telefono", "movil", "billing phone"],
        .contact: [
            "contact", "contact person", "contact name", "person", "attention", "attn", "contacto", "persona",
            "persona de contacto",
        ],
        .firstName: ["first name", "nombre"], .lastName: ["last name", "apellidos", "surname"],
        .issued: [
            "issued", "issue date", "invoice date", "date issued", "date", "document date", "transaction date", "created",
            "fecha", "fecha emision", "fecha de emision", "fecha factura", "emision", "emitida", "date of issue",
        ],
        .due: [
            "due", "due date", "payment due", "date due", "due on", "vencimiento", "fecha vencimiento",
            "fecha de vencimiento", "vence",
        ],
        .terms: ["terms", "payment terms", "term", "terminos", "condiciones de pago", "plazo", "plazo de pago", "dias de pago"],
        .total: [
            "total", "amount", "invoice total", "total amount", "grand total", "importe", "importe total", "total factura",
            "invoice amount", "gross amount", "total (incl. tax)", "total con iva",
        ],
        .balance: [
            "balance", "balance due", "amount due", "open balance", "outstanding", "amount outstanding", "amount remaining",
            "remaining", "due amount", "pendiente", "importe pendiente", "saldo", "saldo pendiente", "por cobrar", "owed",
            "unpaid amount",
        ],
        .paid: [
            "paid", "amount paid", "paid amount", "paid to date", "payments", "total paid", "pagado", "cobrado",
            "importe cobrado", "importe pagado", "received",
        ],
        .paidOn: [
            "paid on", "paid_on", "date paid", "paid date", "payment date", "last payment date", "paid at", "pagado el",
            "fecha de cobro", "fecha cobro", "fecha pago", "fecha de pago", "cobrado el",
        ],
        .currency: ["currency", "currency code", "moneda", "divisa", "curr", "ccy"],
        .status: ["status", "invoice status", "estado", "estado factura", "payment status"],
        .type: ["type", "transaction type", "document type", "tipo", "tipo de documento", "doc type"],
        .lineAmount: ["line total", "line amount", "item total", "importe linea", "total linea"],
        .quantity: ["quantity", "qty", "cantidad", "unidades", "units"],
        .unitPrice: [
            "rate", "unit price", "price", "item price", "item cost", "precio", "precio unidad", "precio unitario",
            "unit amount", "sales price",
        ],
        .account: ["account", "account type", "cuenta"],
    ]

    /// Every name any format knows, for finding the header row under a preamble.
    static let allHeaderKeys: Set<HeaderKey> = {
        var keys = Set<HeaderKey>()
        for format in catalog {
            for names in format.columns.values { keys.formUnion(names.map(HeaderKey.init)) }
            keys.formUnion(format.signature.map(HeaderKey.init))
        }
        for names in genericColumns.values { keys.formUnion(names.map(HeaderKey.init)) }
        return keys
    }()
}
