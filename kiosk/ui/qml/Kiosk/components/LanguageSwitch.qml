import QtQuick
import Kiosk
import Kiosk.Backend

// Every language by its own name, in its own script; no flags. Always one tap away.
Row {
    spacing: Theme.gap / 4
    Accessible.role: Accessible.PageTabList
    Accessible.name: qsTr("Language")

    Repeater {
        model: Visit.languageChoices()

        KioskButton {
            id: choice
            required property var modelData
            objectName: "language-" + modelData.code
            text: modelData.name
            checked: Visit.language === modelData.code
            border.width: 0
            implicitWidth: Math.max(Theme.target, implicitHeight * 0.5 + textWidth.width)
            onTapped: Visit.chooseLanguage(modelData.code)

            TextMetrics {
                id: textWidth
                font.family: Theme.bodyFont
                font.pixelSize: Theme.controlSize
                font.weight: Font.Bold
                text: choice.modelData.name
            }
        }
    }
}
