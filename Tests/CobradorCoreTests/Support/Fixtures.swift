import CobradorCore
import Foundation

/// The clients of `fixtures/invoices.csv`, rebuilt in code; "paid" amounts become payments on plausible days.
enum Fixtures {
    static let today = day("2026-11-30")

    static var acme: FileBuilder {
        var b = FileBuilder(id: 1, name: "Acme S.L.", email: "pagos@acme.es", phone: "+34 600 111 222", person: "Laura Gómez")
        b.invoice("F-2026-101", issued: "2026-10-30", due: "2026-11-29", amount: eur("1200.00"))
        b.invoice("F-2026-088", issued: "2026-09-20", due: "2026-10-20", amount: eur("450.00"))
        return b
    }

    static var globex: FileBuilder {
        var b = FileBuilder(id: 2, name: "Globex Corporation", email: "ap@globex.com", phone: "+1 415 555 0100", person: "Hank Scorpio")
        b.invoice("INV-5521", issued: "2026-10-11", due: "2026-11-10", amount: usd("3500.00"))
        return b
    }

    static var initech: FileBuilder {
        var b = FileBuilder(id: 3, name: "Initech", email: "cuentas@initech.es", person: "Bill Lumbergh")
        b.invoice("F-2026-110", issued: "2026-11-15", due: "2026-12-15", amount: eur("800.00"))
        return b
    }

    static var umbrella: FileBuilder {
        var b = FileBuilder(id: 4, name: "Umbrella Ibérica S.A.", email: "admin@umbrella.es", phone: "+34 911 222 333")
        b.invoice("F-2026-061", issued: "2026-09-15", due: "2026-10-15", amount: eur("2750.50"))
        return b
    }

    static var nunez: FileBuilder {
        var b = FileBuilder(id: 5, name: "Estudio Núñez & Asociados", email: "estudio@nunez.es", phone: "+34 622 333 444", person: "Marta Núñez")
        b.invoice("F-2026-097", issued: "2026-10-23", due: "2026-11-22", amount: eur("600.00"))
        return b
    }

    static var cafe: FileBuilder {
        var b = FileBuilder(id: 6, name: "Café La Esquina", email: "hola@laesquina.es")
        let id = b.invoice("F-2026-090", issued: "2026-10-06", due: "2026-11-05", amount: eur("95.00"))
        b.pay(id, eur("95.00"), on: "2026-11-04")
        return b
    }

    static var hooli: FileBuilder {
        var b = FileBuilder(id: 7, name: "Hooli", email: "billing@hooli.mx", phone: "+52 55 1234 5678")
        b.invoice("H-778", issued: "2026-10-26", due: "2026-11-25", amount: mxn("15000.00"))
        return b
    }

    static var piedPiper: FileBuilder {
        var b = FileBuilder(id: 8, name: "Pied Piper", email: "finance@piedpiper.com", person: "Jared Dunn")
        let id = b.invoice("F-2026-075", issued: "2026-10-02", due: "2026-11-01", amount: eur("2000.00"))
        b.pay(id, eur("500.00"), on: "2026-11-15")
        return b
    }

    static var wayne: FileBuilder {
        var b = FileBuilder(id: 9, name: "Wayne Enterprises", email: "ap@wayne.com")
        let id = b.invoice("W-2026-3", issued: "2026-10-21", due: "2026-11-20", amount: usd("5000.00"))
        b.pay(id, usd("5000.00"), on: "2026-11-19")
        return b
    }

    static var soylent: FileBuilder {
        var b = FileBuilder(id: 10, name: "Soylent S.A. de C.V.", email: "pagos@soylent.mx", phone: "+52 33 9876 5432")
        b.invoice("S-0042", issued: "2026-08-31", due: "2026-09-30", amount: mxn("42000.00"))
        return b
    }

    static var all: [FileBuilder] { [acme, globex, initech, umbrella, nunez, cafe, hooli, piedPiper, wayne, soylent] }
}
