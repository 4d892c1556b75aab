import QtQuick
import Kiosk

// One source: its title, who published it and when, and what we take from it.
Column {
    id: entry

    property var source: ({})

    spacing: Theme.gap / 4

    Label {
        width: parent.width
        text: entry.source.title ?? ""
        font.family: Theme.titleFont
    }
    Label {
        // A title in another language than the visitor's says which: "(in English)".
        objectName: "sourceLanguage"
        width: parent.width
        visible: (entry.source.inLanguage ?? "") !== ""
        text: "(" + (entry.source.inLanguage ?? "") + ")"
        color: Theme.textMuted
        font.pixelSize: Theme.smallSize
    }
    Label {
        width: parent.width
        text: [entry.source.publisher, entry.source.published].filter(t => !!t).join(" · ")
        color: Theme.textMuted
        font.pixelSize: Theme.smallSize
    }
    Label {
        width: parent.width
        visible: text !== ""
        text: entry.source.url ?? ""
        color: Theme.accent
        font.pixelSize: Theme.smallSize
        wrapMode: Text.WrapAnywhere
    }
    Label {
        width: parent.width
        visible: text !== ""
        text: entry.source.note ?? ""
        color: Theme.textMuted
        font.pixelSize: Theme.smallSize
    }
}
